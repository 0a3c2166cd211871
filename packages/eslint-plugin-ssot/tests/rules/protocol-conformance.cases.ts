import type { RunTests } from '@typescript-eslint/rule-tester';
import type { InferMessageIdsTypeFromRule } from '@typescript-eslint/utils/eslint-utils';
import type rule from '../../src/rules/protocol-conformance';

// The table of protocol-conformance: the rule's tests run it through ESLint, test/typescript7-type-checks.test.ts
// through both backends of `ssot check`.

/*
 * Fixture project tests/fixtures/protocol (type-aware through projectService):
 *   src/types.ts      ItemId (a branded string), Item, Kind = 'memory' | 'disk', Version = 1 | 2
 *   src/protocol.ts   StoreProtocol { get(id: ItemId): Item | undefined; put(id: ItemId, item: Item): Promise<void>;
 *                     count(kind?: Kind): number; find?(query: string): Item[] }
 *                     DescribedProtocol { readonly label: string; readonly version: Version }
 *                     Repository<T> { load(id: string): Promise<T>; map<U>(f: (item: T) => U): U[] }
 *   ssot.config.json  StoreProtocol holds the canonical Store (src/store.ts) and, by name, NamedStore of
 *                     src/app/typed.ts; DescribedProtocol holds Described (src/described.ts); Repository holds
 *                     Repo (src/repo.ts).
 * src/app/typed.ts is on disk and in the tsconfig; each case supplies its text.
 */

const lines = (...text: string[]) => text.join('\n');

const HEADER = [
  "import type { Item, ItemId, Kind } from '../types';",
  "import type { StoreProtocol } from '../protocol';",
];

const CONFORMING = {
  get: 'get(id: ItemId): Item | undefined { return undefined; }',
  put: 'async put(id: ItemId, item: Item): Promise<void> {}',
  count: 'count(kind?: Kind): number { return kind ? 1 : 0; }',
};

/**
 * A store in typed.ts: lines 1-2 are the header, line 3 the class, then one line per member in the order
 * get (4), put (5), count (6). `null` leaves a member out.
 */
export function store(
  members: Partial<Record<keyof typeof CONFORMING, string | null>> = {},
  { header = HEADER, head = 'export class MemoryStore implements StoreProtocol {', after = [] as string[] } = {},
): string {
  const body = (Object.keys(CONFORMING) as (keyof typeof CONFORMING)[])
    .map((name) => (members[name] === undefined ? CONFORMING[name] : members[name]))
    .filter((member): member is string => member !== null)
    .map((member) => `  ${member}`);
  return lines(...header, head, ...body, '}', ...after);
}

const PROTOCOL = {
  get: 'get(id: ItemId): Item | undefined',
  put: 'put(id: ItemId, item: Item): Promise<void>',
  count: 'count(kind?: Kind): number',
};

/** The data of a report on `member` of MemoryStore: both signatures, and what the message says differs. */
function about(
  member: keyof typeof PROTOCOL,
  actual: string,
  detail: Record<string, string> = {},
  className = 'MemoryStore',
): Record<string, string> {
  return { className, member, protocol: 'StoreProtocol', expected: PROTOCOL[member], actual, ...detail };
}

/** A class held to DescribedProtocol, with `label` and `version` written as given (lines 3 and 4 after a 2-line header). */
const labelled = (header: string, label: string, version: string) =>
  lines(
    "import type { DescribedProtocol } from '../protocol';",
    header,
    'export class Labelled implements DescribedProtocol {',
    `  ${label}`,
    `  ${version}`,
    '}',
  );

const describedData = (member: 'label' | 'version', expected: string, actual: string, detail: Record<string, string>) => ({
  className: 'Labelled',
  member,
  protocol: 'DescribedProtocol',
  expected,
  actual,
  ...detail,
});

const missing = (member: keyof typeof PROTOCOL, className = 'MemoryStore') => ({
  className,
  member,
  protocol: 'StoreProtocol',
  expected: PROTOCOL[member],
});

