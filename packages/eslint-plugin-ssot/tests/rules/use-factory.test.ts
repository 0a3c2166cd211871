import { describe } from 'vitest';
import rule from '../../src/rules/use-factory';
import { createRuleTester, fixtureFile } from '../rule-tester';

/*
 * Fixture project tests/fixtures/factory (moduleResolution bundler, alias `@lib/*` -> src/lib/*), four symbols:
 *   Client  canonical lib/client (generic, every parameter optional); factory lib/client-factory#createClient with
 *           `acceptsConstructorArgs: true` (so fixes need no types) and `allow: ["src/testing/**", "**\/*.fixture.ts"]`;
 *           legacy alias shim lib/legacy/unified-client (UnifiedClient); lib/default-client re-exports it as default.
 *   Pool    canonical lib/pool; factory lib/pool-factory#createPool, without the flag: untyped, only a suggestion.
 *   Gadget  factory lib/gadget-factory, which prints when loaded.
 *   Widget  factory lib/widget-factory, which re-exports lib/widget-tools, a module that constructs Widget.
 * lib/index is a barrel of both classes and both factories; other/client is an unrelated class also named Client.
 * Files under test live in src/app; they need not exist on disk.
 */
const factory = (file: string) => fixtureFile('factory', file);
const tester = createRuleTester({ defaultFilenames: { ts: factory('src/app/file.ts'), tsx: factory('src/app/file.tsx') } });

const lines = (...text: string[]) => text.join('\n');

const clientData = { className: 'Client', factory: 'createClient', factoryModule: '../lib/client-factory' };
const noTypesReason =
  "without type information ssot cannot prove that 'createPool' accepts these arguments (set \"acceptsConstructorArgs\" on the factory in ssot.config.json, or lint with type information)";

