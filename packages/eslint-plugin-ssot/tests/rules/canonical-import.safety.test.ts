import { describe } from 'vitest';
import rule from '../../src/rules/canonical-import';
import { createRuleTester, fixtureFile } from '../rule-tester';

/*
 * A fix must leave the program doing what it did: not only each name bound to the same declaration, but the
 * module's export set, its side effects and their order, its mocks, the comments around its import, and a
 * package's public exports. One table, run without and with type information: both must give the same answers.
 *
 * Fixture `safety` (moduleResolution bundler, resolveJsonModule):
 *   canon/client     `export type { Client, ClientOptions }` of impl/client; legacy/client re-exports both as values
 *   canon/renamed    `create`; legacy/renamed re-exports it as `make`
 *   wide/canon       `a` and `dangerousReset`; wide/legacy (moved whole) re-exports `a` only, wide/same both
 *   self/canon       canonical home of Token, and `export * from './old'`, the legacy module that declares it
 *   fx/thing         Thing, canonical; legacy homes: registering (`import './register'`, which prints), noisy
 *                    (prints when loaded), warned (a console.warn deprecation), augmenting (`declare module`),
 *                    with-default (a default export of its own)
 *   fx/loud          prints when loaded, exports value and other; fx/loud-shim re-exports value; fx/polyfill prints
 *   amb/canon        `export *` of a and b, which both export Dup (TS2308); amb/legacy re-exports a's Dup
 *   data/new.json    canonical for data/old-data (moved whole), which re-exports the JSON's default
 *   quote/it's       canonical for quote/old
 *   orders/          legacy-orders re-exports orders' fetchOrders; orders/service.test.ts mocks legacy-orders
 *   legacy-lib       a package that exists only as `declare module 'legacy-lib'` (src/types), moved to src/new-lib
 *   packages/a       workspace package @scope/a (node_modules/@scope/a links to it), exports `./canon` and
 *                    `./legacy`; the config names its canonical module by path
 *   cyc/index        canonical barrel of LOCALE: `export *` of cyc/greeting, then of cyc/locale, which declares it;
 *                    cyc/locale-legacy re-exports it, and cyc/greeting reads it at its top level through that shim
 */
const file = (path: string) => fixtureFile('safety', path);

const setups = [
  { name: 'without type information', languageOptions: {} },
  {
    name: 'with type information',
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: file('') },
    },
  },
];

const lines = (...text: string[]) => text.join('\n');

