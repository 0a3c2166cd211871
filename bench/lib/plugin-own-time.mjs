// What ts-plugin-ssot adds to each edit, timed on its own: a TypeScript LanguageService over the generated
// project, single-character edits of one file, and after each the engine's checks on the new program (what the
// plugin runs for semanticDiagnosticsSync). Beside the two-server figure, whose difference of two noisy
// latencies hides a few milliseconds.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from '../../packages/ts-plugin-ssot/bench/tsserver-latency.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ts = require(path.join(repoRoot, 'node_modules', 'typescript'));
const { checkNames, runCheck } = require(path.join(repoRoot, 'packages', 'ssot-core'));
const WARM_UP = 10;

export function measurePluginOwnTime({ projectDir, file, runs = 30 }) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(projectDir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  let text = `//\n${fs.readFileSync(file, 'utf8')}`;
  let version = 0;
  const service = ts.createLanguageService({
    getScriptFileNames: () => parsed.fileNames,
    getCompilationSettings: () => parsed.options,
    getScriptVersion: (name) => (name === file ? String(version) : '0'),
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => projectDir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const own = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    // Type one character into the comment line, then take it out again: a new program each time.
    text = i % 2 === 0 ? `//x${text.slice(2)}` : `//${text.slice(3)}`;
    version++;
    service.getSemanticDiagnostics(file);
    const program = service.getProgram();
    const sourceFile = program.getSourceFile(file);
    const start = process.hrtime.bigint();
    for (const check of checkNames) runCheck(check, { ts, sourceFile, program });
    if (i >= WARM_UP) own.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  own.sort((a, b) => a - b);
  return { runs, p50: percentile(own, 50), p95: percentile(own, 95) };
}
