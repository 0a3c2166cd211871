import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/audit-report';
import { fixturePath, repoRoot, runSsot, type RunResult } from './helpers';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'audit-report.schema.json'), 'utf8')) as object;

describe('ssot audit examples/websocket-app', () => {
  let json: RunResult;
  let report: AuditReport;

  beforeAll(() => {
    // Through npx, as a user runs it from the repository root.
    const result = spawnSync('npx', ['--no-install', 'ssot', 'audit', 'examples/websocket-app', '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    json = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    report = JSON.parse(json.stdout) as AuditReport;
  });

  it('exits 0 with a report that matches audit-report.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);

    expect(json.status).toBe(0);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('reports the WebSocket manager protocol with 6 implementations, in the order single-implementation counts them', () => {
    const manager = report.migration?.symbols.find((symbol) => symbol.name === 'WebSocketManager');

    expect(manager?.protocol?.name).toBe('WebSocketManagerProtocol');
    expect(manager?.protocol?.implementations.map((impl) => [impl.name, impl.how])).toEqual([
      ['WebSocketManager', 'canonical'],
      ['ConnectionManager', 'configured'],
      ['LegacyWebSocketManager', 'explicit'],
      ['WebSocketManagerAdapter', 'configured'],
      ['IsolatedWebSocketManager', 'explicit'],
      ['WebSocketManagerFactory', 'configured'],
    ]);
    expect(report.figures['symbols.WebSocketManager.implementations']).toBe(6);
  });

  it('finds a symbol reachable through 3 or more import paths, with no config needed', () => {
    const widest = report.discovery.multiPathExports[0];

    expect(widest?.paths.length).toBeGreaterThanOrEqual(3);
    expect(report.discovery.multiPathExports.find((found) => found.name === 'WebSocketManager')?.paths.map((p) => p.module)).toEqual([
      'src/websocket-core/websocket-manager.ts',
      'src/websocket-core/index.ts',
      'src/websocket-core/unified-manager.ts',
      'src/websocket-core/manager.ts',
      'src/app/index.ts',
      'src/app/services/websocket.ts',
    ]);
  });

  it('finds the three-layer chain manager -> unified-manager -> websocket-manager', () => {
    const chain = report.discovery.reexportChains.find((found) => found.module === 'src/websocket-core/manager.ts');

    expect(chain?.chain).toEqual([
      { module: 'src/websocket-core/manager.ts', name: 'WebSocketManager' },
      { module: 'src/websocket-core/unified-manager.ts', name: 'UnifiedWebSocketManager' },
      { module: 'src/websocket-core/websocket-manager.ts', name: 'WebSocketManager' },
    ]);
  });

  it('counts legacy imports per legacy path, direct instantiations and shims from the engine', () => {
    const manager = report.migration?.symbols.find((symbol) => symbol.name === 'WebSocketManager');
    const byPath = Object.fromEntries(manager?.legacyImports.byPath.map((p) => [`${p.module}#${p.name}`, p.count]) ?? []);

    expect(Object.keys(byPath)).toEqual([
      './src/websocket-core/manager#WebSocketManager',
      './src/websocket-core/unified-manager#UnifiedWebSocketManager',
      './src/websocket-core/index#WebSocketManager',
    ]);
    expect(Object.values(byPath).every((count) => count > 0)).toBe(true);
    expect(manager?.directInstantiations).toBeGreaterThan(0);
    expect(manager?.shims).toEqual(['./src/websocket-core/manager', './src/websocket-core/unified-manager', './src/websocket-core/index']);
    expect(report.migration?.totals.legacyImports).toBeGreaterThanOrEqual(25);
  });

  it('builds ONE program: every source file is read once', () => {
    const preload = fixturePath('preload', 'count-source-reads.cjs');
    const result = runSsot(['audit', 'examples/websocket-app', '--json'], { nodeArgs: ['-r', preload] });
    const reads = JSON.parse(/source-reads (.*)/.exec(result.stderr)?.[1] ?? 'null') as { files: number; max: number } | null;

    expect(result.status).toBe(0);
    expect(reads?.files).toBeGreaterThan(report.project.files);
    expect(reads?.max).toBe(1);
  });

  it('prints a table on a terminal by default', () => {
    const result = runSsot(['audit', 'examples/websocket-app']);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ssot audit: examples\/websocket-app\/tsconfig\.json \(\d+ files\)$/m);
    expect(result.stdout).toMatch(/^ {2}symbol +legacy imports +new +implementations +over max +divergences +shims +files$/m);
    expect(result.stdout).toMatch(/^ {2}WebSocketManager +\d+ +\d+ +6 /m);
    expect(result.stdout).toContain('Re-export chains longer than one hop');
    // No progress line: stderr is not a terminal here.
    expect(result.stderr).not.toContain('ssot audit:');
  });

  it('prints Markdown for a pull-request comment', () => {
    const result = runSsot(['audit', 'examples/websocket-app', '--markdown']);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## ssot audit$/m);
    expect(result.stdout).toMatch(/^\| symbol \| legacy imports \| new \| implementations \| over max \| divergences \| shims \| files \|$/m);
    expect(result.stdout).toMatch(/^\| WebSocketManager \| \d+ \| \d+ \| 6 \|/m);
    expect(result.stdout).toContain('<details><summary>Legacy imports per path</summary>');
  });
});
