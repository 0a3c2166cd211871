import { describe } from 'vitest';
import rule from '../../src/rules/shim-purity';
import { createRuleTester, fixtureFile } from '../rule-tester';

/*
 * Fixture project tests/fixtures/shims (moduleResolution bundler, alias `@store/*` -> src/store/*):
 *   canonical  store/store (Store, StoreOptions), store/events (StoreEvent; on disk it imports store-shim)
 *   shims      store/legacy/store-shim (pure re-export), unified-store (UnifiedStore = Store, StoreOptions and
 *              StoreEvent: the middle of the chain), old-store (re-exports UnifiedStore as Store: the outer layer of
 *              old-store -> unified-store -> store, like the seeds' manager -> unified-manager -> websocket-manager),
 *              warned-store (deprecation warnings), star-store (`export *`), class-store (a class of its own,
 *              ClassStore, which the config also lists as a legacy name of Store although it is a subclass),
 *              helper-store (imports store/helpers, which is neither canonical nor legacy)
 *   barrel     lib/hooks, the home of useLogger (from lib/use-logger) and a legacy home of Store as useStore: the
 *              config lists it under "barrels", so only its legacy names answer to shim rules
 * The rule only looks at shims and canonical modules, so every case names one of those files; the cases supply
 * its text, and the other files are read from disk.
 */
const shims = (file: string) => fixtureFile('shims', file);
const tester = createRuleTester();

const lines = (...text: string[]) => text.join('\n');

const oldStore = shims('src/store/legacy/old-store.ts');
const classStore = shims('src/store/legacy/class-store.ts');
const helperStore = shims('src/store/legacy/helper-store.ts');
const events = shims('src/store/events.ts');

describe('legacy modules that are pure re-exports', () => {
  tester.run('shim-purity', rule, {
    valid: [
      { code: "export { Store } from '../store';", filename: shims('src/store/legacy/store-shim.ts') },
      { code: "export * from '../store';", filename: shims('src/store/legacy/star-store.ts') },
      {
        // the middle layer re-exports canonical modules only, one of them through the alias
        code: lines("export { Store as UnifiedStore, type StoreOptions } from '@store/store';", "export type { StoreEvent } from '../events';"),
        filename: shims('src/store/legacy/unified-store.ts'),
      },
      {
        // a deprecation notice: comments, console.warn and process.emitWarning
        code: lines(
          '/** @deprecated Import `Store` from ../store. */',
          "export { Store } from '../store';",
          '',
          "console.warn('warned-store is deprecated');",
          "process.emitWarning('warned-store is deprecated', 'DeprecationWarning');",
        ),
        filename: shims('src/store/legacy/warned-store.ts'),
      },
      {
        // a directive, an import of the canonical module and re-exports of what it imported
        code: lines("'use strict';", "import { Store } from '../store';", '', 'export { Store };', 'export default Store;'),
        filename: shims('src/store/legacy/store-shim.ts'),
      },
      // a canonical module may import another canonical module, or a module that is not legacy
      {
        code: lines("import type { Store } from './store';", '', 'export interface StoreEvent {', '  readonly store: Store;', '}'),
        filename: events,
      },
      { code: lines("import { describeStore } from './helpers';", '', 'export const label = describeStore(\'main\');'), filename: shims('src/store/store.ts') },
      // files that are neither legacy nor canonical are not this rule's concern
      { code: "import { Store } from './legacy/store-shim';", filename: shims('src/store/app.ts') },
    ],
    invalid: [
      {
        // a class of its own
        code: lines("import { Store } from '../store';", '', 'export class ClassStore extends Store {}', '', 'export { Store };'),
        filename: classStore,
        output: null,
        errors: [{ messageId: 'implementation', data: { name: 'ClassStore' }, line: 3, column: 14, endLine: 3, endColumn: 24 }],
      },
      {
        // a function
        code: lines("export { Store } from '../store';", '', 'export function openStore() {', '  return 1;', '}'),
        filename: classStore,
        output: null,
        errors: [{ messageId: 'implementation', data: { name: 'openStore' }, line: 3, column: 17, endLine: 3, endColumn: 26 }],
      },
      {
        // a variable: the first line of the statement is reported
        code: lines("import { Store } from '../store';", '', 'export const OldStore = Store;'),
        filename: classStore,
        output: null,
        errors: [{ messageId: 'implementation', data: { name: 'OldStore' }, line: 3, column: 1, endLine: 3, endColumn: 31 }],
      },
      {
        // a type alias is a declaration too
        code: lines("import type { Store } from '../store';", '', 'export type LegacyStore = Store;'),
        filename: classStore,
        output: null,
        errors: [{ messageId: 'implementation', data: { name: 'LegacyStore' }, line: 3, column: 13, endLine: 3, endColumn: 24 }],
      },
      {
        // a call that is not a deprecation warning
        code: lines("export { Store } from '../store';", '', "console.log('loaded');"),
        filename: classStore,
        output: null,
        errors: [{ messageId: 'code', data: { code: "console.log('loaded');" }, line: 3, column: 1, endLine: 3, endColumn: 23 }],
      },
      {
        // an import of a module that is neither canonical nor legacy
        code: lines("import { describeStore } from '../helpers';", '', "export { Store } from '../store';", 'export { describeStore };'),
        filename: helperStore,
        output: null,
        errors: [{ messageId: 'notFromCanonical', data: { specifier: '../helpers' }, line: 1, column: 31, endLine: 1, endColumn: 43 }],
      },
      {
        // a re-export of such a module
        code: lines("export { describeStore } from '../helpers';", "export { Store } from '../store';"),
        filename: helperStore,
        output: null,
        errors: [{ messageId: 'notFromCanonical', line: 1, column: 31, endLine: 1, endColumn: 43 }],
      },
    ],
  });
});

