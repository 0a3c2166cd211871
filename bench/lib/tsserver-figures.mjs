// The editor's side of the benchmark: ts-plugin-ssot's added latency on the generated project's 300- and
// 800-line files, its startup cost, and proof that it never builds a second program.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTsserverLatency } from '../../packages/ts-plugin-ssot/bench/tsserver-latency.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Whether any code the plugin runs (its own, the engine's, the config loader's) can build a program or a
 * language service: the plugin must use the live program tsserver hands it.
 */
function buildsASecondProgram() {
  const builders = /\b(?:createProgram|createLanguageService|createWatchProgram|createIncrementalProgram)\s*\(/;
  const found = [];
  for (const name of ['ts-plugin-ssot', 'ssot-core', 'ssot-config']) {
    // The sources, not dist: a build leaves outputs of deleted sources behind.
    const src = path.join(repoRoot, 'packages', name, 'src');
    for (const entry of fs.readdirSync(src, { withFileTypes: true, recursive: true })) {
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      if (entry.isFile() && file.endsWith('.ts') && builders.test(fs.readFileSync(file, 'utf8'))) found.push(path.relative(repoRoot, file));
    }
  }
  return found;
}

export async function measureTsserver(projectDir, { runs, log }) {
  const files = { lines300: 'packages/pkg-a/src/large-300.ts', lines800: 'packages/pkg-a/src/large-800.ts' };
  const measured = {};
  for (const [key, relative] of Object.entries(files)) {
    log(`tsserver: ${runs} single-character edits in ${relative}, with and without the plugin`);
    measured[key] = { file: relative, ...(await measureTsserverLatency({ projectDir, file: path.join(projectDir, relative), runs })) };
  }
  const programBuilders = buildsASecondProgram();
  return {
    addedMsP50: measured.lines300.edited.addedMsP50,
    addedMsP95: measured.lines300.edited.addedMsP95,
    startupAddedMs: measured.lines300.startupMs.on - measured.lines300.startupMs.off,
    secondProgram: programBuilders.length > 0,
    programBuilders,
    files: measured,
  };
}
