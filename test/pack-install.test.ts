import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks, type CodeBlock } from './helpers/markdown';
import {
  npmInstall,
  packPackages,
  publishablePackages,
  run,
  runOrThrow,
  writeUserProject,
} from './helpers/packed-project';
import { TsServerProcess } from '../packages/ts-plugin-ssot/tests/helpers/tsserver-process';

/**
 * The packages as a user gets them: `npm pack` of each, installed from the tarballs into a fresh project outside
 * the monorepo (so nothing resolves from the workspace's node_modules), with TypeScript and ESLint from the
 * registry. Catches files left out of a tarball, a wrong `main`, `types` or `bin`, and run-time dependencies
 * left in devDependencies. The ESLint configs are the README's own blocks (those that name their file, as in
 * ```js file=eslint.config.mjs```), run as they are written there, on each ESLint and TypeScript the README names.
 */
const INSTALL_TIMEOUT_MS = 600_000;

const readmeConfigs = codeBlocks(fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8')).filter(
  (block): block is CodeBlock & { attributes: { file: string } } => typeof block.attributes.file === 'string',
);
const flatConfigs = readmeConfigs.filter((block) => block.attributes.file.startsWith('eslint.config.'));
const eslintrcConfigs = readmeConfigs.filter((block) => block.attributes.file.startsWith('.eslintrc'));
const describeBlock = (block: CodeBlock & { attributes: { file: string } }) =>
  `README.md:${block.line} (${block.attributes.file}${block.attributes.needs ? `, with ${String(block.attributes.needs)}` : ''})`;

const legacyImport = {
  ruleId: 'ssot/canonical-import',
  message: "Import 'Thing' from './canonical.js', not from legacy module './legacy.js'.",
  line: 1,
  column: 23,
};

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; column: number }[];
}