describe('re-exports through another legacy module', () => {
  tester.run('shim-purity', rule, {
    valid: [],
    invalid: [
      {
        // the seeds' three-layer chain: the outer layer is pointed at the canonical module, its comment kept
        code: lines(
          '/** @deprecated Outer layer of the chain old-store -> unified-store -> store. */',
          "export { UnifiedStore as Store } from './unified-store';",
        ),
        filename: oldStore,
        output: lines(
          '/** @deprecated Outer layer of the chain old-store -> unified-store -> store. */',
          "export { Store } from '../store';",
        ),
        errors: [
          {
            messageId: 'chain',
            data: { targets: "'Store' (legacy name 'UnifiedStore') from '../store'", specifier: './unified-store' },
            line: 2,
            column: 39,
            endLine: 2,
            endColumn: 56,
          },
        ],
      },
      {
        // through the tsconfig alias: the canonical module is written through it too
        code: "export { UnifiedStore as Store } from '@store/legacy/unified-store';",
        filename: oldStore,
        output: "export { Store } from '@store/store';",
        errors: [{ messageId: 'chain', line: 1, column: 39, endLine: 1, endColumn: 68 }],
      },
      {
        // the exported name stays what the shim exported
        code: "export { UnifiedStore } from './unified-store';",
        filename: oldStore,
        output: "export { Store as UnifiedStore } from '../store';",
        errors: [{ messageId: 'chain', line: 1, column: 30, endLine: 1, endColumn: 47 }],
      },
      {
        // through a pure shim of the same name
        code: "export { Store } from './store-shim';",
        filename: oldStore,
        output: "export { Store } from '../store';",
        errors: [
          {
            messageId: 'chain',
            data: { targets: "'Store' from '../store'", specifier: './store-shim' },
            line: 1,
            column: 23,
            endLine: 1,
            endColumn: 37,
          },
        ],
      },
      {
        // names with two canonical homes split into one re-export per home
        code: "export { UnifiedStore as Store, type StoreOptions, type StoreEvent } from './unified-store';",
        filename: oldStore,
        output: lines("export { Store, type StoreOptions } from '../store';", "export type { StoreEvent } from '../events';"),
        errors: [{ messageId: 'chain', line: 1, column: 75, endLine: 1, endColumn: 92 }],
      },
      {
        // an existing re-export of the canonical module takes the name
        code: lines("export { type StoreOptions } from '../store';", "export { UnifiedStore as Store } from './unified-store';"),
        filename: oldStore,
        output: "export { type StoreOptions, Store } from '../store';",
        errors: [{ messageId: 'chain', line: 2, column: 39, endLine: 2, endColumn: 56 }],
      },
      {
        // an `export type` cannot take a value: the chained re-export is rewritten in place
        code: lines("export type { StoreOptions } from '../store';", "export { UnifiedStore as Store } from './unified-store';"),
        filename: oldStore,
        output: lines("export type { StoreOptions } from '../store';", "export { Store } from '../store';"),
        errors: [{ messageId: 'chain', line: 2, column: 39, endLine: 2, endColumn: 56 }],
      },
      {
        // a type-only re-export stays type-only
        code: "export type { UnifiedStore as Store } from './unified-store';",
        filename: oldStore,
        output: "export type { Store } from '../store';",
        errors: [{ messageId: 'chain', line: 1, column: 44, endLine: 1, endColumn: 61 }],
      },
      {
        // two chained re-exports are fixed in one pass
        code: lines("export { UnifiedStore as Store } from './unified-store';", "export type { StoreOptions } from './unified-store';"),
        filename: oldStore,
        output: lines("export { Store } from '../store';", "export type { StoreOptions } from '../store';"),
        errors: [
          { messageId: 'chain', line: 1, column: 39, endLine: 1, endColumn: 56 },
          { messageId: 'chain', line: 2, column: 35, endLine: 2, endColumn: 52 },
        ],
      },
      {
        // the legacy name is a subclass in the middle layer, not the canonical class: no fix, and the reason
        code: "export { ClassStore as Store } from './class-store';",
        filename: oldStore,
        output: null,
        errors: [
          {
            messageId: 'chainUnsafe',
            data: {
              targets: "'Store' (legacy name 'ClassStore') from '../store'",
              specifier: './class-store',
              reason: "'Store' of '../store' is not the same declaration as 'ClassStore' of './class-store'",
            },
            line: 1,
            column: 37,
            endLine: 1,
            endColumn: 52,
          },
        ],
      },
      {
        // `export *` of a legacy module: its names and homes are not one-to-one, so no fix
        code: "export * from './unified-store';",
        filename: oldStore,
        output: null,
        errors: [{ messageId: 'chainUnsafe', line: 1, column: 15, endLine: 1, endColumn: 32 }],
      },
      {
        // an import re-exported by name: only `export { ... } from` is rewritten
        code: lines("import { UnifiedStore } from './unified-store';", '', 'export { UnifiedStore as Store };'),
        filename: oldStore,
        output: null,
        errors: [{ messageId: 'chainUnsafe', line: 1, column: 30, endLine: 1, endColumn: 47 }],
      },
    ],
  });
});

