import * as fs from 'node:fs';
import type { RunTests } from '@typescript-eslint/rule-tester';
import type { InferMessageIdsTypeFromRule } from '@typescript-eslint/utils/eslint-utils';
import type rule from '../../src/rules/single-implementation';
import { fixtureFile } from '../rule-tester';

// The tables of single-implementation: the rule's tests run them through ESLint, test/typescript7-type-checks.test.ts
// through both backends of `ssot check`.

/*
 * Fixture project tests/fixtures/implementations (type-aware through projectService):
 *   StoreProtocol (src/store/protocol), canonical class Store (src/store/store), at most 1; the config also
 *   names LegacyStore (src/store/legacy-store), which does not conform. Counted, in this order:
 *     1 Store                base: the canonical class           (src/store/store.ts)
 *     2 PrefixStore          extends abstract BaseStore           (src/store/base-store.ts)
 *     3 LegacyStore          named in the config                  (src/store/legacy-store.ts)
 *     4 MapStore             every member, no `implements`        (src/store/map-store.ts)
 *     5 MemoryStore          `implements StoreProtocol as Protocol` (src/store/memory-store.ts)
 *     6 PatchedLegacyStore   extends LegacyStore                  (src/store/patched-store.ts)
 *   Not counted: BaseStore (abstract), AlmostStore (no `set`), FakeStore (src/store/store.spec.ts) and
 *   RecordingStore (test/recording-store.ts), test files by the default globs.
 *   CacheProtocol (src/cache/protocol), at most 2: Cache (canonical), LruCache, TtlCache, all `implements`.
 * src/typed.ts is a scratch file whose text the second table supplies; it sorts after every other file. The project service keeps the last
 * text it was given, so the tables on the files as they are on disk run first.
 */
export const project = (file: string) => fixtureFile('implementations', file);

const lines = (...text: string[]) => text.join('\n');

/** A file of the fixture, linted as it is on disk. */
const onDisk = (file: string) => ({ filename: project(file), code: fs.readFileSync(project(file), 'utf8') });

const STORES = {
  Store: 'Store (src/store/store.ts)',
  PrefixStore: 'PrefixStore (src/store/base-store.ts)',
  LegacyStore: 'LegacyStore (src/store/legacy-store.ts)',
  MapStore: 'MapStore (src/store/map-store.ts)',
  MemoryStore: 'MemoryStore (src/store/memory-store.ts)',
  PatchedLegacyStore: 'PatchedLegacyStore (src/store/patched-store.ts)',
};

/** The message data of the n-th implementation of StoreProtocol (at most 1). */
function storeData(className: string, position: number, how: string, others: readonly string[]) {
  return {
    className,
    position: String(position),
    protocol: 'StoreProtocol',
    how,
    max: '1',
    verb: 'is',
    others: others.join(', '),
    allowed: "'Store'",
  };
}

/** The five stores of the fixture other than `className`. */
const otherStores = (className: keyof typeof STORES) =>
  Object.entries(STORES)
    .filter(([name]) => name !== className)
    .map(([, shown]) => shown);

