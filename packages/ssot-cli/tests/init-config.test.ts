import * as path from 'node:path';
import * as ts from 'typescript';
import { getResolverForTsconfig, schemaPath } from 'ssot-config';
import { describe, expect, it } from 'vitest';
import { formatConfigJson } from '../src/config-json';
import { configSpecifier } from '../src/init-config';
import { schemaReference } from '../src/schema-reference';
import { fixturePath, repoRoot } from './helpers';

describe('configSpecifier', () => {
  it('leaves the extension out when the project resolves without it', () => {
    const dir = fixturePath('discovery');
    const resolver = getResolverForTsconfig(ts, path.join(dir, 'tsconfig.json'));

    expect(configSpecifier(resolver, path.join(dir, 'ssot.config.json'), path.join(dir, 'src/core/store.ts'))).toBe('./src/core/store');
  });

  it('writes the .js extension that NodeNext resolution requires', () => {
    const dir = fixturePath('nodenext');
    const resolver = getResolverForTsconfig(ts, path.join(dir, 'tsconfig.json'));

    expect(configSpecifier(resolver, path.join(dir, 'ssot.config.json'), path.join(dir, 'src/answer.ts'))).toBe('./src/answer.js');
  });
});

describe('schemaReference', () => {
  it('is a relative path to packages/ssot-config/schema.json inside this repository', () => {
    const dir = path.join(repoRoot, 'examples', 'websocket-app');

    expect(schemaReference(dir)).toBe('../../packages/ssot-config/schema.json');
    expect(path.resolve(dir, schemaReference(dir))).toBe(schemaPath);
  });

  it('is ./node_modules/ssot-config/schema.json outside it', () => {
    expect(schemaReference(path.parse(repoRoot).root)).toBe('./node_modules/ssot-config/schema.json');
  });
});

describe('formatConfigJson', () => {
  it('keeps plain objects and arrays on one line when they fit, and indents the rest', () => {
    const config = {
      $schema: './schema.json',
      symbols: [{ name: 'A', module: './a', legacy: [{ module: './old', name: 'OldA' }] }],
      ignore: ['**/*.generated.ts'],
    };

    expect(formatConfigJson(config)).toBe(
      [
        '{',
        '  "$schema": "./schema.json",',
        '  "symbols": [',
        '    {',
        '      "name": "A",',
        '      "module": "./a",',
        '      "legacy": [',
        '        { "module": "./old", "name": "OldA" }',
        '      ]',
        '    }',
        '  ],',
        '  "ignore": ["**/*.generated.ts"]',
        '}',
      ].join('\n'),
    );
  });

  it('round-trips through JSON.parse', () => {
    const value = { a: [1, 'two', null, { b: true }], c: {}, d: [], e: 'quote " and ] [ ' };

    expect(JSON.parse(formatConfigJson(value))).toEqual(value);
  });
});
