import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';
import { boundDeclarations } from './helpers/bound-declarations';

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  fix?: unknown;
  file: string;
}
interface Runner {
  repoRoot: string;
  eslint9Bin: string;
  copyExample(name: string, options?: { label?: string }): string;
  removeCopy(dir: string): void;
  runEslint(args: string[], options?: { cwd?: string }): { status: number; stdout: string; stderr: string };
  lintJson(dir: string, extraArgs?: string[], options?: { bin?: string }): unknown[];
  messagesOf(report: unknown[], ruleId: string, dir: string): LintMessage[];
  typecheck(dir: string): { status: number; output: string };
  snapshotTree(dir: string): Map<string, string>;
  changedFiles(before: Map<string, string>, after: Map<string, string>): string[];
}
const {
  copyExample,
  removeCopy,
  runEslint,
  lintJson,
  messagesOf,
  typecheck,
  snapshotTree,
  changedFiles,
  repoRoot,
  eslint9Bin,
} = runner as Runner;

const RULE = 'ssot/canonical-import';

describe.each([
  { example: 'websocket-app', minimum: 25, legacyText: /websocket-core\/(?:manager|unified-manager|interfaces|index)['"]|@ws\/(?:manager|unified-manager|interfaces|index)['"]/ },
  { example: 'rxjs-migration', minimum: 5, legacyText: /rxjs\/operators/ },
])('eslint CLI on examples/$example', ({ example, minimum, legacyText }) => {
  let copy: string;
  let report: unknown[];
  let before: LintMessage[];
  let bindingsBefore: Map<string, string>;

  beforeAll(() => {
    copy = copyExample(example, { label: `cli-${example}` });
    report = lintJson(copy);
    before = messagesOf(report, RULE, copy);
    bindingsBefore = boundDeclarations(copy);
    runEslint(['--fix', '.'], { cwd: copy });
  });
  afterAll(() => removeCopy(copy));

  it(`reports at least ${minimum} legacy imports, each with a fix`, () => {
    expect(before.length).toBeGreaterThanOrEqual(minimum);
    expect(before.filter((message) => !message.fix)).toEqual([]);
  });

  it('reports the same from the repository root with the example\'s own config', () => {
    const { stdout } = runEslint(['--format', 'json', `examples/${example}`], { cwd: repoRoot });
    const fromRoot = messagesOf(JSON.parse(stdout) as unknown[], RULE, path.join(repoRoot, 'examples', example));
    expect(fromRoot.map(({ file, line, message }) => ({ file, line, message }))).toEqual(
      before.map(({ file, line, message }) => ({ file, line, message })),
    );
  });

  it('reports the same under ESLint 9', () => {
    const original = path.join(repoRoot, 'examples', example);
    const underNine = messagesOf(lintJson(original, [], { bin: eslint9Bin }), RULE, original);
    expect(underNine.map(({ file, line, message }) => ({ file, line, message }))).toEqual(
      before.map(({ file, line, message }) => ({ file, line, message })),
    );
  });

  it('leaves no legacy import, no direct construction and no fixable signature after --fix', () => {
    const after = lintJson(copy);
    expect(messagesOf(after, RULE, copy)).toEqual([]);
    expect(messagesOf(after, 'ssot/use-factory', copy)).toEqual([]);
    const fixable = (messages: LintMessage[]) => messages.filter((message) => message.fix);
    expect(fixable(messagesOf(after, 'ssot/protocol-conformance', copy))).toEqual([]);
    if (example === 'websocket-app') {
      const fixedSignatures = fixable(messagesOf(report, 'ssot/protocol-conformance', copy)).length;
      const left = messagesOf(after, 'ssot/protocol-conformance', copy).length;
      expect(fixedSignatures).toBeGreaterThan(0);
      expect(left).toBe(messagesOf(report, 'ssot/protocol-conformance', copy).length - fixedSignatures);
    }
    const leftovers = [...snapshotTree(copy).keys()]
      .filter((file) => file.endsWith('.ts') && !file.includes('websocket-core'))
      .filter((file) => legacyText.test(fs.readFileSync(path.join(copy, file), 'utf8')));
    expect(leftovers).toEqual([]);
  });

  it('type-checks after --fix', () => {
    const { status, output } = typecheck(copy);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('binds every use to the same declaration after --fix', () => {
    const after = boundDeclarations(copy);
    expect(bindingsBefore.size).toBeGreaterThan(50);
    const moved = [...bindingsBefore].filter(([key, declaration]) => after.get(key) !== declaration);
    expect(moved).toEqual([]);
  });

  it('keeps the example\'s own test suite passing after --fix', () => {
    if (example !== 'websocket-app') return;
    const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
    const result = spawnSync(process.execPath, [vitest, 'run', '--root', '.'], { cwd: copy, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('changes nothing on a second --fix', () => {
    const snapshot = snapshotTree(copy);
    runEslint(['--fix', '.'], { cwd: copy });
    expect(changedFiles(snapshot, snapshotTree(copy))).toEqual([]);
  });
});

describe('the seeds\' other sins in examples/websocket-app', () => {
  const example = path.join(repoRoot, 'examples', 'websocket-app');
  let report: unknown[];
  beforeAll(() => {
    report = lintJson(example);
  });

  it('reports at least 3 constructions that skip the factory, each with a fix', () => {
    const found = messagesOf(report, 'ssot/use-factory', example);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.filter((message) => !message.fix)).toEqual([]);
  });

  it('reports at least 12 signature divergences from the protocol, and 5 implementations too many', () => {
    expect(messagesOf(report, 'ssot/protocol-conformance', example).length).toBeGreaterThanOrEqual(12);
    const extra = messagesOf(report, 'ssot/single-implementation', example);
    expect(extra.map(({ message }) => /^'(\w+)'/.exec(message)?.[1]).sort()).toEqual([
      'ConnectionManager',
      'IsolatedWebSocketManager',
      'LegacyWebSocketManager',
      'WebSocketManagerAdapter',
      'WebSocketManagerFactory',
    ]);
  });

  it('reports the three-layer chain and the shims that hold implementations', () => {
    const found = messagesOf(report, 'ssot/shim-purity', example).map(({ file, line, message }) => `${file}:${line} ${message.split(';')[0]}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/websocket-core\/manager\.ts:\d+ Legacy module re-exports 'WebSocketManager' .* through legacy module '\.\/unified-manager'/),
        expect.stringMatching(/^src\/websocket-core\/migration-adapter\.ts:\d+ Legacy module declares 'WebSocketManagerAdapter'/),
      ]),
    );
  });
});
