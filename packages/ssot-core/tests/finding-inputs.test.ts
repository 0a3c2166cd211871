import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache } from 'ssot-config';
import { findingInputsDigest } from '../src/finding-inputs';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// The digest stands for everything ssot's findings in a file depend on besides the file's own text (ESLint's
// cache keys on it). Each case edits one file of a small project and says whether the digest must change: an
// edit that can change some other file's findings must; an edit that cannot should not, or every run after it
// lints every file again.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-finding-inputs-');
  writeFile(root, 'package.json', JSON.stringify({ name: 'app', exports: { '.': './src/index.ts' } }));
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler' } }));
  writeFile(
    root,
    'ssot.config.json',
    JSON.stringify({
      symbols: [
        { name: 'Store', module: './src/store', legacy: [{ module: './src/old-store' }], protocol: { module: './src/protocol', name: 'StoreProtocol' } },
      ],
    }),
  );
  writeFile(root, 'src/protocol.ts', "import type { Key } from './key';\nexport interface StoreProtocol { get(key: Key): string }\n");
  writeFile(root, 'src/key.ts', 'export type Key = string;\n');
  writeFile(root, 'src/store.ts', "import type { StoreProtocol } from './protocol';\nexport class Store implements StoreProtocol { get(key: string) { return key; } }\n");
  writeFile(root, 'src/old-store.ts', "export { Store } from './store';\n");
  writeFile(root, 'src/app.ts', "import { Store } from './old-store';\nexport const store = new Store();\n");
  writeFile(root, 'src/util.ts', 'export const twice = (n: number) => n * 2;\n');
  writeFile(root, 'src/memory-store.ts', 'export class MemoryStore { get(key: string) { return key; } }\n');
  writeFile(root, 'src/app.test.ts', "import { store } from './app';\nconsole.log(store);\n");
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const edits: { edit: string; changes: boolean; apply(): void }[] = [
  { edit: 'the config', changes: true, apply: () => writeFile(root, 'ssot.config.json', '{ "symbols": [] }') },
  { edit: 'the tsconfig', changes: true, apply: () => writeFile(root, 'tsconfig.json', '{ "compilerOptions": { "module": "nodenext" } }') },
  { edit: 'a canonical module', changes: true, apply: () => writeFile(root, 'src/store.ts', 'export class Store {}\n') },
  { edit: 'a legacy module', changes: true, apply: () => writeFile(root, 'src/old-store.ts', "import './util';\nexport { Store } from './store';\n") },
  { edit: 'the protocol module', changes: true, apply: () => writeFile(root, 'src/protocol.ts', 'export interface StoreProtocol { get(key: string): string; size: number }\n') },
  { edit: 'a module the protocol imports', changes: true, apply: () => writeFile(root, 'src/key.ts', 'export type Key = number;\n') },
  { edit: 'the package.json of a named module', changes: true, apply: () => writeFile(root, 'package.json', JSON.stringify({ name: 'app' })) },
  { edit: 'a mock of a legacy module added to a test', changes: true, apply: () => writeFile(root, 'src/app.test.ts', "import { store } from './app';\nvi.mock('./old-store');\nconsole.log(store);\n") },
  { edit: 'a new class in another file', changes: true, apply: () => writeFile(root, 'src/other.ts', 'export class Other { get(key: string) { return key; } }\n') },
  { edit: 'the heritage of a class in another file', changes: true, apply: () => writeFile(root, 'src/app.ts', "import { Store } from './old-store';\nexport const store = new Store();\nexport class Sub extends Store {}\n") },
  { edit: 'an ng-package.json added (an Angular entry point)', changes: true, apply: () => writeFile(root, 'src/ng-package.json', '{}') },
  { edit: "a package.json with `ngPackage` added (an entry point ng-packagr's older way)", changes: true, apply: () => writeFile(root, 'src/lib/package.json', '{ "ngPackage": {} }') },
  { edit: 'a name given to a package.json above importers only', changes: true, apply: () => writeFile(root, 'src/feature/package.json', '{ "name": "feature" }') },
  { edit: 'a package.json that makes importers ES modules (`type`)', changes: true, apply: () => writeFile(root, 'src/feature/package.json', '{ "type": "module" }') },
  { edit: 'a second config below the root', changes: true, apply: () => writeFile(root, 'packages/a/ssot.config.json', '{ "symbols": [] }') },
  { edit: 'a method body of a class', changes: false, apply: () => writeFile(root, 'src/memory-store.ts', 'export class MemoryStore { get(key: string) { return key.trim(); } }\n') },
  { edit: 'a module nothing named reaches', changes: false, apply: () => writeFile(root, 'src/util.ts', 'export const twice = (n: number) => n + n;\n') },
  { edit: 'code outside classes in an importer', changes: false, apply: () => writeFile(root, 'src/app.ts', "import { Store } from './old-store';\nexport const store = new Store();\nexport const more = 1;\n") },
  { edit: 'a file under node_modules', changes: false, apply: () => writeFile(root, 'node_modules/x/ssot.config.json', '{}') },
];

describe('findingInputsDigest', () => {
  it.each(edits)('$edit: changes the digest = $changes', ({ apply, changes }) => {
    const before = findingInputsDigest(ts, root);
    expect(findingInputsDigest(ts, root)).toBe(before);
    apply();
    clearCache();
    expect(findingInputsDigest(ts, root) !== before).toBe(changes);
  });

  it('covers the config above the directory it starts from', () => {
    const below = path.join(root, 'src');
    const before = findingInputsDigest(ts, below);
    writeFile(root, 'ssot.config.json', '{ "symbols": [] }');
    clearCache();
    expect(findingInputsDigest(ts, below)).not.toBe(before);
  });

  it('takes a broken config as its text: the rules report it, the digest still changes when it is fixed', () => {
    writeFile(root, 'ssot.config.json', '{ "symbols": [ ');
    clearCache();
    const broken = findingInputsDigest(ts, root);
    writeFile(root, 'ssot.config.json', '{ "symbols": [] }');
    clearCache();
    expect(findingInputsDigest(ts, root)).not.toBe(broken);
  });
});