describe('constructions, however the class is reached', () => {
  tester.run('use-factory', rule, {
    valid: [
      // the factory module and the canonical module may construct the class
      { code: lines("import { Client } from './client';", 'export const c = new Client();'), filename: factory('src/lib/client-factory.ts') },
      { code: lines('export class Client {}', 'export const c = new Client();'), filename: factory('src/lib/client.ts') },
      { code: lines("import { Pool } from './pool';", 'export const p = new Pool(1);'), filename: factory('src/lib/pool-factory.ts') },
      // the "allow" globs of the config: a directory, and a file pattern anywhere
      { code: lines("import { Client } from '../lib/client';", 'export const c = new Client();'), filename: factory('src/testing/setup.ts') },
      { code: lines("import { Client } from '../lib/client';", 'export const c = new Client();'), filename: factory('src/app/chat.fixture.ts') },
      // a parameter and a nested class shadow the imported name
      lines("import { Client } from '../lib/client';", 'export function build(Client: new () => object) {', '  return new Client();', '}'),
      lines("import { Client } from '../lib/client';", 'export function build() {', '  class Client {}', '  return new Client();', '}'),
      // a different class with the same name, imported or local
      lines("import { Client } from '../other/client';", 'export const c = new Client();'),
      lines("import * as other from '../other/client';", 'export const c = new other.Client();'),
      lines('class Client {}', 'export const c = new Client();'),
      lines("import { Client } from '../other/client';", 'export class Tracked extends Client {}'),
      // the class as a type, the instance from the factory
      lines("import type { Client } from '../lib/client';", "import { createClient } from '../lib/client-factory';", 'export const c: Client = createClient();'),
      // an unresolvable module, and a file with no ssot.config.json above it
      lines("import { Client } from 'not-installed';", 'export const c = new Client();'),
      { code: lines("import { Client } from '../lib/client';", 'export const c = new Client();'), filename: fixtureFile('no-config', 'src/file.ts') },
    ],
    invalid: [
      {
        // a named import: the factory's import is added after the last import
        code: lines("import { Client } from '../lib/client';", "export const c = new Client('ws://a');"),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          "export const c = createClient('ws://a');",
        ),
        errors: [{ messageId: 'useFactory', data: clientData, line: 2, column: 18, endLine: 2, endColumn: 38 }],
      },
      {
        // a default import of a module that re-exports the class as its default
        code: lines("import DefaultClient from '../lib/default-client';", 'export const c = new DefaultClient();'),
        output: lines(
          "import DefaultClient from '../lib/default-client';",
          "import { createClient } from '../lib/client-factory';",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 37 }],
      },
      {
        // a renamed import; the arguments are kept as written
        code: lines("import { Client as Conn } from '../lib/client';", "export const c = new Conn('ws://a', { retries: 1 });"),
        output: lines(
          "import { Client as Conn } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          "export const c = createClient('ws://a', { retries: 1 });",
        ),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 52 }],
      },
      {
        // a tsconfig alias: the factory's import is written through the same alias
        code: lines("import { Client } from '@lib/client';", 'export const c = new Client();'),
        output: lines("import { Client } from '@lib/client';", "import { createClient } from '@lib/client-factory';", 'export const c = createClient();'),
        errors: [
          {
            messageId: 'useFactory',
            data: { ...clientData, factoryModule: '@lib/client-factory' },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 30,
          },
        ],
      },
      {
        // a barrel re-export is followed to the class
        code: lines("import { Client } from '../lib';", 'export const c = new Client();'),
        output: lines("import { Client } from '../lib';", "import { createClient } from '../lib/client-factory';", 'export const c = createClient();'),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 30 }],
      },
      {
        // a member of a namespace import
        code: lines("import * as lib from '../lib';", 'export const c = new lib.Client();'),
        output: lines("import * as lib from '../lib';", "import { createClient } from '../lib/client-factory';", 'export const c = createClient();'),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 34 }],
      },
      {
        // a member of `import x = require()`: the new import goes after it
        code: lines("import lib = require('../lib/client');", 'export const c = new lib.Client();'),
        output: lines(
          "import lib = require('../lib/client');",
          "import { createClient } from '../lib/client-factory';",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 34 }],
      },
      {
        // a renamed destructured `require()`: no import declaration yet, so the import goes on top
        code: lines("const { Client: Conn } = require('../lib/client');", 'export const c = new Conn();'),
        output: lines(
          "import { createClient } from '../lib/client-factory';",
          "const { Client: Conn } = require('../lib/client');",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 28 }],
      },
      {
        // the legacy name through the legacy alias shim
        code: lines("import { UnifiedClient } from '../lib/legacy/unified-client';", 'export const c = new UnifiedClient();'),
        output: lines(
          "import { UnifiedClient } from '../lib/legacy/unified-client';",
          "import { createClient } from '../lib/client-factory';",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', data: clientData, line: 2, column: 18, endLine: 2, endColumn: 37 }],
      },
      {
        // `new X` without parentheses becomes a call with none
        code: lines("import { Client } from '../lib/client';", 'export const c = new Client;'),
        output: lines("import { Client } from '../lib/client';", "import { createClient } from '../lib/client-factory';", 'export const c = createClient();'),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 28 }],
      },
      {
        // spread arguments are passed on: the config says the factory takes the constructor's arguments
        code: lines("import { Client } from '../lib/client';", "const args = ['ws://a'] as const;", 'export const c = new Client(...args);'),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          "const args = ['ws://a'] as const;",
          'export const c = createClient(...args);',
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 37 }],
      },
      {
        // the new import goes after the last of several imports
        code: lines(
          "import { Client } from '../lib/client';",
          "import { Client as Other } from '../other/client';",
          '',
          'export const pair = [new Client(), new Other()];',
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { Client as Other } from '../other/client';",
          "import { createClient } from '../lib/client-factory';",
          '',
          'export const pair = [createClient(), new Other()];',
        ),
        errors: [{ messageId: 'useFactory', line: 4, column: 22, endLine: 4, endColumn: 34 }],
      },
      {
        // constructions in the same file outside the allowed ones: the Client factory may not build a Pool
        code: lines("import { Pool } from './pool';", 'export const p = new Pool(4);'),
        filename: factory('src/lib/client-factory.ts'),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { className: 'Pool', factory: 'createPool', factoryModule: './pool-factory', reason: noTypesReason },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 29,
            suggestions: [
              {
                messageId: 'callFactory',
                data: { factory: 'createPool' },
                output: lines("import { Pool } from './pool';", "import { createPool } from './pool-factory';", 'export const p = createPool(4);'),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe("the factory's import", () => {
  tester.run('use-factory', rule, {
    valid: [],
    invalid: [
      {
        // already imported: no second import
        code: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          'export const c = new Client();',
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 30 }],
      },
      {
        // already imported under another name: that name is called
        code: lines(
          "import { Client } from '../lib/client';",
          "import { createClient as makeClient } from '../lib/client-factory';",
          "export const c = new Client('ws://a');",
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient as makeClient } from '../lib/client-factory';",
          "export const c = makeClient('ws://a');",
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 38 }],
      },
      {
        // already imported through the barrel, next to the class
        code: lines("import { Client, createClient } from '../lib';", 'export const c = new Client();'),
        output: lines("import { Client, createClient } from '../lib';", 'export const c = createClient();'),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 30 }],
      },
      {
        // an existing import of the factory module takes the factory
        code: lines(
          "import { Client } from '../lib/client';",
          "import { DEFAULT_RETRIES } from '../lib/client-factory';",
          "export const c = new Client('ws://a', { retries: DEFAULT_RETRIES });",
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { DEFAULT_RETRIES, createClient } from '../lib/client-factory';",
          "export const c = createClient('ws://a', { retries: DEFAULT_RETRIES });",
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 68 }],
      },
      {
        // an `import type` of the factory module cannot take a value: a new import follows it
        code: lines(
          "import { Client } from '../lib/client';",
          "import type { DEFAULT_RETRIES } from '../lib/client-factory';",
          'export const c = new Client();',
          'export type Retries = typeof DEFAULT_RETRIES;',
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import type { DEFAULT_RETRIES } from '../lib/client-factory';",
          "import { createClient } from '../lib/client-factory';",
          'export const c = createClient();',
          'export type Retries = typeof DEFAULT_RETRIES;',
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 30 }],
      },
      {
        // the factory's module prints when loaded: importing it where it was not loaded would run that
        code: lines("import { Gadget } from '../lib/gadget';", 'export const g = new Gadget();'),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: {
              className: 'Gadget',
              factory: 'createGadget',
              factoryModule: '../lib/gadget-factory',
              reason: "'../lib/gadget-factory', which has side effects, would be loaded where it was not",
            },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 30,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Gadget } from '../lib/gadget';",
                  "import { createGadget } from '../lib/gadget-factory';",
                  'export const g = createGadget();',
                ),
              },
            ],
          },
        ],
      },
      {
        // the factory module re-exports this file: importing the factory here would make an import cycle
        code: lines("import { Widget } from './widget';", '', 'export function makeWidget(): Widget {', '  return new Widget();', '}'),
        filename: factory('src/lib/widget-tools.ts'),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: {
              className: 'Widget',
              factory: 'createWidget',
              factoryModule: './widget-factory',
              reason:
                "'./widget-factory' loads this file, so the fix would make an import cycle: a program that loads './widget-factory' first would run this file before './widget-factory' has loaded what this file reads from it",
            },
            line: 4,
            column: 10,
            endLine: 4,
            endColumn: 22,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Widget } from './widget';",
                  "import { createWidget } from './widget-factory';",
                  '',
                  'export function makeWidget(): Widget {',
                  '  return createWidget();',
                  '}',
                ),
              },
            ],
          },
        ],
      },
      {
        // two constructions share the factory's one new import: one pass
        code: lines("import { Client } from '../lib/client';", "export const a = new Client('ws://a');", 'export const b = new Client;'),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          "export const a = createClient('ws://a');",
          'export const b = createClient();',
        ),
        errors: [
          { messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 38 },
          { messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 28 },
        ],
      },
      {
        // two constructions with the factory imported: one pass
        code: lines(
          "import { Client, createClient } from '../lib';",
          "export const a = new Client('ws://a');",
          "export const b = new Client('ws://b');",
        ),
        output: lines(
          "import { Client, createClient } from '../lib';",
          "export const a = createClient('ws://a');",
          "export const b = createClient('ws://b');",
        ),
        errors: [
          { messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 38 },
          { messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 38 },
        ],
      },
      {
        // a local function already has the factory's name: reported, nothing to fix or suggest
        code: lines(
          "import { Client } from '../lib/client';",
          'function createClient() {',
          "  return 'ws://a';",
          '}',
          'export const c = new Client(createClient());',
        ),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...clientData, reason: "'createClient' is already a different name in this file" },
            line: 5,
            column: 18,
            endLine: 5,
            endColumn: 44,
          },
        ],
      },
      {
        // an import of another module binds the factory's name
        code: lines(
          "import { Client } from '../lib/client';",
          "import { Client as createClient } from '../other/client';",
          'export const c = [new Client(), new createClient()];',
        ),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...clientData, reason: "'createClient' is already a different name in this file" },
            line: 3,
            column: 19,
            endLine: 3,
            endColumn: 31,
          },
        ],
      },
    ],
  });
});

