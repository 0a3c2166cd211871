import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EslintMessage } from '../packages/ts-plugin-ssot/tests/helpers/eslint-report';
import { makeTempDir, writeFiles } from '../packages/ts-plugin-ssot/tests/helpers/paths';
import { installMisleadingTypescript7 } from '../packages/ssot-core/tests/helpers/misleading-typescript7';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';

interface Runner {
  repoRoot: string;
  copyExample(name: string, options?: { label?: string }): string;
  removeCopy(dir: string): void;
  runEslint(args: string[], options?: { cwd?: string }): { status: number; stdout: string; stderr: string };
  lintJson(dir: string): { filePath: string; messages: EslintMessage[] }[];
  typecheck(dir: string): { status: number; output: string };
  snapshotTree(dir: string): Map<string, string>;
}
const { repoRoot, copyExample, removeCopy, runEslint, lintJson, typecheck, snapshotTree } = runner as Runner;

const ssotBin = path.join(repoRoot, 'packages', 'ssot-cli', 'bin', 'ssot.js');

function ssot(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [ssotBin, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** ssot's messages of a report (ESLint's JSON shape), each as one comparable record, sorted. */
function ssotMessages(report: { filePath: string; messages: EslintMessage[] }[], dir: string): string[] {
  return report
    .flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.startsWith('ssot/'))
        .map((m) =>
          JSON.stringify([path.relative(dir, result.filePath), m.line, m.column, m.endLine, m.endColumn, m.ruleId, m.message, m.fix ?? null, m.suggestions ?? []]),
        ),
    )
    .sort();
}

const typescript7Tsc = path.join(repoRoot, 'node_modules', 'typescript7', 'bin', 'tsc');

/** TypeScript 7's own `tsc --noEmit -p dir` (the workspace's `typescript7` alias of typescript@7.0.x). */
function typecheck7(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [typescript7Tsc, '--noEmit', '-p', dir], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/**
 * Every name the project's files import, by file and local name, with the declaration it leads to through
 * aliases (TypeScript 6's checker over the project's tsconfig): the declaration's kind and qualified name.
 */
function importBindings(dir: string): Map<string, string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`${dir}/tsconfig.json did not parse`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const bindings = new Map<string, string>();
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || sourceFile.fileName.includes('/node_modules/')) continue;
    for (const statement of sourceFile.statements) {
      const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      const names = [
        ...(clause?.name ? [clause.name] : []),
        ...(clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) ? [clause.namedBindings.name] : []),
        ...(clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.map((element) => element.name) : []),
      ];
      for (const name of names) {
        const local = checker.getSymbolAtLocation(name);
        const target = local && local.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(local) : local;
        // Position-free, since a fix may move lines of the declaring file: its module and qualified name.
        const declaration = target?.declarations?.[0];
        const where = target && declaration ? `${ts.SyntaxKind[declaration.kind]} ${checker.getFullyQualifiedName(target).replace(dir, '')}` : 'unresolved';
        bindings.set(`${path.relative(dir, sourceFile.fileName)}#${name.text}`, where);
      }
    }
  }
  return bindings;
}

const backends = [
  { typescript: '6', typecheck },
  { typescript: '7', typecheck: typecheck7 },
] as const;

describe.each(
  ['websocket-app', 'rxjs-migration'].flatMap((example) => backends.map((backend) => ({ example, ...backend }))),
)('ssot check --typescript $typescript on a copy of examples/$example', ({ example, typescript, typecheck: typecheckWith }) => {
  let checked: string;
  let linted: string;
  beforeAll(() => {
    checked = copyExample(example, { label: `check-${typescript}-${example}` });
    linted = copyExample(example, { label: `check-eslint-${typescript}-${example}` });
  });
  afterAll(() => {
    removeCopy(checked);
    removeCopy(linted);
  });

  it('reports what ESLint reports: place, rule, message, fix and suggestions (--format json)', () => {
    const run = ssot(['check', '--typescript', typescript, '--format', 'json'], checked);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const fromCheck = ssotMessages(JSON.parse(run.stdout), checked);
    expect(fromCheck.length).toBeGreaterThan(0);
    expect(fromCheck).toEqual(ssotMessages(lintJson(linted), linted));
  });

  it('--fix makes what eslint --fix makes; then tsc is clean where it was, every import that stays binds the same declaration, and a second run changes nothing', () => {
    const typecheckBefore = typecheckWith(checked).status;
    expect(typecheckBefore).toBe(0);
    const bindingsBefore = importBindings(checked);
    const fixed = ssot(['check', '--typescript', typescript, '--fix'], checked);
    const [, applied = '0'] = /^ssot check --fix: (\d+) fix(?:es)? applied; /.exec(fixed.stderr) ?? [];
    expect(Number(applied)).toBeGreaterThan(0);
    runEslint(['--fix', '.'], { cwd: linted });
    expect(snapshotTree(checked)).toEqual(snapshotTree(linted));
    expect(typecheckWith(checked).status).toBe(typecheckBefore);
    const bindingsAfter = importBindings(checked);
    const kept = [...bindingsBefore.keys()].filter((key) => bindingsAfter.has(key));
    expect(kept.length).toBeGreaterThan(0);
    for (const key of kept) expect(bindingsAfter.get(key), key).toBe(bindingsBefore.get(key));
    const after = snapshotTree(checked);
    const again = ssot(['check', '--typescript', typescript, '--fix'], checked);
    expect(again.stderr).toMatch(/^ssot check --fix: 0 fixes applied; /);
    expect(snapshotTree(checked)).toEqual(after);
    // What is left is what ESLint leaves, and the exit code says whether anything is.
    expect(again.status).toBe(ssotMessages(lintJson(linted), linted).length > 0 ? 1 : 0);
  });
});