export const protocolConformanceCases: RunTests<InferMessageIdsTypeFromRule<typeof rule>, []> = {
  valid: [
    // every member exactly as the protocol writes it; the optional `find` may be left out
    store(),
    // a structurally identical type written differently is the same type
    store({ get: 'get(id: ItemId): { readonly name: string } | undefined { return undefined; }' }),
    // an extra optional parameter, and a default value for an optional one, change nothing for callers
    store({ count: "count(kind: Kind = 'memory', verbose?: boolean): number { return verbose ? 1 : kind.length; }" }),
    // the optional member, written exactly
    store({}, { after: ['export class Finder extends MemoryStore { find(query: string): Item[] { return [{ name: query }]; } }'] }),
    // a class held to no configured protocol is not checked
    lines(
      'interface Local { get(id: number): string }',
      'export class Other implements Local { get(id: string): string { return id; } }',
    ),
    // NamedStore is held to the protocol by the config, without `implements`, and conforms
    store({}, { head: 'export class NamedStore {' }),
    // a generic protocol is instantiated with the class's type arguments; type parameters match by position
    lines(
      "import type { Item } from '../types';",
      "import type { Repository } from '../protocol';",
      'export class ItemRepo implements Repository<Item> {',
      '  async load(id: string): Promise<Item> { return { name: id }; }',
      "  map<V>(f: (item: Item) => V): V[] { return [f({ name: 'x' })]; }",
      '}',
    ),
    // renaming the protocol's `U` by position leaves the `U` inside the name `ÜU` alone, as JavaScript reads names
    lines(
      "import type { Repository } from '../protocol';",
      'interface ÜU { name: string }',
      'export class UmlautRepo implements Repository<ÜU> {',
      '  async load(id: string): Promise<ÜU> { return { name: id }; }',
      "  map<V>(f: (item: ÜU) => V): V[] { return [f({ name: 'x' })]; }",
      '}',
    ),
  ],
  invalid: [
    {
      // TypeScript accepts this (parameter bivariance); the rule does not. ItemId is already imported.
      code: store({ get: 'get(id: string): Item | undefined { return undefined; }' }),
      output: store(),
      errors: [
        {
          messageId: 'parameterType',
          data: about('get', 'get(id: string): Item | undefined', {
            parameter: 'id',
            actualType: 'string',
            expectedType: 'ItemId',
          }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // `any` is not the protocol's type either
      code: store({ get: 'get(id: any): Item | undefined { return undefined; }' }),
      output: store(),
      errors: [
        {
          messageId: 'parameterType',
          data: about('get', 'get(id: any): Item | undefined', { parameter: 'id', actualType: 'any', expectedType: 'ItemId' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // a property annotation; the type joins the file's `import type` of the module the protocol takes it from
      code: labelled("import type { Item } from '../types';", "readonly label: string = 'labelled';", 'readonly version: number = 1;'),
      output: labelled(
        "import type { Item, Version } from '../types';",
        "readonly label: string = 'labelled';",
        'readonly version: Version = 1;',
      ),
      errors: [
        {
          messageId: 'propertyType',
          data: describedData('version', 'version: Version', 'version: number', { actualType: 'number', expectedType: 'Version' }),
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
    {
      // both sides of the message show the class's annotation as written (`Keys`, which the checker spells
      // `keyof { one: 1; }`), not only the part that names the types
      code: labelled('type Keys = keyof { one: 1 };', "readonly label: string = 'labelled';", "readonly version: Keys = 'one';"),
      output: null,
      errors: [
        {
          messageId: 'propertyType',
          data: describedData('version', 'version: Version', 'version: Keys', { actualType: 'Keys', expectedType: 'Version' }),
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
    {
      // an annotation over several lines (members separated by line breaks alone) is shown as the checker writes it
      code: labelled('', "readonly label: string = 'labelled';", "readonly version: {\n    major: number\n    minor: number\n  } = { major: 1, minor: 0 };"),
      output: null,
      errors: [
        {
          messageId: 'propertyType',
          data: describedData('version', 'version: Version', 'version: { major: number; minor: number; }', {
            actualType: '{ major: number; minor: number; }',
            expectedType: 'Version',
          }),
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
    {
      // an accessor pair shows the getter's annotation as written, on both sides of the message
      code: labelled(
        'type Keys = keyof { one: 1 };',
        "readonly label: string = 'labelled';",
        "get version(): Keys { return 'one'; }\n  set version(value: Keys) { void value; }",
      ),
      output: null,
      errors: [
        {
          messageId: 'propertyType',
          data: describedData('version', 'version: Version', 'version: Keys', { actualType: 'Keys', expectedType: 'Version' }),
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 14,
        },
      ],
    },
    {
      // ...or a value import of that module, as an inline `type`
      code: labelled("import { type Item } from '../types';", "readonly label: string = 'labelled';", 'readonly version: number = 1;'),
      output: labelled(
        "import { type Item, type Version } from '../types';",
        "readonly label: string = 'labelled';",
        'readonly version: Version = 1;',
      ),
      errors: [
        {
          messageId: 'propertyType',
          data: describedData('version', 'version: Version', 'version: number', { actualType: 'number', expectedType: 'Version' }),
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
    {
      // ...or a new `import type` after the file's last import
      code: lines(
        "import type { DescribedProtocol } from '../protocol';",
        'export class Labelled implements DescribedProtocol {',
        "  readonly label: string = 'labelled';",
        '  readonly version: number = 1;',
        '}',
      ),
      output: lines(
        "import type { DescribedProtocol } from '../protocol';",
        "import type { Version } from '../types';",
        'export class Labelled implements DescribedProtocol {',
        "  readonly label: string = 'labelled';",
        '  readonly version: Version = 1;',
        '}',
      ),
      errors: [
        {
          messageId: 'propertyType',
          data: describedData('version', 'version: Version', 'version: number', { actualType: 'number', expectedType: 'Version' }),
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 19,
        },
      ],
    },
    {
      // a return type only the annotation separates: the body returns what the protocol's type allows
      code: store({ count: 'count(kind?: Kind): 0 | 1 { return kind ? 1 : 0; }' }),
      output: store(),
      errors: [
        {
          messageId: 'returnType',
          data: about('count', 'count(kind?: Kind): 0 | 1', { actualType: '0 | 1', expectedType: 'number' }),
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      // `null` is not `undefined`, and the body returns null: the protocol's annotation would not type-check
      code: store({ get: 'get(id: ItemId): Item | null { return null; }' }),
      output: null,
      errors: [
        {
          messageId: 'returnType',
          data: about('get', 'get(id: ItemId): Item | null', { actualType: 'Item | null', expectedType: 'Item | undefined' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // a caller passes a plain string: narrowing the parameter would break it, so no fix
      code: store(
        { get: 'get(id: string): Item | undefined { return undefined; }' },
        { after: ["new MemoryStore().get('raw');"] },
      ),
      output: null,
      errors: [
        {
          messageId: 'parameterType',
          data: about('get', 'get(id: string): Item | undefined', { parameter: 'id', actualType: 'string', expectedType: 'ItemId' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // the class itself passes a plain string, through `this` (which TypeScript resolves to the declared method,
      // not to the class type's copy of it): narrowing the parameter would break that call, so no fix
      code: store({
        get: 'get(id: string): Item | undefined { return undefined; }',
        count: "count(kind?: Kind): number { return this.get('raw') ? 1 : 0; }",
      }),
      output: null,
      errors: [
        {
          messageId: 'parameterType',
          data: about('get', 'get(id: string): Item | undefined', { parameter: 'id', actualType: 'string', expectedType: 'ItemId' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // a subclass passes a plain string through `this`: no fix either
      code: store(
        { get: 'get(id: string): Item | undefined { return undefined; }' },
        { after: ["export class Sub extends MemoryStore { raw(): void { this.get('raw'); } }"] },
      ),
      output: null,
      errors: [
        {
          messageId: 'parameterType',
          data: about('get', 'get(id: string): Item | undefined', { parameter: 'id', actualType: 'string', expectedType: 'ItemId' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // the body compares with a value outside Kind, which the protocol's type would make an error: no fix
      code: store({ count: "count(kind?: string): number { return kind === 'tape' ? 1 : 0; }" }),
      output: null,
      errors: [
        {
          messageId: 'parameterType',
          data: about('count', 'count(kind?: string): number', { parameter: 'kind', actualType: 'string', expectedType: 'Kind' }),
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      // synchronous where the protocol returns a promise: more than an annotation differs
      code: store({ put: 'put(id: ItemId, item: Item): void {}' }),
      output: null,
      errors: [
        {
          messageId: 'synchronousReturn',
          data: about('put', 'put(id: ItemId, item: Item): void', { actualType: 'void', expectedType: 'Promise<void>' }),
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 6,
        },
      ],
    },
    {
      code: store({ count: 'async count(kind?: Kind): Promise<number> { return kind ? 1 : 0; }' }),
      output: null,
      errors: [
        {
          messageId: 'asynchronousReturn',
          data: about('count', 'count(kind?: Kind): Promise<number>', { actualType: 'Promise<number>', expectedType: 'number' }),
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 14,
        },
      ],
    },
    {
      code: store({ get: 'get(id?: ItemId): Item | undefined { return undefined; }' }),
      output: null,
      errors: [
        {
          messageId: 'optionalParameter',
          data: about('get', 'get(id?: ItemId): Item | undefined', { parameter: 'id' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      code: store({ count: 'count(kind: Kind): number { return kind.length; }' }),
      output: null,
      errors: [
        {
          messageId: 'requiredParameter',
          data: about('count', 'count(kind: Kind): number', { parameter: 'kind' }),
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
        },
      ],
    },
    {
      code: store({ put: 'async put(id: ItemId, item: Item, reason: string): Promise<void> {}' }),
      output: null,
      errors: [
        {
          messageId: 'extraRequiredParameter',
          data: about('put', 'put(id: ItemId, item: Item, reason: string): Promise<void>', { parameter: 'reason' }),
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      code: store({ put: 'async put(id: ItemId): Promise<void> {}' }),
      output: null,
      errors: [
        {
          messageId: 'fewerParameters',
          data: about('put', 'put(id: ItemId): Promise<void>', { parameter: 'item' }),
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      code: store({ get: 'get<T>(id: ItemId): Item | undefined { return undefined; }' }),
      output: null,
      errors: [
        {
          messageId: 'typeParameters',
          data: about('get', 'get<T>(id: ItemId): Item | undefined', { expectedCount: '0', actualCount: '1' }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      code: store({
        get: lines(
          'get(id: ItemId): Item | undefined;',
          '  get(id: ItemId, fallback: Item): Item;',
          '  get(id: ItemId, fallback?: Item): Item | undefined { return fallback; }',
        ),
      }),
      output: null,
      errors: [
        {
          messageId: 'overloads',
          data: about('get', 'get(id: ItemId): Item | undefined; get(id: ItemId, fallback: Item): Item', {
            expectedCount: '1',
            actualCount: '2',
          }),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      code: store({ count: 'private count(kind?: Kind): number { return kind ? 1 : 0; }' }),
      output: null,
      errors: [
        {
          messageId: 'hiddenMember',
          data: about('count', 'count(kind?: Kind): number', { visibility: 'private' }),
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 16,
        },
      ],
    },
    {
      code: store({ count: 'readonly count = 0;' }),
      output: null,
      errors: [
        { messageId: 'notCallable', data: about('count', 'count: 0'), line: 6, column: 12, endLine: 6, endColumn: 17 },
      ],
    },
    {
      code: labelled("import type { Version } from '../types';", "readonly label?: string = 'labelled';", 'readonly version: Version = 1;'),
      output: null,
      errors: [
        {
          messageId: 'optionalProperty',
          data: describedData('label', 'label: string', 'label?: string', {}),
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 17,
        },
      ],
    },
    {
      // inherited from a base class: reported on the class; the annotation to fix is in the base class
      code: store(
        { get: null },
        {
          head: lines(
            'class Base { get(id: string): Item | undefined { return undefined; } }',
            'export class MemoryStore extends Base implements StoreProtocol {',
          ),
        },
      ),
      output: null,
      errors: [
        {
          messageId: 'parameterType',
          data: about('get', 'get(id: string): Item | undefined', { parameter: 'id', actualType: 'string', expectedType: 'ItemId' }),
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      // the protocol's side shows the instantiated type: Promise<Item>, not Promise<T>
      code: lines(
        "import type { Item } from '../types';",
        "import type { Repository } from '../protocol';",
        'export class ItemRepo implements Repository<Item> {',
        '  async load(id: string): Promise<Item | undefined> { return { name: id }; }',
        "  map<U>(f: (item: Item) => U): U[] { return [f({ name: 'x' })]; }",
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'returnType',
          data: {
            className: 'ItemRepo',
            member: 'load',
            protocol: 'Repository',
            expected: 'load(id: string): Promise<Item>',
            actual: 'load(id: string): Promise<Item | undefined>',
            actualType: 'Promise<Item | undefined>',
            expectedType: 'Promise<Item>',
          },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
        },
      ],
    },
    {
      // a class expression is known by its variable, and fixed like any class
      code: store(
        { get: 'get(id: string): Item | undefined { return undefined; }' },
        { head: 'export const Anonymous = class implements StoreProtocol {' },
      ),
      output: store({}, { head: 'export const Anonymous = class implements StoreProtocol {' }),
      errors: [
        {
          messageId: 'parameterType',
          data: about(
            'get',
            'get(id: string): Item | undefined',
            { parameter: 'id', actualType: 'string', expectedType: 'ItemId' },
            'Anonymous',
          ),
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
        },
      ],
    },
    {
      // a missing member: reported on the class, with a suggestion that adds it with the protocol's signature
      code: store({ count: null }),
      output: null,
      errors: [
        {
          messageId: 'missingMember',
          data: missing('count'),
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addMember',
              data: { member: 'count', protocol: 'StoreProtocol' },
              output: lines(
                ...HEADER,
                'export class MemoryStore implements StoreProtocol {',
                `  ${CONFORMING.get}`,
                `  ${CONFORMING.put}`,
                '',
                '  count(kind?: Kind): number {',
                "    throw new Error('MemoryStore.count is not implemented');",
                '  }',
                '}',
              ),
            },
          ],
        },
      ],
    },
    {
      // NamedStore is held to the protocol by the config alone; each suggestion imports what its signature names
      code: lines(
        "import type { Kind } from '../types';",
        'export class NamedStore {',
        '  count(kind?: Kind): number { return kind ? 1 : 0; }',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'missingMember',
          data: missing('get', 'NamedStore'),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addMember',
              data: { member: 'get', protocol: 'StoreProtocol' },
              output: lines(
                "import type { Kind, ItemId, Item } from '../types';",
                'export class NamedStore {',
                '  count(kind?: Kind): number { return kind ? 1 : 0; }',
                '',
                '  get(id: ItemId): Item | undefined {',
                "    throw new Error('NamedStore.get is not implemented');",
                '  }',
                '}',
              ),
            },
          ],
        },
        {
          messageId: 'missingMember',
          data: missing('put', 'NamedStore'),
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addMember',
              data: { member: 'put', protocol: 'StoreProtocol' },
              output: lines(
                "import type { Kind, ItemId, Item } from '../types';",
                'export class NamedStore {',
                '  count(kind?: Kind): number { return kind ? 1 : 0; }',
                '',
                '  put(id: ItemId, item: Item): Promise<void> {',
                "    throw new Error('NamedStore.put is not implemented');",
                '  }',
                '}',
              ),
            },
          ],
        },
      ],
    },
    {
      // `Item` names a local value here, so importing the protocol's `Item` would clash: no suggestion
      code: lines(
        "import type { ItemId, Kind } from '../types';",
        "const Item = 'shadow';",
        'export class NamedStore {',
        '  async put(id: ItemId, item: { readonly name: string }): Promise<void> {}',
        '  count(kind?: Kind): number { return kind ? Item.length : 0; }',
        '}',
      ),
      output: null,
      errors: [
        {
          messageId: 'missingMember',
          data: missing('get', 'NamedStore'),
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
  ],
};