describe('fixes that need a proof (Pool: no acceptsConstructorArgs, no type information)', () => {
  tester.run('use-factory', rule, {
    valid: [],
    invalid: [
      {
        // a suggestion, and the reason in the message
        code: lines("import { Pool } from '../lib/pool';", 'export const p = new Pool(4);'),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { className: 'Pool', factory: 'createPool', factoryModule: '../lib/pool-factory', reason: noTypesReason },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 29,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines("import { Pool } from '../lib/pool';", "import { createPool } from '../lib/pool-factory';", 'export const p = createPool(4);'),
              },
            ],
          },
        ],
      },
      {
        // the suggestion merges into an existing import of the factory module
        code: lines(
          "import { Pool } from '../lib/pool';",
          "import { POOL_SIZE } from '../lib/pool-factory';",
          'export const p = new Pool(POOL_SIZE);',
        ),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            line: 3,
            column: 18,
            endLine: 3,
            endColumn: 37,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Pool } from '../lib/pool';",
                  "import { POOL_SIZE, createPool } from '../lib/pool-factory';",
                  'export const p = createPool(POOL_SIZE);',
                ),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('subclasses', () => {
  tester.run('use-factory', rule, {
    valid: [],
    invalid: [
      {
        // a class declaration: reported at the base class, no fix
        code: lines("import { Client } from '../lib/client';", 'export class Tracked extends Client {}'),
        output: null,
        errors: [
          {
            messageId: 'noSubclass',
            data: { subclass: 'Tracked', className: 'Client', factory: 'createClient' },
            line: 2,
            column: 30,
            endLine: 2,
            endColumn: 36,
          },
        ],
      },
      {
        // a class expression
        code: lines("import { Client } from '../lib/client';", 'export const Tracked = class extends Client {};'),
        output: null,
        errors: [
          {
            messageId: 'noSubclass',
            data: { subclass: 'Tracked', className: 'Client', factory: 'createClient' },
            line: 2,
            column: 38,
            endLine: 2,
            endColumn: 44,
          },
        ],
      },
      {
        // the base class as a namespace member
        code: lines("import * as lib from '../lib';", 'export class Tracked extends lib.Client {}'),
        output: null,
        errors: [{ messageId: 'noSubclass', line: 2, column: 30, endLine: 2, endColumn: 40 }],
      },
      {
        // the base class under its legacy name
        code: lines("import { UnifiedClient } from '../lib/legacy/unified-client';", 'export class Tracked extends UnifiedClient {}'),
        output: null,
        errors: [{ messageId: 'noSubclass', line: 2, column: 30, endLine: 2, endColumn: 43 }],
      },
    ],
  });
});

