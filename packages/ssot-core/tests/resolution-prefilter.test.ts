import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, getResolverForFile, loadConfigForFile } from 'ssot-config';
import { runCheck } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// Resolving a specifier is most of what a check costs; the checks ask only for the resolutions that can change
// a finding. These tests count the resolver's lookups, so a check that resolves everything again fails here.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-core-test-');
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true } }));
  write('src/canonical.ts', 'export function format(): string { return ""; }\n');
  write('src/legacy.ts', "export { format } from './canonical';\nexport const version = 1;\n");
  write('src/helpers.ts', 'export const helper = 1;\nexport class Thing {}\n');
  write('src/factory.ts', "import { Thing } from './helpers';\nexport function makeThing(): Thing { return new Thing(); }\n");
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  return writeFile(root, relative, text);
}

function useConfig(config: object): void {
  write('ssot.config.json', JSON.stringify(config));
}

const symbolConfig = {
  symbols: [{ name: 'format', module: './src/canonical', legacy: [{ module: './src/legacy' }] }],
};

/** Runs one check on a file written with `text`; returns its findings and how many lookups the resolver served. */
function check(name: 'canonical-import' | 'use-factory', text: string) {
  const file = write('src/user.ts', text);
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const resolver = getResolverForFile(ts, file);
  loadConfigForFile(ts, file); // the config resolves its own modules: not counted
  const before = resolver.stats.lookups;
  const findings = runCheck(name, { ts, sourceFile });
  return { messages: findings.map((finding) => finding.messageId), lookups: resolver.stats.lookups - before };
}

describe('canonical-import resolves only what can hold a legacy name', () => {
  it('does not resolve named imports of names that are legacy nowhere', () => {
    useConfig(symbolConfig);
    const result = check('canonical-import', "import { version } from './legacy';\nimport { helper } from './helpers';\n");
    expect(result).toEqual({ messages: [], lookups: 0 });
  });

  it('resolves and reports a legacy name, and only its declaration', () => {
    useConfig(symbolConfig);
    const result = check('canonical-import', "import { helper } from './helpers';\nimport { format } from './legacy';\n");
    expect(result.messages).toEqual(['legacyImport']);
    expect(result.lookups).toBeGreaterThan(0);
  });

  it('resolves a legacy name imported from a module that is not legacy, and reports nothing', () => {
    useConfig(symbolConfig);
    const result = check('canonical-import', "import { format } from './canonical';\n");
    expect(result).toEqual({ messages: [], lookups: 1 });
  });

  it('resolves module-level sites whatever they name', () => {
    useConfig(symbolConfig);
    const result = check('canonical-import', "import * as legacy from './legacy';\nexport const f = legacy.format;\n");
    expect(result.messages).toEqual(['legacyModule']);
  });

  it('resolves every named import once a whole module moves', () => {
    useConfig({ modules: [{ legacy: './src/legacy', canonical: './src/canonical' }] });
    write('src/legacy.ts', "export { format } from './canonical';\n");
    const result = check('canonical-import', "import { format } from './legacy';\n");
    expect(result.messages).toEqual(['legacyImport']);
  });
});

// The check of a fix's evaluation order leaves the imports the fix does not change unresolved when the orders
// agree without knowing where they lead (load-order.ts, agreesWithKeptUnresolved): here they do, so it adds no lookup.

describe('canonical-import looks for an import to merge into among the lists the canonical module can satisfy', () => {
  it('does not resolve imports that name what the canonical module does not export', () => {
    useConfig(symbolConfig);
    const alone = check('canonical-import', "import { format } from './legacy';\n");
    const beside = check('canonical-import', "import { helper, Thing } from './helpers';\nimport { format } from './legacy';\n");
    expect(alone.messages).toEqual(['legacyImport']);
    expect(beside).toEqual({ messages: alone.messages, lookups: alone.lookups });
  });

  it('resolves an import whose names the canonical module exports, though none is legacy', () => {
    useConfig(symbolConfig);
    write('src/canonical.ts', 'export function format(): string { return ""; }\nexport const precision = 2;\n');
    const alone = check('canonical-import', "import { format } from './legacy';\n");
    const beside = check('canonical-import', "import { precision } from './helpers';\nimport { format } from './legacy';\n");
    expect(beside).toEqual({ messages: alone.messages, lookups: alone.lookups + 1 });
  });
});

describe('use-factory resolves an import only for a name the file constructs', () => {
  it('does not resolve imports of names never constructed', () => {
    useConfig({ symbols: [{ name: 'Thing', module: './src/helpers', factory: { module: './src/factory', name: 'makeThing' } }] });
    const result = check('use-factory', "import { helper } from './helpers';\nimport { format } from './canonical';\nexport const x = new Map([[helper, format]]);\n");
    expect(result).toEqual({ messages: [], lookups: 0 });
  });

  it('traces, looking for an existing import of the factory, only the imports that take its name', () => {
    useConfig({ symbols: [{ name: 'Thing', module: './src/helpers', factory: { module: './src/factory', name: 'makeThing' } }] });
    const alone = check('use-factory', "import { Thing } from './helpers';\nexport const t = new Thing();\n");
    const beside = check('use-factory', "import { Thing } from './helpers';\nimport { format } from './canonical';\nexport const t = [new Thing(), format];\n");
    expect(alone.messages[0]).toMatch(/^useFactory/);
    expect(beside).toEqual(alone);
  });

  it('resolves the constructed name and reports it', () => {
    useConfig({ symbols: [{ name: 'Thing', module: './src/helpers', factory: { module: './src/factory', name: 'makeThing' } }] });
    const result = check('use-factory', "import { format } from './canonical';\nimport { Thing } from './helpers';\nexport const t = [new Thing(), format];\n");
    expect(result.messages[0]).toMatch(/^useFactory/);
    expect(result.lookups).toBeGreaterThan(0);
  });
});
