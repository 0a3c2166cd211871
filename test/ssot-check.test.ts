import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EslintMessage } from '../packages/ts-plugin-ssot/tests/helpers/eslint-report';
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

describe.each(['websocket-app', 'rxjs-migration'])('ssot check on a copy of examples/%s', (example) => {
  let checked: string;
  let linted: string;
  beforeAll(() => {
    checked = copyExample(example, { label: `check-${example}` });
    linted = copyExample(example, { label: `check-eslint-${example}` });
  });
  afterAll(() => {
    removeCopy(checked);
    removeCopy(linted);
  });

  it('reports what ESLint reports: place, rule, message, fix and suggestions (--format json)', () => {
    const run = ssot(['check', '--format', 'json'], checked);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const fromCheck = ssotMessages(JSON.parse(run.stdout), checked);
    expect(fromCheck.length).toBeGreaterThan(0);
    expect(fromCheck).toEqual(ssotMessages(lintJson(linted), linted));
  });

  it('--fix makes what eslint --fix makes; then tsc is clean where it was, and a second run changes nothing', () => {
    const typecheckBefore = typecheck(checked).status;
    const fixed = ssot(['check', '--fix'], checked);
    const [, applied = '0'] = /^ssot check --fix: (\d+) fix(?:es)? applied; /.exec(fixed.stderr) ?? [];
    expect(Number(applied)).toBeGreaterThan(0);
    runEslint(['--fix', '.'], { cwd: linted });
    expect(snapshotTree(checked)).toEqual(snapshotTree(linted));
    expect(typecheck(checked).status).toBe(typecheckBefore);
    const after = snapshotTree(checked);
    const again = ssot(['check', '--fix'], checked);
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

  it.each([
    [['check', '--typescript', '7'], /TypeScript 7 backend is not available yet/],
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