/*
 * use-factory finds constructions and subclasses from where `new` and `extends` are spelt: spellings that are
 * not those keywords lead nowhere, and every real one is found, however deeply nested.
 */
describe('where `new` and `extends` are spelt', () => {
  tester.run('use-factory', rule, {
    valid: [
      // in comments, strings, templates and longer identifiers
      lines(
        "import { Client } from '../lib/client';",
        '// new Client() is what this file must not do; class X extends Client {}',
        "export const text = 'new Client()' + `extends Client`;",
        'export const renewClient = 1, $new = 2, extendsClient = 3;',
        'export type Ctor = new () => Client;',
      ),
      // an interface, a type parameter's constraint and a conditional type extend the class as types only
      lines(
        "import { Client } from '../lib/client';",
        'export interface Tracked extends Client {}',
        'export function track<T extends Client>(client: T): T { return client; }',
        'export type IsClient<T> = T extends Client ? true : false;',
      ),
    ],
    invalid: [
      {
        // after a comment and a string that spell the keyword; nested in another construction's arguments
        code: lines(
          "import { Client } from '../lib/client';",
          "/* new Client */ export const label = 'new Client';",
          'export const wrapped = new Map([[1, new Client()]]);',
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          "/* new Client */ export const label = 'new Client';",
          'export const wrapped = new Map([[1, createClient()]]);',
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 37, endLine: 3, endColumn: 49 }],
      },
      {
        // a construction inside a class that extends the class: both, in the order of the text
        code: lines(
          "import { Client } from '../lib/client';",
          'export class Tracked extends Client {',
          '  spare = new Client();',
          '}',
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          'export class Tracked extends Client {',
          '  spare = createClient();',
          '}',
        ),
        errors: [
          { messageId: 'noSubclass', line: 2, column: 30, endLine: 2, endColumn: 36 },
          { messageId: 'useFactory', line: 3, column: 11, endLine: 3, endColumn: 23 },
        ],
      },
      {
        // the keyword right after a parenthesis, a bracket and an arrow (the factory imported already)
        code: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          'export const all = [(new Client()), ...[new Client()]];',
          'export const make = () =>new Client();',
        ),
        output: lines(
          "import { Client } from '../lib/client';",
          "import { createClient } from '../lib/client-factory';",
          'export const all = [(createClient()), ...[createClient()]];',
          'export const make = () =>createClient();',
        ),
        errors: [
          { messageId: 'useFactory', line: 3, column: 22, endLine: 3, endColumn: 34 },
          { messageId: 'useFactory', line: 3, column: 41, endLine: 3, endColumn: 53 },
          { messageId: 'useFactory', line: 4, column: 26, endLine: 4, endColumn: 38 },
        ],
      },
    ],
  });
});

