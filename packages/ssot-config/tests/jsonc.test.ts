import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, loadConfig } from '../src/index';
import { copyFixture, expectConfigError, lines, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

describe('JSON with comments', () => {
  it('accepts line and block comments', () => {
    const root = copyFixture('project');
    const configFile = writeFile(
      root,
      'ssot.config.json',
      lines(
        '// The canonical homes of the WebSocket core.',
        '{',
        '  /* one symbol for now */',
        '  "symbols": [{ "name": "WebSocketManager", "module": "./src/websocket-manager" }] // moved in 2024',
        '}',
      ),
    );

    expect(loadConfig(ts, configFile).symbols.map((symbol) => symbol.name)).toEqual(['WebSocketManager']);
  });

  it('accepts trailing commas in objects and arrays', () => {
    const root = copyFixture('project');
    const configFile = writeFile(
      root,
      'ssot.config.json',
      lines(
        '{',
        '  "symbols": [',
        '    { "name": "WebSocketManager", "module": "./src/websocket-manager", },',
        '  ],',
        '  "ignore": ["**/*.generated.ts",],',
        '}',
      ),
    );

    const config = loadConfig(ts, configFile);
    expect(config.symbols.map((symbol) => symbol.name)).toEqual(['WebSocketManager']);
    expect(config.ignore).toEqual(['**/*.generated.ts']);
  });

  it('accepts a byte order mark', () => {
    const root = copyFixture('project');
    const configFile = writeFile(
      root,
      'ssot.config.json',
      '\uFEFF' + lines('{', '  "symbols": [{ "name": "WebSocketManager", "module": "./src/websocket-manager" }]', '}'),
    );

    expect(loadConfig(ts, configFile).symbols.map((symbol) => symbol.name)).toEqual(['WebSocketManager']);
  });

  it('does not count a byte order mark in error columns', () => {
    const root = copyFixture('project');
    const configFile = writeFile(root, 'ssot.config.json', '\uFEFF' + lines('{ "symbols": {} }'));

    const error = expectConfigError(configFile, () => loadConfig(ts, configFile));
    expect(error.problems.map(({ line, column, jsonPath }) => ({ line, column, jsonPath }))).toEqual([
      { line: 1, column: 14, jsonPath: 'symbols' },
    ]);
  });
});