describe('ssot check output and errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyExample('websocket-app', { label: 'check-formats' });
  });
  afterAll(() => removeCopy(dir));

  it('--format sarif: SARIF 2.1.0 with one result per finding, placed relative to the project', () => {
    const json = JSON.parse(ssot(['check', '--format', 'json'], dir).stdout) as { messages: unknown[] }[];
    const run = ssot(['check', '--format', 'sarif'], dir);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [only] = sarif.runs;
    expect(only.tool.driver.name).toBe('ssot');
    expect(only.results).toHaveLength(json.reduce((sum, file) => sum + file.messages.length, 0));
    for (const result of only.results) {
      expect(only.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(fs.existsSync(path.join(dir, artifactLocation.uri))).toBe(true);
      expect(region.startLine).toBeGreaterThan(0);
    }
  });

  it('stylish (the default): each file, each finding, the totals', () => {
    const run = ssot(['check', 'src/app/bootstrap.ts'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(path.join(dir, 'src', 'app', 'bootstrap.ts'));
    expect(run.stdout).toMatch(/^ {2}\d+:\d+ +error {2}.+ {2}ssot\/[a-z-]+$/m);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/);
  });

  it('exits 0 with no output for files without findings', () => {
    const run = ssot(['check', 'src/websocket-core/websocket-manager.ts'], dir);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('a path with no file of the program: nothing checked, and it says so on stderr', () => {
    fs.writeFileSync(path.join(dir, 'outside.ts'), "import { WebSocketManager } from './src/websocket-core/manager';\nexport { WebSocketManager };\n");
    try {
      const run = ssot(['check', 'outside.ts'], dir);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        "ssot check: outside.ts: no file of tsconfig.json's program is there, so nothing there was checked. Fix: pass files the tsconfig includes, or name the tsconfig that does with --project.\n",
      );
    } finally {
      fs.rmSync(path.join(dir, 'outside.ts'));
    }
  });

  it('a broken ssot.config.json: exit 2 and the one message of the rules, no stack', () => {
    const broken = copyExample('websocket-app', { label: 'check-broken' });
    try {
      fs.writeFileSync(path.join(broken, 'ssot.config.json'), '{ "symbols": [ { "name": "X" } ] }');
      const run = ssot(['check'], broken);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/ssot\.config\.json:1:\d+: symbols\[0\]/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      removeCopy(broken);
    }
  });

  it.each(['6', '7'])(
    '--typescript %s, a solution-style tsconfig: each project it references that lists files, through nested solutions; none: exit 2 naming them',
    (typescript) => {
      const solution = makeTempDir('check-solution');
      const write = (file: string, text: string) => writeFiles(solution, { [file]: text });
      try {
        // tsconfig.json -> pkg (files) and tools (a solution itself) -> tools/tsconfig.build.json (files).
        write('tsconfig.json', JSON.stringify({ files: [], references: [{ path: './pkg' }, { path: './tools' }] }));
        write('pkg/tsconfig.json', JSON.stringify({ compilerOptions: { composite: true }, include: ['src'] }));
        write('tools/tsconfig.json', JSON.stringify({ files: [], references: [{ path: './tsconfig.build.json' }] }));
        write('tools/tsconfig.build.json', JSON.stringify({ compilerOptions: { composite: true }, include: ['src'] }));
        write('ssot.config.json', JSON.stringify({ modules: [{ legacy: './pkg/src/old', canonical: './pkg/src/a' }] }));
        write('pkg/src/a.ts', 'export const a = 1;\n');
        write('pkg/src/old.ts', "export * from './a';\n");
        write('pkg/src/use.ts', "import { a } from './old';\nexport const b = a;\n");
        write('tools/src/build.ts', "import { a } from '../../pkg/src/old';\nexport const c = a;\n");
        const run = ssot(['check', '--typescript', typescript, '--format', 'json'], solution);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout) as { filePath: string; messages: EslintMessage[] }[];
        expect(report.map((file) => `${path.relative(solution, file.filePath).replace(/\\/g, '/')}:${file.messages.map((m) => m.line).join()}`).sort()).toEqual([
          'pkg/src/use.ts:1',
          'tools/src/build.ts:1',
        ]);

        // A solution whose references list no file: the error names them.
        fs.rmSync(path.join(solution, 'pkg', 'src'), { recursive: true });
        fs.rmSync(path.join(solution, 'tools', 'src'), { recursive: true });
        const empty = ssot(['check', '--typescript', typescript], solution);
        expect(empty.status).toBe(2);
        expect(empty.stderr).toMatch(/tsconfig\.json includes no files \(it only references other projects\)\. Fix: /);
        expect(empty.stderr).toContain('a project whose tsconfig lists its sources: one of its references, pkg/tsconfig.json, tools/tsconfig.json.\n');
        expect(empty.stderr).not.toMatch(/\n\s+at /);
      } finally {
        fs.rmSync(solution, { recursive: true, force: true });
      }
    },
  );

  it.each(['6', '7'])(
    '--typescript %s, files nearer to a tsconfig that resolves otherwise (a paths alias only it has): it says so, and its --project finds what ESLint finds (ssot audit says it too)',
    (typescript) => {
      const nested = makeTempDir('check-nested');
      const write = (file: string, text: string) => writeFiles(nested, { [file]: text });
      try {
        // The root tsconfig takes in every file; lib/ has its own, with the alias its files import by.
        write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, noEmit: true, types: [] } }));
        write('lib/tsconfig.json', JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { paths: { '@lib/*': ['./*'] } }, include: ['./**/*.ts'] }));
        // Same options, nearer: nothing to say about it.
        write('app/tsconfig.json', JSON.stringify({ extends: '../tsconfig.json', include: ['./**/*.ts'] }));
        write('lib/core.ts', 'export const answer = 42;\n');
        write('lib/old.ts', "export * from './core';\n");
        write('lib/user.ts', "import { answer } from '@lib/old';\nexport const doubled = answer * 2;\n");
        write('app/main.ts', "import { answer } from '../lib/core';\nexport const half = answer / 2;\n");
        write('ssot.config.json', JSON.stringify({ modules: [{ legacy: './lib/old', canonical: './lib/core' }] }));
        write('eslint.config.js', "import tseslint from 'typescript-eslint';\nimport ssot from 'eslint-plugin-ssot';\nexport default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ssot.configs.recommended];\n");
        write('package.json', '{ "type": "module" }\n');

        const root = ssot(['check', '--typescript', typescript, '--format', 'json'], nested);
        expect(root.status).toBe(0);
        expect(root.stderr).toBe(
          "ssot check: 3 files checked here are nearer to lib/tsconfig.json, whose module resolution options differ from tsconfig.json's (paths): " +
            'ESLint and the editor resolve their imports with it, this run with tsconfig.json, so findings there may differ. ' +
            'Fix: check them with --project lib/tsconfig.json.\n',
        );

        const eslint = lintJson(nested).flatMap((file) => file.messages.map((message) => `${path.relative(nested, file.filePath)}:${message.line}:${message.ruleId}`));
        expect(eslint).toEqual(['lib/user.ts:1:ssot/canonical-import']);
        const lib = ssot(['check', '--typescript', typescript, '--format', 'json', '--project', 'lib/tsconfig.json'], nested);
        expect(lib.stderr).toBe('');
        expect(lib.status).toBe(1);
        expect(
          (JSON.parse(lib.stdout) as { filePath: string; messages: EslintMessage[] }[]).flatMap((file) =>
            file.messages.map((message) => `${path.relative(nested, file.filePath)}:${message.line}:${message.ruleId}`),
          ),
        ).toEqual(eslint);
        if (typescript === '6') {
          // ssot audit builds one program the same way, and says the same.
          expect(ssot(['audit', '--json'], nested).stderr).toBe(
            "ssot audit: 3 files audited here are nearer to lib/tsconfig.json, whose module resolution options differ from tsconfig.json's (paths): " +
              'ESLint and the editor resolve their imports with it, this run with tsconfig.json, so findings there may differ. ' +
              'Fix: audit them with `ssot audit lib/tsconfig.json`.\n',
          );
          expect(ssot(['audit', '--json', 'lib/tsconfig.json'], nested).stderr).toBe('');
        }
      } finally {
        fs.rmSync(nested, { recursive: true, force: true });
      }
    },
  );

  it.each([
    [['check', '--format', 'xml'], /--format takes stylish, json, sarif, got "xml"/],
    [['check', 'no/such/dir'], /no\/such\/dir does not exist/],
    [['check', '--project', 'nope.json'], /--project nope\.json: no such file/],
  ])('%j: exit 2 with one message', (args, message) => {
    const run = ssot(args, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('ssot check --typescript 7 where TypeScript 7 cannot run', () => {
  let outside: string;
  beforeAll(() => {
    // Outside the repository, so that no node_modules above it holds the workspace's TypeScript 7.
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-check-ts7-'));
    fs.writeFileSync(path.join(outside, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }));
    fs.writeFileSync(
      path.join(outside, 'ssot.config.json'),
      JSON.stringify({ modules: [{ legacy: './src/old', canonical: './src/new' }] }),
    );
    fs.mkdirSync(path.join(outside, 'src'));
    fs.writeFileSync(path.join(outside, 'src', 'new.ts'), 'export const value = 1;\n');
    fs.writeFileSync(path.join(outside, 'src', 'old.ts'), "export * from './new';\n");
    fs.writeFileSync(path.join(outside, 'src', 'use.ts'), "import { value } from './old';\nexport const twice = value * 2;\n");
  });
  afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

  it('none installed: exit 2, one message with the fix; without --typescript it runs on TypeScript 6', () => {
    const refused = ssot(['check', '--typescript', '7'], outside);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/no TypeScript 7 is installed where .+ can load it .* Fix: npm install -D typescript7@npm:typescript@7\.0\.2/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const auto = ssot(['check', '--format', 'json'], outside);
    expect(auto.stderr).toBe('');
    expect(auto.status).toBe(1);
    expect(JSON.parse(auto.stdout)).toMatchObject([{ filePath: path.join(outside, 'src', 'use.ts'), messages: [{ ruleId: 'ssot/canonical-import' }] }]);
  });

  it('another version (7.1): exit 2 naming the version, the range it speaks and the fix; without --typescript, 6 and why', () => {
    const fake = path.join(outside, 'node_modules', 'typescript7');
    fs.mkdirSync(fake, { recursive: true });
    fs.writeFileSync(path.join(fake, 'package.json'), JSON.stringify({ name: 'typescript', version: '7.1.0' }));
    try {
      const refused = ssot(['check', '--typescript', '7'], outside);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/TypeScript 7\.1\.0 \(.+\) is installed, but .+ 7\.0\.x only.+ Fix: install typescript@7\.0/);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      const auto = ssot(['check'], outside);
      expect(auto.status).toBe(1);
      expect(auto.stderr).toMatch(/^ssot check: checked on TypeScript [\d.]+, not TypeScript 7: TypeScript 7\.1\.0 \(.+\) is installed, but .+\n$/);
    } finally {
      fs.rmSync(path.join(outside, 'node_modules'), { recursive: true, force: true });
    }
  });

  it('a tsconfig TypeScript 7 rejects: exit 2 naming the option and its place; without --typescript it runs on 6 and says why', () => {
    const copy = copyExample('rxjs-migration', { label: 'check-ts7-rejects' });
    try {
      const tsconfigFile = path.join(copy, 'tsconfig.json');
      const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8'));
      tsconfig.compilerOptions.baseUrl = '.';
      tsconfig.compilerOptions.ignoreDeprecations = '6.0';
      fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2));
      const refused = ssot(['check', '--typescript', '7'], copy);
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/tsconfig\.json:\d+:\d+: Option 'baseUrl' has been removed\..*\nFix: /s);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      const auto = ssot(['check', '--format', 'json'], copy);
      expect(auto.stderr).toMatch(/^ssot check: checked on TypeScript [\d.]+, not TypeScript 7: .*tsconfig\.json:\d+:\d+: Option 'baseUrl' has been removed\./s);
      expect(auto.status).toBe(1);
    } finally {
      removeCopy(copy);
    }
  });
});