/** The fixture as it is on disk. */
export const onDiskCases: RunTests<InferMessageIdsTypeFromRule<typeof rule>, []> = {
  valid: [
    // the canonical class is always allowed, first
    onDisk('src/store/store.ts'),
    // abstract classes, near misses and test files are not counted (the positions below prove it too)
    onDisk('src/store/almost-store.ts'),
    onDisk('src/store/store.spec.ts'),
    onDisk('test/recording-store.ts'),
    onDisk('src/store/protocol.ts'),
    // maxImplementations 2: the canonical class and the next one
    onDisk('src/cache/cache.ts'),
    onDisk('src/cache/lru-cache.ts'),
  ],
  invalid: [
    {
      // a concrete subclass of an (abstract) implementation is an implementation; BaseStore itself is not
      ...onDisk('src/store/base-store.ts'),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('PrefixStore', 2, "it extends 'BaseStore'", otherStores('PrefixStore')),
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 25,
        },
      ],
    },
    {
      // named in the config's `implementations`, although it never says `implements` and does not conform
      ...onDisk('src/store/legacy-store.ts'),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('LegacyStore', 3, 'named in ssot.config.json', otherStores('LegacyStore')),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 25,
        },
      ],
    },
    {
      // structural: every member of the protocol, no `implements`
      ...onDisk('src/store/map-store.ts'),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('MapStore', 4, 'its members match the protocol', otherStores('MapStore')),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 22,
        },
      ],
    },
    {
      // explicit, through a renamed import of the protocol
      ...onDisk('src/store/memory-store.ts'),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('MemoryStore', 5, "declared with 'implements'", otherStores('MemoryStore')),
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
    {
      // a subclass of a config-named implementation
      ...onDisk('src/store/patched-store.ts'),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('PatchedLegacyStore', 6, "it extends 'LegacyStore'", otherStores('PatchedLegacyStore')),
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 32,
        },
      ],
    },
    {
      // maxImplementations 2: the third is reported, and the message names both allowed classes
      ...onDisk('src/cache/ttl-cache.ts'),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: {
            className: 'TtlCache',
            position: '3',
            protocol: 'CacheProtocol',
            how: "declared with 'implements'",
            max: '2',
            verb: 'are',
            others: 'Cache (src/cache/cache.ts), LruCache (src/cache/lru-cache.ts)',
            allowed: "'Cache' or 'LruCache'",
          },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 22,
        },
      ],
    },
  ],
};


/** StoreProtocol's members, for classes written in the scratch file. */
const STORE_MEMBERS = [
  '  get(key: string): string | undefined { return key; }',
  '  set(key: string, value: string): void { void key; void value; }',
];

/** Every store of the fixture, then the scratch file's classes. */
const storesWith = (...scratch: string[]) => [...Object.values(STORES), ...scratch.map((name) => `${name} (src/typed.ts)`)];

