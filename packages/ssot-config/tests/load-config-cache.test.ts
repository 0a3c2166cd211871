import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, loadConfig, loadConfigForFile, SsotConfigError } from '../src/index';
import { bumpMtime, copyFixture, lines, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

const oneSymbol = lines(
  '{',
  '  "symbols": [{ "name": "WebSocketManager", "module": "./src/websocket-manager" }]',
  '}',
);
const twoSymbols = lines(
  '{',
  '  "symbols": [',
  '    { "name": "WebSocketManager", "module": "./src/websocket-manager" },',
  '    { "name": "WebSocketConnection", "module": "./src/types" }',
  '  ]',
  '}',
);

function symbolNames(configFile: string): string[] {
  return loadConfig(ts, configFile).symbols.map((symbol) => symbol.name);
}

describe('loadConfig caching', () => {
  it('returns the same object while the file is unchanged', () => {
    const root = copyFixture('project');
    const configFile = writeFile(root, 'ssot.config.json', oneSymbol);

    expect(loadConfig(ts, configFile)).toBe(loadConfig(ts, configFile));
  });

  it('loadConfigForFile shares the cached config of the file it finds', () => {
    const root = copyFixture('project');
    const configFile = writeFile(root, 'ssot.config.json', oneSymbol);

    expect(loadConfigForFile(ts, path.join(root, 'src', 'types.ts'))).toBe(loadConfig(ts, configFile));
  });

  it('reads the file again after an edit', () => {
    const root = copyFixture('project');
    const configFile = writeFile(root, 'ssot.config.json', oneSymbol);
    const before = loadConfig(ts, configFile);

    writeFile(root, 'ssot.config.json', twoSymbols);
    bumpMtime(configFile);
    const after = loadConfig(ts, configFile);

    expect(after).not.toBe(before);
    expect(after.symbols.map((symbol) => symbol.name)).toEqual(['WebSocketManager', 'WebSocketConnection']);
  });

  it('recovers when a broken file is fixed', () => {
    const root = copyFixture('project');
    const configFile = writeFile(root, 'ssot.config.json', '{ "symbols": [ }');
    expect(() => loadConfig(ts, configFile)).toThrow(SsotConfigError);
    expect(() => loadConfig(ts, configFile)).toThrow(SsotConfigError);

    writeFile(root, 'ssot.config.json', oneSymbol);
    bumpMtime(configFile);

    expect(symbolNames(configFile)).toEqual(['WebSocketManager']);
  });

  it('throws the cached error again while a broken file is unchanged', () => {
    const root = copyFixture('project');
    const configFile = writeFile(root, 'ssot.config.json', '{ "symbols": [ }');
    const errorOf = (): unknown => {
      try {
        loadConfig(ts, configFile);
      } catch (error) {
        return error;
      }
      return undefined;
    };

    const first = errorOf();
    expect(first).toBeInstanceOf(SsotConfigError);
    expect(errorOf()).toBe(first);
  });
});