describe.for(setups)('canonical-import, $name', ({ languageOptions }) => {
  const tester = createRuleTester({ defaultFilenames: { ts: file('src/app/typed.ts'), tsx: file('src/app/typed.tsx') }, languageOptions });

  describe('type-only exports', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // the canonical module exports Client with `export type`: a value use cannot move there (TS1362)
          code: lines("import { Client } from '../legacy/client';", 'new Client();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'Client' from '../canon/client'",
                specifier: '../legacy/client',
                reason: "'../canon/client' exports 'Client' as a type only (`export type`), and this site may use it as a value",
              },
              line: 1,
              column: 24,
              endLine: 1,
              endColumn: 42,
              suggestions: [],
            },
          ],
        },
        {
          // used only as a type, the import may move there
          code: lines("import { Client } from '../legacy/client';", 'export let client: Client | undefined;'),
          output: lines("import { Client } from '../canon/client';", 'export let client: Client | undefined;'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 24, endLine: 1, endColumn: 42 }],
        },
        {
          // the names that can move do; the one that cannot stays, and the message says why
          code: lines("import { Client, ClientOptions } from '../legacy/client';", 'export const make = (o: ClientOptions) => new Client();'),
          output: lines(
            "import { Client } from '../legacy/client';",
            "import { ClientOptions } from '../canon/client';",
            'export const make = (o: ClientOptions) => new Client();',
          ),
          errors: [
            {
              messageId: 'legacyImportPartly',
              data: {
                targets: "'Client', 'ClientOptions' from '../canon/client'",
                specifier: '../legacy/client',
                kept: "'Client'",
                reason: "'../canon/client' exports 'Client' as a type only (`export type`), and this site may use it as a value",
              },
              line: 1,
              column: 39,
              endLine: 1,
              endColumn: 57,
            },
          ],
        },
      ],
    });
  });

  describe('whole-module sites move only to the same export set', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // `export *` would re-export dangerousReset too
          code: "export * from '../wide/legacy';",
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: '../wide/legacy',
                canonical: '../wide/canon',
                reason: "'../wide/canon' also exports 'dangerousReset', which this site would take",
              },
              line: 1,
              column: 15,
              endLine: 1,
              endColumn: 31,
              suggestions: [],
            },
          ],
        },
        {
          // a namespace that escapes would gain a key
          code: lines("import * as ns from '../wide/legacy';", 'console.log(Object.keys(ns));'),
          output: null,
          errors: [{ messageId: 'legacyModuleUnsafe', line: 1, column: 21, endLine: 1, endColumn: 37, suggestions: [] }],
        },
        {
          // a namespace read by name moves
          code: lines("import * as ns from '../wide/legacy';", 'console.log(ns.a);'),
          output: lines("import * as ns from '../wide/canon';", 'console.log(ns.a);'),
          errors: [{ messageId: 'legacyModule', line: 1, column: 21, endLine: 1, endColumn: 37 }],
        },
        {
          // the same export set: `export *` moves
          code: "export * from '../wide/same';",
          output: "export * from '../wide/canon';",
          errors: [{ messageId: 'legacyModule', line: 1, column: 15, endLine: 1, endColumn: 29 }],
        },
        {
          // the canonical module's own `export *` of the legacy module would re-export itself
          code: "export * from './old';",
          filename: file('src/self/canon.ts'),
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: './old',
                canonical: './canon',
                reason: "this file is './canon' itself, which cannot import from itself",
              },
              line: 1,
              column: 15,
              endLine: 1,
              endColumn: 22,
              suggestions: [],
            },
          ],
        },
      ],
    });
  });

  describe('mocks stand for the whole module', () => {
    tester.run('canonical-import', rule, {
      valid: [
        // a local object named like a test framework is not one
        lines('const jest = { mock: (path: string) => path };', "jest.mock('../legacy/renamed');"),
      ],
      invalid: [
        {
          // the factory builds the mocked module: the canonical module has an export it lacks
          code: "vi.mock('../wide/legacy', () => ({ a: 2 }));",
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: '../wide/legacy',
                canonical: '../wide/canon',
                reason: "'../wide/canon' also exports 'dangerousReset', which the mock would have to provide",
              },
              line: 1,
              column: 9,
              endLine: 1,
              endColumn: 25,
              suggestions: [],
            },
          ],
        },
        {
          // the factory sets the legacy name; importers of the canonical module read the canonical one
          code: "vi.mock('../legacy/renamed', () => ({ make: () => 'mocked' }));",
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: '../legacy/renamed',
                canonical: '../canon/renamed',
                reason: "'make' is renamed to 'create', and this site uses the module as a whole",
              },
              line: 1,
              column: 9,
              endLine: 1,
              endColumn: 28,
              suggestions: [],
            },
          ],
        },
        {
          // a test mocks the legacy module: an import of the canonical module would bypass the mock
          code: lines("import { fetchOrders } from '../orders/legacy-orders';", 'fetchOrders();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'fetchOrders' from '../orders/orders'",
                specifier: '../orders/legacy-orders',
                reason:
                  "'../orders/legacy-orders' is mocked in ../orders/service.test.ts (line 3), and the mock would not apply to the canonical module: move the mock first",
              },
              line: 1,
              column: 29,
              endLine: 1,
              endColumn: 54,
              suggestions: [{ messageId: 'useCanonical', output: lines("import { fetchOrders } from '../orders/orders';", 'fetchOrders();') }],
            },
          ],
        },
        {
          // the file mocks the legacy module itself: its import of the canonical module would not see the mock
          code: lines("vi.mock('../fx/warned', () => ({}));", "import { Thing } from '../fx/warned';", 'console.log(Thing);'),
          output: null,
          errors: [
            { messageId: 'legacyModuleUnsafe', line: 1, column: 9, endLine: 1, endColumn: 23, suggestions: [] },
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'Thing' from '../fx/thing'",
                specifier: '../fx/warned',
                reason: "'../fx/warned' is mocked in this file (line 1), and the mock would not apply to the canonical module: move the mock first",
              },
              line: 2,
              column: 23,
              endLine: 2,
              endColumn: 37,
              suggestions: [{ messageId: 'useCanonical', output: lines("vi.mock('../fx/warned', () => ({}));", "import { Thing } from '../fx/thing';", 'console.log(Thing);') }],
            },
          ],
        },
        {
          // the file mocks the legacy module, and the mock can move: the import moves with it, in one fix
          code: lines(
            "import { vi } from 'vitest';",
            "vi.mock('../wide/same', () => ({ a: 2, dangerousReset: () => {} }));",
            "import { a } from '../wide/same';",
            'console.log(a);',
          ),
          output: lines(
            "import { vi } from 'vitest';",
            "vi.mock('../wide/canon', () => ({ a: 2, dangerousReset: () => {} }));",
            "import { a } from '../wide/canon';",
            'console.log(a);',
          ),
          errors: [
            { messageId: 'legacyModule', line: 2, column: 9, endLine: 2, endColumn: 23 },
            { messageId: 'legacyImport', line: 3, column: 19, endLine: 3, endColumn: 33 },
          ],
        },
        {
          // importActual of a shim loads the real shim, whose import of the mocked canonical module gets the mock
          code: lines("vi.mock('../fx/thing', () => ({ Thing: class {} }));", "export const load = async () => (await vi.importActual('../fx/warned')).Thing;"),
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: '../fx/warned',
                canonical: '../fx/thing',
                reason: "'../fx/thing' is mocked in this file (line 1): the real legacy module reads the mock, the real '../fx/thing' would not",
              },
              line: 2,
              column: 56,
              endLine: 2,
              endColumn: 70,
              suggestions: [
                {
                  messageId: 'useCanonical',
                  output: lines("vi.mock('../fx/thing', () => ({ Thing: class {} }));", "export const load = async () => (await vi.importActual('../fx/thing')).Thing;"),
                },
              ],
            },
          ],
        },
        {
          // the same export set under the same names: the mock moves
          code: lines("import { vi } from 'vitest';", "vi.mock('../wide/same', () => ({ a: 2, dangerousReset: () => {} }));"),
          output: lines("import { vi } from 'vitest';", "vi.mock('../wide/canon', () => ({ a: 2, dangerousReset: () => {} }));"),
          errors: [{ messageId: 'legacyModule', line: 2, column: 9, endLine: 2, endColumn: 23 }],
        },
      ],
    });
  });

  describe('scopes: names are bindings, not words', () => {
    tester.run('canonical-import', rule, {
      valid: [
        // a local `require` is not Node's
        lines('function require(path: string) {', '  return path;', '}', "require('../legacy/renamed');"),
      ],
      invalid: [
        {
          // a `var` in a `try` block belongs to the function: its use after the block is renamed too
          code: lines(
            'export function load() {',
            '  try {',
            "    var m = require('../legacy/renamed');",
            '  } catch {}',
            '  return m.make();',
            '}',
          ),
          output: lines(
            'export function load() {',
            '  try {',
            "    var m = require('../canon/renamed');",
            '  } catch {}',
            '  return m.create();',
            '}',
          ),
          errors: [{ messageId: 'legacyModule', line: 3, column: 21, endLine: 3, endColumn: 40 }],
        },
        {
          // a `var` declared again may hold another value at any use
          code: lines(
            "var m = require('../legacy/renamed');",
            "var m = { make: () => 'other' };",
            'm.make();',
          ),
          output: null,
          errors: [{ messageId: 'legacyModuleUnsafe', line: 1, column: 17, endLine: 1, endColumn: 36, suggestions: [] }],
        },
        {
          // `arguments[0]` is the module without naming the parameter
          code: "import('../legacy/renamed').then(function () { return arguments[0].make(); });",
          output: null,
          errors: [{ messageId: 'legacyModuleUnsafe', line: 1, column: 8, endLine: 1, endColumn: 27, suggestions: [] }],
        },
      ],
    });
  });

  describe('what a legacy module does besides re-exporting', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // the shim imports a module that prints: importing fx/thing instead would skip it
          code: lines("import { Thing } from '../fx/registering';", 'new Thing();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'Thing' from '../fx/thing'",
                specifier: '../fx/registering',
                reason: "'../fx/register', which has side effects, would no longer be loaded",
              },
              line: 1,
              column: 23,
              endLine: 1,
              endColumn: 42,
              suggestions: [{ messageId: 'useCanonical', output: lines("import { Thing } from '../fx/thing';", 'new Thing();') }],
            },
          ],
        },
        {
          // used only as a type, the import is dropped when compiled, and never loaded the shim: it moves
          code: lines("import { Thing } from '../fx/registering';", 'export let thing: Thing | undefined;'),
          output: lines("import { Thing } from '../fx/thing';", 'export let thing: Thing | undefined;'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 42 }],
        },
        {
          // the shim prints when loaded
          code: lines("import { Thing } from '../fx/noisy';", 'new Thing();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'Thing' from '../fx/thing'",
                specifier: '../fx/noisy',
                reason: "'../fx/noisy', which has side effects, would no longer be loaded",
              },
              line: 1,
              column: 23,
              endLine: 1,
              endColumn: 36,
              suggestions: [{ messageId: 'useCanonical', output: lines("import { Thing } from '../fx/thing';", 'new Thing();') }],
            },
          ],
        },
        {
          // a bare require of the shim loads it for its effects, as a side-effect import does
          code: "require('../fx/registering');",
          output: null,
          errors: [{ messageId: 'legacyModuleUnsafe', line: 1, column: 9, endLine: 1, endColumn: 28, suggestions: [] }],
        },
        {
          // a deprecation warning is what migrating drops
          code: lines("import { Thing } from '../fx/warned';", 'new Thing();'),
          output: lines("import { Thing } from '../fx/thing';", 'new Thing();'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 37 }],
        },
        {
          // the shim augments Thing: importers of fx/thing alone would lose the extra member
          code: lines("import { Thing } from '../fx/augmenting';", 'new Thing();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'Thing' from '../fx/thing'",
                specifier: '../fx/augmenting',
                reason: "'../fx/augmenting' augments other declarations (line 2: `declare module './thing' {`), which importers of another module would lose",
              },
              line: 1,
              column: 23,
              endLine: 1,
              endColumn: 41,
              suggestions: [{ messageId: 'useCanonical', output: lines("import { Thing } from '../fx/thing';", 'new Thing();') }],
            },
          ],
        },
        {
          // an unused namespace import beside a default import that is not legacy still loads the shim
          code: lines("import D, * as ns from '../fx/with-default';", 'console.log(D);'),
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: '../fx/with-default',
                canonical: '../fx/thing',
                reason: "its default import 'D' is not legacy, and its unused namespace import only loads the legacy module",
              },
              line: 1,
              column: 24,
              endLine: 1,
              endColumn: 44,
              suggestions: [],
            },
          ],
        },
      ],
    });
  });

  describe('evaluation order', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // fx/loud ran first through the shim; the later import of it joins that first declaration
          code: lines(
            "import { value } from '../fx/loud-shim';",
            "import '../fx/polyfill';",
            "import { other } from '../fx/loud';",
            'console.log(value, other);',
          ),
          output: lines("import { value, other } from '../fx/loud';", "import '../fx/polyfill';", 'console.log(value, other);'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 40 }],
        },
        {
          // fx/loud ran first through its own import; the shim's name joins it
          code: lines(
            "import { other } from '../fx/loud';",
            "import '../fx/polyfill';",
            "import { value } from '../fx/loud-shim';",
            'console.log(value, other);',
          ),
          output: lines("import { other, value } from '../fx/loud';", "import '../fx/polyfill';", 'console.log(value, other);'),
          errors: [{ messageId: 'legacyImport', line: 3, column: 23, endLine: 3, endColumn: 40 }],
        },
        {
          // code between: in CommonJS output an import runs where it stands, so names never move down past a use;
          // the later import moves up into the one that loaded fx/loud first
          code: lines(
            "import { value } from '../fx/loud-shim';",
            'console.log(value);',
            "import { other } from '../fx/loud';",
            'console.log(other);',
          ),
          output: lines("import { value, other } from '../fx/loud';", 'console.log(value);', 'console.log(other);'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 40 }],
        },
        {
          code: lines(
            "import { other } from '../fx/loud';",
            'export let v: typeof other;',
            "import { value } from '../fx/loud-shim';",
            'console.log(value);',
          ),
          output: lines(
            "import { other } from '../fx/loud';",
            'export let v: typeof other;',
            "import { value } from '../fx/loud';",
            'console.log(value);',
          ),
          errors: [{ messageId: 'legacyImport', line: 3, column: 23, endLine: 3, endColumn: 40 }],
        },
        {
          // the import of fx/loud is dropped when compiled (a type use only), so fx/loud ran after the polyfill:
          // the shim's import is rewritten where it stands, and stays a second import
          code: lines(
            "import { other } from '../fx/loud';",
            "import '../fx/polyfill';",
            "import { value } from '../fx/loud-shim';",
            'export const v: typeof other = value;',
          ),
          output: lines(
            "import { other } from '../fx/loud';",
            "import '../fx/polyfill';",
            "import { value } from '../fx/loud';",
            'export const v: typeof other = value;',
          ),
          errors: [{ messageId: 'legacyImport', line: 3, column: 23, endLine: 3, endColumn: 40 }],
        },
        {
          // the canonical barrel loads this file before cyc/locale: entered there, the file would read LOCALE
          // before it is initialized
          code: lines("import { LOCALE } from './locale-legacy';", 'export const greeting = `hello in ${LOCALE}`;'),
          filename: file('src/cyc/greeting.ts'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'LOCALE' from './index'",
                specifier: './locale-legacy',
                reason:
                  "'./index' loads this file, so the fix would make an import cycle: a program that loads './index' first would run this file before './index' has loaded what this file reads from it",
              },
              line: 1,
              column: 24,
              endLine: 1,
              endColumn: 41,
              suggestions: [{ messageId: 'useCanonical', output: lines("import { LOCALE } from './index';", 'export const greeting = `hello in ${LOCALE}`;') }],
            },
          ],
        },
        {
          // a file the barrel does not load closes no cycle
          code: lines("import { LOCALE } from '../cyc/locale-legacy';", 'export const x = LOCALE;'),
          output: lines("import { LOCALE } from '../cyc';", 'export const x = LOCALE;'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 24, endLine: 1, endColumn: 46 }],
        },
      ],
    });
  });

  describe('text: directives, quotes', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // an import under a directive comment stays where it is, so the directive covers what it covered
          code: lines(
            "import { other } from '../fx/loud';",
            '// @ts-ignore',
            "import { value } from '../fx/loud-shim';",
            'console.log(value, other);',
          ),
          output: lines(
            "import { other } from '../fx/loud';",
            '// @ts-ignore',
            "import { value } from '../fx/loud';",
            'console.log(value, other);',
          ),
          errors: [{ messageId: 'legacyImport', line: 3, column: 23, endLine: 3, endColumn: 40 }],
        },
        {
          code: lines(
            "import { other } from '../fx/loud';",
            '// prettier-ignore',
            "import { value } from '../fx/loud-shim';",
            'console.log(value, other);',
          ),
          output: lines(
            "import { other } from '../fx/loud';",
            '// prettier-ignore',
            "import { value } from '../fx/loud';",
            'console.log(value, other);',
          ),
          errors: [{ messageId: 'legacyImport', line: 3, column: 23, endLine: 3, endColumn: 40 }],
        },
        {
          // gathering the name into the first import would remove the third line and join `console.log` with
          // the call after it (no semicolon ends it): the import is rewritten where it stands instead
          code: lines("import { a } from '../wide/canon';", 'const log = console.log', "import { a as b } from '../wide/same';", '(log as any)(a, b)'),
          output: lines("import { a } from '../wide/canon';", 'const log = console.log', "import { a as b } from '../wide/canon';", '(log as any)(a, b)'),
          errors: [{ messageId: 'legacyImport', line: 3, column: 24, endLine: 3, endColumn: 38 }],
        },
        {
          // a quote in the canonical path is escaped
          code: "import { quoted } from '../quote/old';",
          output: "import { quoted } from '../quote/it\\'s';",
          errors: [{ messageId: 'legacyImport', line: 1, column: 24, endLine: 1, endColumn: 38 }],
        },
      ],
    });
  });

  describe('one pass: every import of a module gathers in one declaration', () => {
    const count = 15;
    const names = Array.from({ length: count }, (_, i) => `a${i + 1}`);
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          code: lines(...names.map((name) => `import { a as ${name} } from '../wide/same';`), `console.log(${names.join(', ')});`),
          output: lines(
            `import { ${names.map((name) => `a as ${name}`).join(', ')} } from '../wide/canon';`,
            `console.log(${names.join(', ')});`,
          ),
          errors: names.map((_, i) => ({ messageId: 'legacyImport', line: i + 1, column: i < 9 ? 25 : 26, endLine: i + 1 })),
        },
      ],
    });
  });

  describe('what the proof cannot see either way is refused the same way', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // amb/canon offers Dup through two `export *`: it exports neither (TS2308), with or without types
          code: lines("import { Dup } from '../amb/legacy';", 'new Dup();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'Dup' from '../amb/canon'",
                specifier: '../amb/legacy',
                reason: "'../amb/canon' offers 'Dup' through two `export *`, so it exports neither",
              },
              line: 1,
              column: 21,
              endLine: 1,
              endColumn: 36,
              suggestions: [],
            },
          ],
        },
      ],
    });
  });

  describe('paths, JSON and packages', () => {
    tester.run('canonical-import', rule, {
      valid: [],
      invalid: [
        {
          // require.resolve and import.meta.resolve give a path, which moves with the specifier: a suggestion
          code: "export const where = require.resolve('../legacy/renamed');",
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              data: {
                specifier: '../legacy/renamed',
                canonical: '../canon/renamed',
                reason: "it resolves the module to a path, and '../canon/renamed' resolves to another file",
              },
              line: 1,
              column: 38,
              endLine: 1,
              endColumn: 57,
              suggestions: [{ messageId: 'useCanonical', output: "export const where = require.resolve('../canon/renamed');" }],
            },
          ],
        },
        {
          code: "export const where = import.meta.resolve('../legacy/renamed');",
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              line: 1,
              column: 42,
              endLine: 1,
              endColumn: 61,
              suggestions: [{ messageId: 'useCanonical', output: "export const where = import.meta.resolve('../canon/renamed');" }],
            },
          ],
        },
        {
          // an augmentation of the legacy module merges into what it declares: a suggestion
          code: lines("declare module '../legacy/client' {", '  interface ClientOptions {', '    extra?: number;', '  }', '}', 'export {};'),
          output: null,
          errors: [
            {
              messageId: 'legacyModuleUnsafe',
              line: 1,
              column: 16,
              endLine: 1,
              endColumn: 34,
              suggestions: [
                {
                  messageId: 'useCanonical',
                  output: lines("declare module '../canon/client' {", '  interface ClientOptions {', '    extra?: number;', '  }', '}', 'export {};'),
                },
              ],
            },
          ],
        },
        {
          // a legacy package that exists only as an ambient declaration: found by name; its declarations are
          // not the canonical module's, so a suggestion
          code: lines("import { go } from 'legacy-lib';", 'go();'),
          output: null,
          errors: [
            {
              messageId: 'legacyImportUnsafe',
              data: {
                targets: "'go' from '../new-lib'",
                specifier: 'legacy-lib',
                reason: "ssot cannot trace 'go' through 'legacy-lib' to a declaration",
              },
              line: 1,
              column: 20,
              endLine: 1,
              endColumn: 32,
              suggestions: [{ messageId: 'useCanonical', output: lines("import { go } from '../new-lib';", 'go();') }],
            },
          ],
        },
        {
          // a JSON module keeps its extension
          code: lines("import data from '../data/old-data';", 'console.log(data);'),
          output: lines("import data from '../data/new.json';", 'console.log(data);'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 18, endLine: 1, endColumn: 36 }],
        },
        {
          // a package reached by name is reached through its exports, not by a path into its files
          code: lines("import { Widget } from '@scope/a/legacy';", 'new Widget();'),
          output: lines("import { Widget } from '@scope/a/canon';", 'new Widget();'),
          errors: [{ messageId: 'legacyImport', line: 1, column: 24, endLine: 1, endColumn: 41 }],
        },
      ],
    });
  });
});