/** Classes written in src/typed.ts. */
export const writtenCases: RunTests<InferMessageIdsTypeFromRule<typeof rule>, []> = {
  valid: [
    // a near miss: `set` is missing
    lines('export class Partial {', STORE_MEMBERS[0] ?? '', '}'),
    // a near miss: one member has another type
    lines('export class Numbers {', '  get(key: string): number { return key.length; }', STORE_MEMBERS[1] ?? '', '}'),
    // abstract: it cannot be constructed
    lines(
      "import type { StoreProtocol } from './store/protocol';",
      'export abstract class Skeleton implements StoreProtocol {',
      ...STORE_MEMBERS,
      '}',
    ),
    // ambient: declared here, implemented elsewhere
    lines(
      "import type { StoreProtocol } from './store/protocol';",
      'export declare class Declared implements StoreProtocol {',
      '  get(key: string): string | undefined;',
      '  set(key: string, value: string): void;',
      '}',
    ),
    // an unrelated protocol
    lines('interface Shape { area(): number }', 'export class Square implements Shape {', '  area(): number { return 1; }', '}'),
    // a near miss whose missing member is only a static one
    lines('export class Statics {', STORE_MEMBERS[0] ?? '', '  static set(key: string, value: string): void { void key; void value; }', '}'),
    // a near miss with a computed name that is not a member of the protocol
    lines('export class Iterable {', STORE_MEMBERS[0] ?? '', '  *[Symbol.iterator](): Iterator<string> { yield "set"; }', '}'),
    // a near miss, with an interface merged into it that adds nothing the protocol asks for
    lines('export interface Merged { clear(): void }', 'export class Merged {', STORE_MEMBERS[0] ?? '', '  clear(): void {}', '}'),
  ],
  invalid: [
    {
      // explicit, in the file that sorts last: position 7
      code: lines(
        "import type { StoreProtocol } from './store/protocol';",
        'export class ExtraStore implements StoreProtocol {',
        ...STORE_MEMBERS,
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('ExtraStore', 7, "declared with 'implements'", storesWith()),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 24,
        },
      ],
    },
    {
      // a class expression without a name: reported on `class`, named after its variable
      code: lines(
        "import type { StoreProtocol } from './store/protocol';",
        'export const Anonymous = class implements StoreProtocol {',
        ...STORE_MEMBERS,
        '};',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('Anonymous', 7, "declared with 'implements'", storesWith()),
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 31,
        },
      ],
    },
    {
      // two classes in one file, each reported with the other among "the others"
      code: lines(
        "import * as protocols from './store/protocol';",
        'export class First implements protocols.StoreProtocol {',
        ...STORE_MEMBERS,
        '}',
        'export class Second {',
        ...STORE_MEMBERS,
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('First', 7, "declared with 'implements'", storesWith('Second')),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 19,
        },
        {
          messageId: 'tooManyImplementations',
          data: storeData('Second', 8, 'its members match the protocol', storesWith('First')),
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 20,
        },
      ],
    },
    {
      // structural through an interface merged into the class: `set` is in no class body
      code: lines(
        'export interface Merged { set(key: string, value: string): void }',
        'export class Merged {',
        STORE_MEMBERS[0] ?? '',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('Merged', 7, 'its members match the protocol', storesWith()),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 20,
        },
      ],
    },
    {
      // structural through constructor parameter properties
      code: lines(
        'export class Injected {',
        '  constructor(',
        '    readonly get: (key: string) => string | undefined,',
        '    private readonly store: Map<string, string>,',
        '    public set: (key: string, value: string) => void,',
        '  ) {}',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('Injected', 7, 'its members match the protocol', storesWith()),
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 22,
        },
      ],
    },
    {
      // structural through a base class that is not an implementation itself (it has no `set`)
      code: lines(
        'class Getter {',
        STORE_MEMBERS[0] ?? '',
        '}',
        'export class Setter extends Getter {',
        STORE_MEMBERS[1] ?? '',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('Setter', 7, 'its members match the protocol', storesWith()),
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 20,
        },
      ],
    },
    {
      // structural through computed and quoted member names
      code: lines(
        "const SET = 'set';",
        'export class Computed {',
        "  ['get'](key: string): string | undefined { return key; }",
        '  [SET](key: string, value: string): void { void key; void value; }',
        '}',
        'export class Quoted {',
        "  'get'(key: string): string | undefined { return key; }",
        '  "set"(key: string, value: string): void { void key; void value; }',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('Computed', 7, 'its members match the protocol', storesWith('Quoted')),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 22,
        },
        {
          messageId: 'tooManyImplementations',
          data: storeData('Quoted', 8, 'its members match the protocol', storesWith('Computed')),
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 20,
        },
      ],
    },
    {
      // one class, two protocols: one report per protocol
      code: lines(
        "import type { CacheProtocol } from './cache/protocol';",
        "import type { StoreProtocol } from './store/protocol';",
        'export class Everything implements StoreProtocol, CacheProtocol {',
        ...STORE_MEMBERS,
        '  lookup(key: string): number | undefined { return key.length; }',
        '  remember(key: string, value: number): void { void key; void value; }',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'tooManyImplementations',
          data: storeData('Everything', 7, "declared with 'implements'", storesWith()),
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 24,
        },
        {
          messageId: 'tooManyImplementations',
          data: {
            className: 'Everything',
            position: '4',
            protocol: 'CacheProtocol',
            how: "declared with 'implements'",
            max: '2',
            verb: 'are',
            others: 'Cache (src/cache/cache.ts), LruCache (src/cache/lru-cache.ts), TtlCache (src/cache/ttl-cache.ts)',
            allowed: "'Cache' or 'LruCache'",
          },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
  ],
};