describe('canonical modules that import a legacy module', () => {
  tester.run('shim-purity', rule, {
    valid: [],
    invalid: [
      {
        // the fixture's own events module: a type import of a shim that re-exports another canonical module
        code: lines(
          "import type { Store } from './legacy/store-shim';",
          '',
          'export interface StoreEvent {',
          '  readonly store: Store;',
          "  readonly kind: 'open' | 'close';",
          '}',
        ),
        filename: events,
        output: null,
        errors: [
          {
            messageId: 'canonicalImportsShim',
            data: { specifier: './legacy/store-shim' },
            line: 1,
            column: 28,
            endLine: 1,
            endColumn: 49,
          },
        ],
      },
      {
        // a re-export of a shim that is a legacy home of StoreEvent, so re-exports this module: a cycle
        code: "export { UnifiedStore } from './legacy/unified-store';",
        filename: events,
        output: null,
        errors: [{ messageId: 'canonicalImportsLegacy', line: 1, column: 30, endLine: 1, endColumn: 54 }],
      },
      {
        // the outer layer of the chain, which reaches this module through unified-store: a cycle
        code: lines("import { Store as Old } from './legacy/old-store';", '', 'export const old: typeof Old | undefined = undefined;'),
        filename: shims('src/store/store.ts'),
        output: null,
        errors: [{ messageId: 'canonicalImportsLegacy', line: 1, column: 30, endLine: 1, endColumn: 50 }],
      },
      {
        // a dynamic import
        code: "export const loadStore = () => import('./legacy/store-shim');",
        filename: events,
        output: null,
        errors: [{ messageId: 'canonicalImportsShim', line: 1, column: 39, endLine: 1, endColumn: 60 }],
      },
    ],
  });
});

describe('barrels: modules that stay, with some legacy names', () => {
  const hooks = shims('src/lib/hooks.ts');
  tester.run('shim-purity', rule, {
    valid: [
      // its own exports, from a module that is neither canonical nor legacy, and code of its own
      {
        code: lines("export { Store as useStore } from '../store/store';", "export { useLogger } from './use-logger';", 'export const version = 2;'),
        filename: hooks,
      },
    ],
    invalid: [
      {
        // a legacy name it re-exports through another legacy module is still a chain
        code: lines("export { Store as useStore } from '../store/legacy/store-shim';", "export { useLogger } from './use-logger';"),
        filename: hooks,
        output: lines("export { Store as useStore } from '../store/store';", "export { useLogger } from './use-logger';"),
        errors: [{ messageId: 'chain', line: 1, column: 35, endLine: 1, endColumn: 63 }],
      },
    ],
  });
});

