import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache } from 'ssot-config';
import { runCheck } from '../src/index';
import { createProgramSeries, makeTempRoot, writeFile } from './helpers/temp-project';

// protocol-conformance offers to rewrite a member's annotation to the protocol's only when every use of the member
// in the program still type-checks; the files that can hold a use are found by name, once per source file, and
// then asked of each program's checker. Programs here follow one another as tsserver makes them after an edit:
// unchanged files keep their source file objects.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-core-references-');
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: { module: 'preserve', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022'], strict: true, types: [] },
      include: ['src'],
    }),
  );
  write(
    'ssot.config.json',
    JSON.stringify({ symbols: [{ name: 'Store', module: './src/store', protocol: { module: './src/protocol', name: 'StoreProtocol' } }] }),
  );
  write(
    'src/protocol.ts',
    [
      "export type ItemId = string & { readonly brand: 'ItemId' };",
      'export interface StoreProtocol {',
      '  get(id: ItemId): string | undefined;',
      '}',
    ].join('\n'),
  );
  // `id: string` where the protocol says `id: ItemId`: the fix narrows it, safe while no caller passes a plain string.
  write(
    'src/store.ts',
    [
      "import type { StoreProtocol } from './protocol';",
      'export class Store implements StoreProtocol {',
      '  get(id: string): string | undefined { return id; }',
      '}',
    ].join('\n'),
  );
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): void {
  writeFile(root, relative, text);
}

/** The findings on src/store.ts: each one's message id, and whether it comes with a fix. */
function storeFindings(program: ts.Program) {
  const sourceFile = program.getSourceFile(path.join(root, 'src/store.ts'));
  if (!sourceFile) throw new Error('src/store.ts is not in the program');
  return runCheck('protocol-conformance', { ts, sourceFile, program }).map((finding) => ({
    messageId: finding.messageId,
    fixed: finding.fix !== undefined,
  }));
}

const FIXED = [{ messageId: 'parameterType', fixed: true }];
const NOT_FIXED = [{ messageId: 'parameterType', fixed: false }];

describe('protocol-conformance: the uses that decide a fix, across programs', () => {
  it('sees a call written into another file', () => {
    write('src/caller.ts', 'export const nothingYet = 1;\n');
    const nextProgram = createProgramSeries(root);
    expect(storeFindings(nextProgram())).toEqual(FIXED);

    write('src/caller.ts', "import { Store } from './store';\nexport const value = new Store().get('plain');\n");
    expect(storeFindings(nextProgram())).toEqual(NOT_FIXED);
  });

  it('sees an unchanged call come to mean the member after an edit elsewhere', () => {
    write('src/caller.ts', "import { make } from './factory';\nexport const value = make().get('plain');\n");
    write('src/factory.ts', 'export function make() {\n  return { get: (id: string) => id };\n}\n');
    const nextProgram = createProgramSeries(root);
    const first = nextProgram();
    expect(storeFindings(first)).toEqual(FIXED);

    write(
      'src/factory.ts',
      "import { Store } from './store';\nexport function make(): Store {\n  return new Store();\n}\n",
    );
    const second = nextProgram();
    const caller = path.join(root, 'src/caller.ts');
    expect(second.getSourceFile(caller)).toBe(first.getSourceFile(caller));
    expect(storeFindings(second)).toEqual(NOT_FIXED);
  });
});
