import { describe, expect, it } from 'vitest';
import type { ModuleRef } from 'ssot-config';
import { reachingSpecifiers, specifierPatterns } from '../src/legacy-specifiers';

const at = { jsonPath: '', line: 1, column: 1 };
const ref = (specifier: string, ...files: string[]): ModuleRef => ({ specifier, files, at });
const excludes = (patterns: string[], specifier: string) => patterns.some((pattern) => new RegExp(pattern).test(specifier));

describe('specifierPatterns: what auto-import must not write for a legacy module', () => {
  const manager = specifierPatterns(ref('./src/core/manager', '/p/src/core/manager.ts'), '/p/src/app');

  it.each(['../core/manager', '../core/manager.js', '../core/manager.ts', '@core/manager', 'src/core/manager'])(
    'a file: %s',
    (specifier) => {
      expect(excludes(manager, specifier)).toBe(true);
    },
  );

  it.each(['../core/connection-manager', '../core/manager-factory', '../core/manager/extra', './managers'])(
    'but not a file with a name that only contains it: %s',
    (specifier) => {
      expect(excludes(manager, specifier)).toBe(false);
    },
  );

  const index = specifierPatterns(ref('./src/core/index', '/p/src/core/index.ts'), '/p/src/app');
  it.each(['../core', '../core/', '../core/index', '../core/index.js', '@app/core'])('an index file: %s', (specifier) => {
    expect(excludes(index, specifier)).toBe(true);
  });
  it('an index file from its own directory: "." and "./index"', () => {
    const fromInside = specifierPatterns(ref('./src/core/index', '/p/src/core/index.ts'), '/p/src/core');
    expect(['.', './index', './index.js'].map((specifier) => excludes(fromInside, specifier))).toEqual([true, true, true]);
    expect(excludes(fromInside, './manager')).toBe(false);
  });

  it('a package subpath by its own name, not by the files it resolves to in node_modules', () => {
    const operators = specifierPatterns(
      ref('rxjs/operators', '/p/node_modules/rxjs/dist/types/operators/index.d.ts'),
      '/p/src',
    );
    expect(['rxjs/operators', 'rxjs/operators/index.js'].map((specifier) => excludes(operators, specifier))).toEqual([
      true,
      true,
    ]);
    expect(['rxjs', 'rxjs/operators-extra', './operators'].map((specifier) => excludes(operators, specifier))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('reachingSpecifiers: what must stay importable for a canonical module', () => {
  it('keeps a canonical module whose file name a legacy module shares', () => {
    const legacy = specifierPatterns(ref('./src/old/manager', '/p/src/old/manager.ts'), '/p/src/app');
    const keep = reachingSpecifiers(ref('./src/new/manager', '/p/src/new/manager.ts'), '/p/src/app');
    expect(keep).toEqual(['../new/manager', '@alias/manager']);
    const kept = legacy.filter((pattern) => !keep.some((specifier) => new RegExp(pattern).test(specifier)));
    expect(excludes(kept, '../old/manager')).toBe(true);
    expect(excludes(kept, '../new/manager')).toBe(false);
  });
});
