import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, clearCache, findConfigFile } from '../src/index';
import { fixturePath, makeTempDir, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

describe('findConfigFile', () => {
  it('finds the config above a nested file', () => {
    const file = fixturePath('nested-configs', 'src', 'deep', 'file.ts');

    expect(findConfigFile(file)).toBe(fixturePath('nested-configs', 'ssot.config.json'));
  });

  it('returns the nearest config when several stand above the file', () => {
    const file = fixturePath('nested-configs', 'packages', 'inner', 'src', 'deep', 'file.ts');

    expect(findConfigFile(file)).toBe(fixturePath('nested-configs', 'packages', 'inner', 'ssot.config.json'));
  });

  it('finds a config in the directory of the file itself', () => {
    const file = fixturePath('nested-configs', 'packages', 'inner', 'index.ts');

    expect(findConfigFile(file)).toBe(fixturePath('nested-configs', 'packages', 'inner', 'ssot.config.json'));
  });

  it('returns undefined when no config stands above the file', () => {
    const root = makeTempDir();
    for (let dir = root; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      expect(fs.existsSync(path.join(dir, CONFIG_FILE_NAME)), `precondition: no config in ${dir}`).toBe(false);
    }

    expect(findConfigFile(path.join(root, 'src', 'deep', 'file.ts'))).toBeUndefined();
  });

  it('caches a miss until clearCache()', () => {
    const root = makeTempDir();
    const file = path.join(root, 'src', 'deep', 'file.ts');
    expect(findConfigFile(file)).toBeUndefined();

    const config = writeFile(root, CONFIG_FILE_NAME, '{ "symbols": [] }');
    expect(findConfigFile(file)).toBeUndefined();

    clearCache();
    expect(findConfigFile(file)).toBe(config);
  });
});
