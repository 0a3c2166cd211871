import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, getResolverForFile } from 'ssot-config';
import { forgetFileReads } from '../src/file-reads';
import { loadRoute } from '../src/import-cycles';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// Which modules a module's evaluation loads, read from their syntax: a fix that makes a file load a module on a
// route back to the file closes an import cycle.

let root: string;
const file = (relative: string) => path.join(root, relative).replace(/\\/g, '/');
const routeOf = (from: string, to: string) => {
  const resolver = getResolverForFile(ts, file(from));
  return loadRoute(ts, resolver, undefined, file(from), file(to))?.map((step) => path.relative(root, step).replace(/\\/g, '/'));
};

beforeEach(() => {
  clearCache();
  forgetFileReads();
  root = makeTempRoot('ssot-import-cycles-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler' } }));
  writeFile(root, 'src/index.ts', "export * from './feature';\nexport * from './locale';\n");
  writeFile(root, 'src/feature.ts', "import { helper } from './helper';\nexport const feature = helper;\n");
  writeFile(root, 'src/helper.ts', "import { LOCALE } from './locale-legacy';\nexport const helper = LOCALE;\n");
  writeFile(root, 'src/locale.ts', "export const LOCALE = 'en';\n");
  writeFile(root, 'src/locale-legacy.ts', "export { LOCALE } from './locale';\n");
  writeFile(root, 'src/types.ts', "import type { LOCALE } from './index';\nexport type Locale = typeof LOCALE;\n");
  writeFile(root, 'src/lazy.ts', "export const later = () => import('./index');\n");
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('loadRoute', () => {
  it('finds the modules through which one module loads another, the shortest way', () => {
    expect(routeOf('src/index.ts', 'src/helper.ts')).toEqual(['src/index.ts', 'src/feature.ts', 'src/helper.ts']);
    expect(routeOf('src/index.ts', 'src/locale.ts')).toEqual(['src/index.ts', 'src/locale.ts']);
  });

  it('finds none where no import leads, or only a type-only import or a dynamic import() does', () => {
    expect(routeOf('src/locale.ts', 'src/index.ts')).toBeUndefined();
    expect(routeOf('src/types.ts', 'src/index.ts')).toBeUndefined();
    expect(routeOf('src/lazy.ts', 'src/index.ts')).toBeUndefined();
  });

  it('finds the file by its real path when it is named through a symlink', () => {
    const linked = `${root}-link`;
    fs.symlinkSync(root, linked, 'dir');
    try {
      const resolver = getResolverForFile(ts, file('src/index.ts'));
      expect(loadRoute(ts, resolver, undefined, file('src/index.ts'), `${linked}/src/helper.ts`)?.length).toBe(3);
    } finally {
      fs.rmSync(linked);
    }
  });

  it('reads the files again once told they changed (forgetFileReads)', () => {
    expect(routeOf('src/index.ts', 'src/helper.ts')).toBeDefined();
    writeFile(root, 'src/feature.ts', 'export const feature = 1;\n');
    forgetFileReads();
    expect(routeOf('src/index.ts', 'src/helper.ts')).toBeUndefined();
  });
});
