import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';
import { copyFixtureProject } from './helpers/fixture-copy';

/*
 * `eslint --fix` must leave the program doing what it did. test/fixtures/runtime-safety is a small CommonJS
 * program whose modules print when they load, so that side effects and their order show in its output, and
 * whose namespaces print their keys; a vitest suite mocks a legacy module; a module reads at its top level a name
 * whose canonical module, a barrel, loads that module first. The program is compiled and run, and its tests
 * run, before and after the real ESLint CLI fixes it.
 */
interface Runner {
  repoRoot: string;
  runEslint(args: string[], options?: { cwd?: string }): { status: number; stdout: string; stderr: string };
  removeCopy(dir: string): void;
}
const { repoRoot, runEslint, removeCopy } = runner as Runner;
const tscBin = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const vitestBin = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');

function run(command: string[], cwd: string) {
  const result = spawnSync(process.execPath, command, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Compiles the copy to out/ and runs it. */
function compileAndRun(dir: string) {
  fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
  const compiled = run([tscBin, '-p', '.'], dir);
  return { compiled, ran: run(['out/main.js'], dir) };
}

const testsPass = (dir: string) => run([vitestBin, 'run', '--root', '.'], dir).status === 0;

describe('eslint --fix keeps what the program does', () => {
  let dir: string;
  let before: ReturnType<typeof compileAndRun>;
  let after: ReturnType<typeof compileAndRun>;
  let testsBefore: boolean;
  let testsAfter: boolean;
  let remaining: { file: string; line: number; message: string }[];
  let fixed: Map<string, string>;

  beforeAll(() => {
    dir = copyFixtureProject(repoRoot, 'runtime-safety');
    before = compileAndRun(dir);
    testsBefore = testsPass(dir);
    runEslint(['--fix', '.'], { cwd: dir });
    after = compileAndRun(dir);
    testsAfter = testsPass(dir);
    const report = JSON.parse(runEslint(['--format', 'json', '.'], { cwd: dir }).stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; message: string }[];
    }[];
    remaining = report.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'ssot/canonical-import')
        .map((message) => ({ file: path.relative(dir, result.filePath), line: message.line, message: message.message })),
    );
    fixed = new Map(['src/main.ts'].map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
  }, 120_000);
  afterAll(() => removeCopy(dir));

  it('compiles and runs before the fix', () => {
    expect(before.compiled.status).toBe(0);
    expect(before.ran.status).toBe(0);
    expect(before.ran.stdout).toContain('register ran');
    expect(before.ran.stdout).toContain('hello in en');
    expect(testsBefore).toBe(true);
  });

  it('type-checks, compiles and prints the same after the fix', () => {
    expect(after.compiled.stdout).toBe('');
    expect(after.compiled.status).toBe(0);
    expect(after.ran.stdout).toBe(before.ran.stdout);
  });

  it('drops only the deprecation warning of the shim it moved off', () => {
    expect(before.ran.stderr).toContain('warned is deprecated');
    expect(after.ran.stderr).not.toContain('warned is deprecated');
  });

  it('keeps the test suite that mocks a legacy module passing', () => {
    expect(testsAfter).toBe(true);
  });

  it('fixes what it can prove: a deprecation shim, a name joining the import that loaded its module first, a var in a try', () => {
    expect(fixed.get('src/main.ts')).toContain("import { Thing as WarnedThing } from './thing';");
    expect(fixed.get('src/main.ts')).toContain("import { value, other } from './loud';\nimport './polyfill';");
    expect(fixed.get('src/main.ts')).toContain("var m = require('./renamed');");
    expect(fixed.get('src/main.ts')).toContain('return m.create();');
  });

  it('leaves, reported with the reason, what it cannot', () => {
    expect(remaining.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'src/barrel.ts:1',
      'src/greeting.ts:1',
      'src/main.ts:1',
      'src/main.ts:2',
      'src/main.ts:6',
      'src/service.test.ts:4',
      'src/service.ts:1',
    ]);
    expect(remaining.map(({ message }) => message.replace(/^.*Not fixed automatically: /, ''))).toEqual([
      "'./wide' also exports 'dangerousReset', which this site would take.",
      "'./i18n' loads this file, so the fix would make an import cycle: a program that loads './i18n' first would run this file before './i18n' has loaded what this file reads from it.",
      "'./register', which has side effects, would no longer be loaded.",
      "'./noisy', which has side effects, would no longer be loaded.",
      "'./wide' also exports 'dangerousReset', which this site would take.",
      "'./orders' also exports 'fetchInvoices', which the mock would have to provide.",
      "'./legacy-orders' is mocked in service.test.ts (line 4), and the mock would not apply to the canonical module: move the mock first.",
    ]);
  });
});
