import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, loadConfig, SsotConfigError } from '../src/index';
import { makeTempDir, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

describe('a config written to hurt', () => {
  it('cannot hang the matcher with nested extglobs: they are plain characters', () => {
    const dir = makeTempDir();
    const config = writeFile(dir, 'ssot.config.json', '{ "ignore": ["**/+(*)+(*)+(*)+(*)+(*)+(*)+(*)+(*)b"] }');
    const loaded = loadConfig(ts, config);
    // With extglobs on, this match backtracks for minutes; off, the pattern means its literal characters.
    expect(loaded.isIgnored(path.join(dir, 'src/websocket-core/connection-manager-with-a-long-name.ts'))).toBe(false);
    expect(loaded.isIgnored(path.join(dir, 'src/+(*)+(*)+(*)+(*)+(*)+(*)+(*)+(*)b'))).toBe(true);
  });

  it('is refused when it is a link to a device that never ends', () => {
    const dir = makeTempDir();
    const config = path.join(dir, 'ssot.config.json');
    fs.symlinkSync('/dev/zero', config);
    expect(() => loadConfig(ts, config)).toThrow(SsotConfigError);
    expect(() => loadConfig(ts, config)).toThrow(/the file is not a regular file\. Fix: make ssot\.config\.json a plain JSON file/);
  });

  it('is refused past 64 levels of nesting, before the parser recurses', () => {
    const dir = makeTempDir();
    const config = writeFile(dir, 'ssot.config.json', `{ "symbols": ${'['.repeat(5000)}${']'.repeat(5000)} }`);
    expect(() => loadConfig(ts, config)).toThrow(/ssot\.config\.json:1:\d+: the JSON is nested more than 64 levels deep\./);
  });

  it('cannot set its own prototype with "__proto__"', () => {
    const dir = makeTempDir();
    const config = writeFile(dir, 'ssot.config.json', '{\n  "__proto__": { "ignore": ["**"] }\n}');
    expect(() => loadConfig(ts, config)).toThrow(/ssot\.config\.json:2:3: the key "__proto__" is not allowed\./);
  });

  it('refuses a glob over 1,024 characters as a schema problem', () => {
    const dir = makeTempDir();
    const config = writeFile(dir, 'ssot.config.json', `{ "ignore": ["${'a'.repeat(70_000)}"] }`);
    expect(() => loadConfig(ts, config)).toThrow(/ignore\[0\]: the value is longer than 1024 characters\./);
  });
});
