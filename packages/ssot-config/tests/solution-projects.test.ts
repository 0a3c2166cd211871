import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, governingTsconfig, solutionProjects } from '../src/index';
import { makeTempDir, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

const solution = (references: readonly string[]): string =>
  JSON.stringify({ files: [], references: references.map((reference) => ({ path: reference })) });

describe('solutionProjects', () => {
  it('is the tsconfig itself when it lists files', () => {
    const root = makeTempDir();
    const tsconfig = writeFile(root, 'tsconfig.json', JSON.stringify({ include: ['src'], references: [{ path: './other' }] }));
    writeFile(root, 'src/a.ts', 'export {};\n');

    expect(solutionProjects(ts, tsconfig)).toEqual([tsconfig]);
  });

  it('walks references depth first, each project once, past cycles; a missing or unreadable tsconfig is kept for its error', () => {
    const root = makeTempDir();
    const top = writeFile(root, 'tsconfig.json', solution(['./tsconfig.app.json', './config', './missing', './tsconfig.broken.json', './tsconfig.node.json']));
    writeFile(root, 'tsconfig.app.json', JSON.stringify({ include: ['src'] }));
    // A referenced directory is its tsconfig.json: a solution again, which refers back to the top.
    writeFile(root, 'config/tsconfig.json', solution(['./tsconfig.tools.json', '..']));
    writeFile(root, 'config/tsconfig.tools.json', JSON.stringify({ include: ['../tools'] }));
    // Not JSON: its files are not listed (read in place of `{}`, it would list the whole directory), and it is
    // kept, as the missing one is, so that building its program reports the error that \`tsc -b\` reports.
    writeFile(root, 'tsconfig.broken.json', '{ "include": [');
    writeFile(root, 'tsconfig.node.json', JSON.stringify({ files: ['vite.config.ts'] }));
    writeFile(root, 'src/app.ts', 'export {};\n');
    writeFile(root, 'tools/build.ts', 'export {};\n');
    writeFile(root, 'vite.config.ts', 'export {};\n');

    expect(solutionProjects(ts, top).map((project) => path.relative(root, project).replace(/\\/g, '/'))).toEqual([
      'tsconfig.app.json',
      'config/tsconfig.tools.json',
      'missing/tsconfig.json',
      'tsconfig.broken.json',
      'tsconfig.node.json',
    ]);
  });

  it('is empty when no project lists a file, and the governing tsconfig then stays the nearest', () => {
    const root = makeTempDir();
    const top = writeFile(root, 'tsconfig.json', solution(['./tsconfig.app.json']));
    writeFile(root, 'tsconfig.app.json', JSON.stringify({ include: ['src'] }));
    const stray = writeFile(root, 'stray.ts', 'export {};\n');

    expect(solutionProjects(ts, top)).toEqual([]);
    expect(governingTsconfig(ts, stray)).toBe(top);
  });
});