describe('the packed packages, installed in a fresh project as a user would', () => {
  let work: string;
  let project: string;
  let tarballs: string[];
  const file = (name: string) => path.join(project, name);
  const installedVersion = (name: string) =>
    (JSON.parse(fs.readFileSync(file(`node_modules/${name}/package.json`), 'utf8')) as { version: string }).version;

  /** `eslint --format json .` with the project's own ESLint: the problems found in each file, relative. */
  function lintProject(): { status: number | null; problems: Record<string, EslintResult['messages']> } {
    const { status, stdout, stderr } = run(process.execPath, [file('node_modules/eslint/bin/eslint.js'), '--format', 'json', '.'], project);
    if (status !== 0 && status !== 1) throw new Error(`eslint exited ${status ?? 'by signal'}:\n${stdout}\n${stderr}`);
    const report = JSON.parse(stdout) as EslintResult[];
    const problems = Object.fromEntries(
      report
        .filter((result) => result.messages.length > 0)
        .map((result) => [
          path.relative(project, result.filePath).split(path.sep).join('/'),
          result.messages.map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column })),
        ]),
    );
    return { status, problems };
  }

  /** Makes `block` the project's only ESLint config, under the file name it gives. */
  function useEslintConfig(block: CodeBlock & { attributes: { file: string } }): void {
    for (const name of fs.readdirSync(project)) {
      if (/^(?:eslint\.config\.|\.eslintrc)/.test(name)) fs.rmSync(file(name));
    }
    fs.writeFileSync(file(block.attributes.file), block.text);
  }

  /** The diagnostics of src/app.ts from the project's own tsserver, which loads ts-plugin-ssot from the tsconfig. */
  async function tsserverDiagnostics(logName: string) {
    const logFile = path.join(work, logName);
    const server = new TsServerProcess(
      ['--disableAutomaticTypingAcquisition', '--logVerbosity', 'normal', '--logFile', logFile],
      project,
      file('node_modules/typescript/lib/tsserver.js'),
    );
    try {
      server.notify('open', { file: file('src/app.ts') });
      const diagnostics = await server.request<ts.server.protocol.Diagnostic[]>('semanticDiagnosticsSync', {
        file: file('src/app.ts'),
      });
      expect(fs.readFileSync(logFile, 'utf8')).toContain(`[ts-plugin-ssot] active for ${file('tsconfig.json')}`);
      return diagnostics.map(({ code, source, start, text }) => ({ code, source, start, text }));
    } finally {
      server.kill();
    }
  }
  const pluginDiagnostic = { code: 93001, source: 'ssot', start: { line: legacyImport.line, offset: legacyImport.column }, text: legacyImport.message };

  /** `npx ssot audit --json`'s totals. */
  function auditTotals(): Record<string, number> {
    // --no: never fetch a package named "ssot" from the registry if the local bin were missing.
    const { stdout } = runOrThrow('npx', ['--no', 'ssot', 'audit', '--json'], project);
    return (JSON.parse(stdout) as { migration: { totals: Record<string, number> } }).migration.totals;
  }

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-pack-install-'));
    project = path.join(work, 'project');
    tarballs = packPackages(path.join(work, 'tarballs'));
    writeUserProject(project);
    npmInstall(project, [...tarballs, 'typescript@~6.0.3', 'eslint@^10']);
  }, INSTALL_TIMEOUT_MS);
  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('installs every package from its tarball, outside the monorepo', () => {
    expect(path.relative(path.resolve(__dirname, '..'), project).startsWith('..')).toBe(true);
    for (const name of publishablePackages) {
      const manifest = JSON.parse(fs.readFileSync(file(`node_modules/${name}/package.json`), 'utf8')) as Record<string, unknown>;
      expect(manifest.name).toBe(name);
      expect(fs.lstatSync(file(`node_modules/${name}`)).isSymbolicLink(), `${name} is a copy, not a link`).toBe(false);
    }
  });

  it('loads each package\'s main in a plain Node process, with only its declared dependencies', () => {
    const script = publishablePackages.map((name) => `require(${JSON.stringify(name)});`).join(' ');
    const { status, stderr } = run(process.execPath, ['--input-type=commonjs', '-e', script], project);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('type-checks a file that imports each package, with skipLibCheck off', () => {
    const { status, stdout } = run(process.execPath, [file('node_modules/typescript/bin/tsc'), '-p', 'types-check'], project);
    expect(stdout).toBe('');
    expect(status).toBe(0);
  });

  it('ESLint 10 with ssot.configs.recommended reports the legacy import', () => {
    expect(installedVersion('eslint')).toMatch(/^10\./);
    expect(lintProject()).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
  });

  it('the README shows its ESLint configs as blocks that name their files', () => {
    expect(flatConfigs.map((block) => [block.attributes.file, block.attributes.needs])).toEqual([
      ['eslint.config.mjs', undefined],
      ['eslint.config.cjs', undefined],
      ['eslint.config.mjs', 'typescript-eslint'],
      ['eslint.config.mjs', undefined],
    ]);
    expect(eslintrcConfigs.map((block) => block.attributes.file)).toEqual(['.eslintrc.json', '.eslintrc.json']);
  });

  it.for(flatConfigs.filter((block) => !block.attributes.needs).map((block) => [describeBlock(block), block] as const))(
    'ESLint 10 with %s, without typescript-eslint, reports the legacy import',
    ([, block]) => {
      useEslintConfig(block);
      expect(lintProject()).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
    },
  );

  it('ESLint 10 with the README\'s tseslint.config(...) form, typescript-eslint installed, reports the same', () => {
    const blocks = flatConfigs.filter((block) => block.attributes.needs === 'typescript-eslint');
    npmInstall(project, ['typescript-eslint@^8']);
    for (const block of blocks) {
      useEslintConfig(block);
      expect(lintProject(), describeBlock(block)).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
    }
  }, INSTALL_TIMEOUT_MS);

  it('ESLint 9, installed instead, reports the same', () => {
    npmInstall(project, ['eslint@^9']);
    expect(installedVersion('eslint')).toMatch(/^9\./);
    useEslintConfig(flatConfigs[0] as (typeof flatConfigs)[number]);
    expect(lintProject()).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
  }, INSTALL_TIMEOUT_MS);

  it('the project\'s tsserver loads ts-plugin-ssot from the tsconfig and shows the ssot diagnostic', async () => {
    expect(await tsserverDiagnostics('tsserver.log')).toEqual([pluginDiagnostic]);
  });

  it('`npx ssot audit --json` counts the legacy import', () => {
    expect(auditTotals()).toMatchObject({ legacyImports: 1, shims: 1 });
  });

  it('TypeScript 5.9, installed instead: every README config, the tsserver plugin and ssot audit give the same', async () => {
    npmInstall(project, ['typescript@~5.9.0']);
    expect(installedVersion('typescript')).toMatch(/^5\.9\./);
    for (const block of flatConfigs) {
      useEslintConfig(block);
      expect(lintProject(), describeBlock(block)).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
    }
    expect(await tsserverDiagnostics('tsserver-5.9.log')).toEqual([pluginDiagnostic]);
    expect(auditTotals()).toMatchObject({ legacyImports: 1, shims: 1 });
  }, INSTALL_TIMEOUT_MS);

  it('ESLint 8.57 with eslint-config-next 14 and the README\'s .eslintrc reports the same', () => {
    // 14.2.3 pins @typescript-eslint/parser 7.0-7.2: the legacy config must bring ssot's own parser.
    npmInstall(project, ['eslint@~8.57.0', 'eslint-config-next@14.2.3', 'next@14.2.3']);
    expect(installedVersion('eslint')).toMatch(/^8\.57\./);
    for (const block of eslintrcConfigs) {
      useEslintConfig(block);
      expect(lintProject(), describeBlock(block)).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
    }
  }, INSTALL_TIMEOUT_MS);

  it('ESLint 8.57 takes the README\'s flat configs unchanged', () => {
    for (const block of flatConfigs) {
      useEslintConfig(block);
      expect(lintProject(), describeBlock(block)).toEqual({ status: 1, problems: { 'src/app.ts': [legacyImport] } });
    }
  });
});