/*
 * Bugs this table found in the engine, now fixed; each case states the correct output.
 */
describe('engine bugs found by this table', () => {
  tester.run('use-factory', rule, {
    valid: [],
    invalid: [
      {
        // the suggestion replaces the type arguments too (it once stopped before the closing `>`)
        code: lines("import { Client } from '../lib/client';", "export const c = new Client<string>('ws://a');"),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...clientData, reason: 'the construction passes type arguments, which the factory may not take' },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 46,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Client } from '../lib/client';",
                  "import { createClient } from '../lib/client-factory';",
                  "export const c = createClient('ws://a');",
                ),
              },
            ],
          },
        ],
      },
      {
        // a type-only import of the factory is not a value to call, and its name is taken: no fix
        code: lines(
          "import { Client } from '../lib/client';",
          "import type { createClient } from '../lib/client-factory';",
          'export const c = new Client();',
          'export type Make = typeof createClient;',
        ),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            line: 3,
            column: 18,
            endLine: 3,
            endColumn: 30,
          },
        ],
      },
      {
        // with no import declaration, the import goes below the shebang
        code: lines('#!/usr/bin/env node', "const { Client } = require('../lib/client');", 'export const c = new Client();'),
        output: lines(
          '#!/usr/bin/env node',
          "import { createClient } from '../lib/client-factory';",
          "const { Client } = require('../lib/client');",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 30 }],
      },
      {
        // ... and below a directive prologue, so 'use client' stays a directive
        code: lines("'use client';", "const { Client } = require('../lib/client');", 'export const c = new Client();'),
        output: lines(
          "'use client';",
          "import { createClient } from '../lib/client-factory';",
          "const { Client } = require('../lib/client');",
          'export const c = createClient();',
        ),
        errors: [{ messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 30 }],
      },
    ],
  });
});
