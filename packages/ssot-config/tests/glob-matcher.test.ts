import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileGlob, MAX_EXPANSIONS } from '../src/glob-matcher';
import { clearCache, loadConfig } from '../src/index';
import { makeTempDir, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

function matches(glob: string, file: string): boolean {
  const test = compileGlob(glob);
  if (typeof test !== 'function') throw new Error(test.error);
  return test(file);
}

describe('compileGlob', () => {
  it.each([
    // [glob, path, matches]
    ['**/*.test.*', 'src/a.test.ts', true],
    ['**/*.test.*', 'a.test.ts', true],
    ['**/*.test.*', 'src/deep/er/a.test.tsx', true],
    ['**/*.test.*', 'src/a.ts', false],
    ['**/__tests__/**', 'src/__tests__/a.ts', true],
    ['**/__tests__/**', '__tests__/x/y.ts', true],
    ['**/__tests__/**', 'src/__tests__', false],
    // The literal run a path must hold (`test/`) may start the path, `**/` matching no segment.
    ['**/test/**', 'test/a.ts', true],
    ['**/test/**', 'src/test/a.ts', true],
    ['**/test/**', 'src/atest/a.ts', false],
    ['**/test/**', 'src/test', false],
    ['src/generated/**', 'src/generated/api.ts', true],
    ['src/generated/**', 'src/generated/v1/api.ts', true],
    ['src/generated/**', 'src/generatedx/api.ts', false],
    ['src/generated/**', 'lib/src/generated/api.ts', false],
    ['*.ts', 'a.ts', true],
    ['*.ts', 'src/a.ts', false],
    ['src/*.ts', 'src/.hidden.ts', true],
    ['src/**/*.ts', 'src/a.ts', true],
    ['src/**/*.ts', 'src/a/b/c.ts', true],
    ['src/**/b/*.ts', 'src/b/c.ts', true],
    ['src/**/b/*.ts', 'src/x/y/b/c.ts', true],
    ['src/**/b/*.ts', 'src/x/y/bb/c.ts', false],
    ['**', 'anything/at/all.ts', true],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/[ab].ts', 'src/b.ts', true],
    ['src/[ab].ts', 'src/c.ts', false],
    ['src/[!ab].ts', 'src/c.ts', true],
    ['src/[a-c]x.ts', 'src/bx.ts', true],
    ['src/[a-c]x.ts', 'src/dx.ts', false],
    ['src/*.{ts,tsx}', 'src/a.tsx', true],
    ['src/*.{ts,tsx}', 'src/a.js', false],
    ['src/{a,b{c,d}}.ts', 'src/bd.ts', true],
    ['src/\\*.ts', 'src/*.ts', true],
    ['src/\\*.ts', 'src/a.ts', false],
    ['!src/keep.ts', 'src/other.ts', true],
    ['!src/keep.ts', 'src/keep.ts', false],
    // no extglobs: `+(` and `)` are characters, `*` inside them a star
    ['**/+(*)b', 'src/+(x)b', true],
    ['**/+(*)b', 'src/x(x)b', false],
  ] as const)('%s against %s: %s', (glob, file, expected) => {
    expect(matches(glob, file)).toBe(expected);
  });

  it('answers each path alone: one compiled glob run over many paths answers as a glob compiled for each', () => {
    // A compiled glob keeps its state sets between runs; what one run leaves must not decide the next.
    const globs = ['**/*.test.*', 'src/**/b/*.ts', 'src/*.{ts,tsx}', '**/*a*a*b', 'src/generated/**'];
    const paths = ['src/x/y/b/c.ts', 'src/a.test.ts', 'src/aab', 'a', '', 'src/generated/v1/api.ts', 'src/a.tsx', 'src/b/c.ts', 'src/x'];
    for (const glob of globs) {
      const shared = compileGlob(glob);
      if (typeof shared !== 'function') throw new Error(shared.error);
      for (const file of [...paths, ...[...paths].reverse()]) expect(shared(file), `${glob} against ${file}`).toBe(matches(glob, file));
    }
  });

  it('answers a pattern that backtracking matchers take minutes over, on a 60-character name', () => {
    // Nothing is timed here (see bench/); the automaton's work is bounded by construction, and this input hung
    // picomatch for over two minutes.
    expect(matches('**/*a*a*a*a*a*a*a*a*b', `src/${'a'.repeat(60)}`)).toBe(false);
    expect(matches('**/*a*a*a*a*a*a*a*a*b', `src/${'a'.repeat(60)}b`)).toBe(true);
  });

  it(`refuses a glob whose braces expand to more than ${MAX_EXPANSIONS} patterns`, () => {
    expect(compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toEqual({
      error: `its braces expand to more than ${MAX_EXPANSIONS} patterns`,
    });
  });
});

describe('the config globs', () => {
  it('cannot hang on a star-heavy ignore glob against a long file name', () => {
    const dir = makeTempDir();
    const config = writeFile(dir, 'ssot.config.json', '{ "ignore": ["**/*a*a*a*a*a*a*a*a*b"] }');
    expect(loadConfig(ts, config).isIgnored(path.join(dir, 'src', `${'a'.repeat(60)}.ts`))).toBe(false);
  });

  it('reports a glob that expands too far at its place in the config', () => {
    const dir = makeTempDir();
    const config = writeFile(dir, 'ssot.config.json', '{\n  "ignore": ["ok/**", "{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}"]\n}');
    expect(() => loadConfig(ts, config)).toThrow(
      /ssot\.config\.json:2:23: ignore\[1\]: the glob "\{a,b\}.*" cannot be used: its braces expand to more than 256 patterns\. Fix: write fewer brace alternatives/,
    );
  });
});
