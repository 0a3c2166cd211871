import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { clearCache, loadConfig } from 'ssot-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/audit-report';
import { copyExample, removeCopy, runSsot, type RunResult } from './helpers';

interface WrittenSymbol {
  name: string;
  module: string;
  legacy: { module: string; name?: string }[];
  protocol?: { module: string; name: string; implementations?: { module: string; name: string }[] };
}
interface WrittenConfig {
  $schema: string;
  symbols: WrittenSymbol[];
}

describe('ssot audit --init on the example with its config removed', () => {
  let copy: string;
  let configFile: string;
  let init: RunResult;
  let written: string;
  let config: WrittenConfig;

  beforeAll(() => {
    copy = copyExample('websocket-app', 'init');
    configFile = path.join(copy, 'ssot.config.json');
    fs.rmSync(configFile);
    init = runSsot(['audit', copy, '--init']);
    written = fs.readFileSync(configFile, 'utf8');
    config = JSON.parse(written) as WrittenConfig;
  });
  afterAll(() => removeCopy(copy));

  it('writes ssot.config.json next to the tsconfig and says what to review, and why', () => {
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('    canonical ./src/websocket-core/websocket-manager: named by the @deprecated tag of ./src/websocket-core/manager\n');
    expect(init.stdout).toContain(
      '    kept      ./src/app/index: an index barrel no project file imports: its importers are outside the project, and no @deprecated tag\n',
    );
    expect(init.stdout).toMatch(/^Wrote .*ssot\.config\.json: \d+ symbol\(s\) to review\.$/m);
    expect(init.stdout).toMatch(/^ {2}WebSocketManager \(\.\/src\/websocket-core\/websocket-manager\): 4 legacy path\(s\), protocol WebSocketManagerProtocol$/m);
  });

  it('proposes the WebSocketManager symbol: canonical where the @deprecated shim says, legacy at the other paths but the app barrel', () => {
    const manager = config.symbols.find((symbol) => symbol.name === 'WebSocketManager');

    expect(manager).toEqual({
      name: 'WebSocketManager',
      module: './src/websocket-core/websocket-manager',
      legacy: [
        { module: './src/websocket-core/index' },
        { module: './src/websocket-core/unified-manager', name: 'UnifiedWebSocketManager' },
        { module: './src/websocket-core/manager' },
        { module: './src/app/services/websocket' },
      ],
      protocol: { module: './src/websocket-core/protocols', name: 'WebSocketManagerProtocol' },
    });
  });

  it('points $schema at this repository\'s packages/ssot-config/schema.json', () => {
    expect(config.$schema).toBe('../../packages/ssot-config/schema.json');
    expect(fs.existsSync(path.resolve(copy, config.$schema))).toBe(true);
  });

  it('writes a config that ssot-config loads without errors', () => {
    clearCache();
    const loaded = loadConfig(ts, configFile.replace(/\\/g, '/'));

    expect(loaded.symbols.map((symbol) => symbol.name)).toEqual(config.symbols.map((symbol) => symbol.name));
  });

  it('writes plain-valued objects on one line, as a person would', () => {
    expect(written).toContain('{ "module": "./src/websocket-core/unified-manager", "name": "UnifiedWebSocketManager" }');
  });

  it('never overwrites an existing config without --force', () => {
    fs.writeFileSync(configFile, '{ "symbols": [] }\n');
    const again = runSsot(['audit', copy, '--init']);

    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/ssot\.config\.json already exists; --init does not overwrite it\. Fix: .*--force/);
    expect(fs.readFileSync(configFile, 'utf8')).toBe('{ "symbols": [] }\n');

    const forced = runSsot(['audit', copy, '--init', '--force']);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(configFile, 'utf8')).toBe(written);
  });

  it('measures the migration with the proposed config', () => {
    const result = runSsot(['audit', copy, '--json']);
    const report = JSON.parse(result.stdout) as AuditReport;

    expect(result.status).toBe(0);
    expect(report.migration?.totals.legacyImports).toBeGreaterThan(0);
    expect(report.figures['symbols.WebSocketManager.implementations']).toBe(3);
  });
});
