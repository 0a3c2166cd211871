import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCache, loadConfig } from 'ssot-config';
import { getMockIndex } from '../src/mock-index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// The mock index is walked again when older than 2 s, and a walk reads again only what changed. These cases
// make every file on disk old (so it may be remembered), walk, change the tree, and walk again 3 s later.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-mock-index-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler' } }));
  writeFile(root, 'ssot.config.json', JSON.stringify({ symbols: [{ name: 'a', module: './src/a', legacy: [{ module: './src/old' }] }] }));
  writeFile(root, 'src/a.ts', 'export const a = 1;\n');
  writeFile(root, 'src/old.ts', "export { a } from './a';\n");
  writeFile(root, 'src/use.test.ts', "import { a } from './old';\nconsole.log(a);\n");
  writeFile(root, 'src/deep/nested/other.test.ts', "vi.mock('../../a');\n");
  ageEverything(root);
});

afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Sets every entry's modification time a minute back, as a tree nobody has touched for a while. */
function ageEverything(dir: string): void {
  const past = new Date(Date.now() - 60_000);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) ageEverything(full);
    fs.utimesSync(full, past, past);
  }
  fs.utimesSync(dir, past, past);
}

function mockedFiles(): string[] {
  const config = loadConfig(ts, path.join(root, 'ssot.config.json'));
  const index = getMockIndex(ts, config);
  return ['src/a.ts', 'src/old.ts']
    .filter((file) => index.mocksOf(path.join(root, file)).length > 0)
    .map((file) => `${file}:${index.mocksOf(path.join(root, file)).map((site) => `${path.relative(root, site.testFile)}@${site.line}`).join(',')}`);
}

function later(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 3000);
}

describe('the mock index, walked again', () => {
  it('sees a mock added to a test file it read before', () => {
    expect(mockedFiles()).toEqual(['src/a.ts:src/deep/nested/other.test.ts@1']);
    writeFile(root, 'src/use.test.ts', "import { a } from './old';\n\nvi.mock('./old');\nconsole.log(a);\n");
    later();
    expect(mockedFiles()).toEqual(['src/a.ts:src/deep/nested/other.test.ts@1', 'src/old.ts:src/use.test.ts@3']);
  });

  it('sees a new test file in a directory it read before', () => {
    expect(mockedFiles()).toEqual(['src/a.ts:src/deep/nested/other.test.ts@1']);
    writeFile(root, 'src/deep/new.test.ts', "jest.mock('../old');\n");
    later();
    expect(mockedFiles()).toEqual(['src/a.ts:src/deep/nested/other.test.ts@1', 'src/old.ts:src/deep/new.test.ts@1']);
  });

  it('forgets a deleted test file and a deleted directory', () => {
    expect(mockedFiles()).toEqual(['src/a.ts:src/deep/nested/other.test.ts@1']);
    fs.rmSync(path.join(root, 'src/deep'), { recursive: true });
    later();
    expect(mockedFiles()).toEqual([]);
  });

  it('sees a mock removed from a file whose size stayed the same', () => {
    expect(mockedFiles()).toEqual(['src/a.ts:src/deep/nested/other.test.ts@1']);
    writeFile(root, 'src/deep/nested/other.test.ts', "vi.keep('../../a');\n");
    later();
    expect(mockedFiles()).toEqual([]);
  });
});