describe('ssot check --typescript 7 on a tsconfig whose output layout TypeScript 7 would reject when building', () => {
  it('checks it as on TypeScript 6: rootDir left implicit (TS5011) concerns output, and nothing is written', () => {
    // tRPC's packages: outDir from the base tsconfig, sources under src/, no rootDir. TypeScript 7's `tsc
    // --noEmit` is silent about it; its API reports it as an error in the tsconfig.
    const copy = copyExample('rxjs-migration', { label: 'check-ts7-rootdir' });
    try {
      const tsconfigFile = path.join(copy, 'tsconfig.json');
      const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8'));
      tsconfig.compilerOptions.outDir = 'dist';
      delete tsconfig.compilerOptions.rootDir;
      delete tsconfig.compilerOptions.noEmit;
      fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2));
      const on7 = ssot(['check', '--typescript', '7', '--format', 'json'], copy);
      const on6 = ssot(['check', '--typescript', '6', '--format', 'json'], copy);
      expect(on7.stderr).toBe('');
      expect(on7.status).toBe(1);
      expect(on7.stdout).toBe(on6.stdout);
    } finally {
      removeCopy(copy);
    }
  });
});

describe('ssot check --fix when TypeScript 7 leads a written specifier elsewhere than the proof assumed', () => {
  // A fix's proof asks where the specifier it would write leads before any file writes it, which only TypeScript's
  // resolver can answer; TypeScript 7 answers once the file is written. A stand-in TypeScript 7 leads the named
  // spellings of './new' in use.ts to decoy.ts, so a fix that wrote one was proven for another program.
  const original = "import { value } from './old';\nexport const twice = value * 2;\n";
  const projects: string[] = [];
  afterAll(() => {
    for (const dir of projects) fs.rmSync(dir, { recursive: true, force: true });
  });

  function project(misled: readonly string[]): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-check-ts7-unconfirmed-')));
    projects.push(dir);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }));
    fs.writeFileSync(path.join(dir, 'ssot.config.json'), JSON.stringify({ modules: [{ legacy: './src/old', canonical: './src/new' }] }));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'new.ts'), 'export const value = 1;\n');
    fs.writeFileSync(path.join(dir, 'src', 'decoy.ts'), 'export const value = 2;\n');
    fs.writeFileSync(path.join(dir, 'src', 'old.ts'), "export * from './new';\n");
    fs.writeFileSync(path.join(dir, 'src', 'use.ts'), original);
    const use = path.join(dir, 'src', 'use.ts');
    const decoy = path.join(dir, 'src', 'decoy.ts');
    installMisleadingTypescript7(dir, misled.map((specifier) => ({ from: use, specifier, leadsTo: decoy })));
    return dir;
  }

  const undone = (specifier: string) =>
    `ssot check --fix: src/use.ts: the fix pass's changes are undone. They write '${specifier}', which TypeScript's resolver ` +
    "(the fix's proof) leads to src/new.ts and TypeScript 7.0.2 leads to src/decoy.ts; the findings are checked " +
    "again with TypeScript 7.0.2's answer.\n";

  it("one spelling misled: that fix is undone, and the next pass writes a spelling TypeScript 7 confirms", () => {
    const dir = project(['./new']);
    const run = ssot(['check', '--fix', '--typescript', '7'], dir);
    expect(run.stderr).toBe(`${undone('./new')}ssot check --fix: 1 fix applied; nothing left.\n`);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'src', 'use.ts'), 'utf8')).toBe("import { value } from './new.js';\nexport const twice = value * 2;\n");
    // TypeScript 6 takes the first spelling: the undoing came from the two answers differing.
    const control = project(['./new']);
    expect(ssot(['check', '--fix', '--typescript', '6'], control).status).toBe(0);
    expect(fs.readFileSync(path.join(control, 'src', 'use.ts'), 'utf8')).toBe("import { value } from './new';\nexport const twice = value * 2;\n");
  });

  it('every spelling misled: the file gets its text back and the finding stays, without a fix', () => {
    const dir = project(['./new', './new.js']);
    const run = ssot(['check', '--fix', '--typescript', '7', '--format', 'json'], dir);
    expect(run.stderr).toBe(undone('./new') + undone('./new.js'));
    expect(run.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'src', 'use.ts'), 'utf8')).toBe(original);
    const [use] = JSON.parse(run.stdout) as { filePath: string; messages: EslintMessage[] }[];
    expect(use?.filePath).toBe(path.join(dir, 'src', 'use.ts'));
    expect(use?.messages).toMatchObject([{ ruleId: 'ssot/canonical-import', line: 1 }]);
    expect(use?.messages[0]?.fix).toBeUndefined();
  });
});
