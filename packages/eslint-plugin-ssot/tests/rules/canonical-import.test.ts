import { describe } from 'vitest';
import rule from '../../src/rules/canonical-import';
import { createRuleTester, fixtureFile } from '../rule-tester';

/*
 * Fixture projects (tests/fixtures/<project>), each with its tsconfig.json and ssot.config.json:
 *   bundler   moduleResolution bundler, aliases `@core/*` -> src/core/* and `@/*` -> src/*. Canonical: core/manager (Manager),
 *             core/types (Connection, ConnectionState, serialize), core/events (EventBus), core/logger (default),
 *             core/thing, core/widget; core/legacy/helpers moved whole to core/helpers. Legacy shims in core/legacy:
 *             manager-shim (re-export), old-manager -> mid-manager -> manager (chain), unified (UnifiedManager and
 *             four other names, three homes, plus its own VERSION), old-names (LegacyManager only), own-class
 *             (Manager next to its own LocalHelper), default-manager (Manager as default), logger (default),
 *             thing (`const OldThing = Thing`: not the same declaration), widget (a subclass); core/index is a
 *             legacy barrel for Manager and Connection; core/legacy/cjs-helpers (`export =`) moved whole to
 *             core/helpers; core/legacy/config re-exports `settings`, whose canonical module the config names
 *             `@core/config`. Ignored: src/generated/**, **\/*.stories.ts.
 *   nodenext  "type": "module", relative specifiers with `.js`. lib/legacy/clock re-exports Clock (also as
 *             Timer) and Tick; lib/legacy/format moved whole to lib/format.
 *   nodenext-implied  the same without `moduleResolution` (`module` implies it); lib/legacy/clock, also imported
 *             as `#legacy/clock` (package.json "imports"), moved whole to lib/clock.
 *   rxjs      `rxjs/operators` moved whole to `rxjs`.
 *   solution  tsconfig.json lists no file and references tsconfig.app.json (src, alias `@/*`) and
 *             tsconfig.node.json; lib/legacy/clock moved whole to lib/clock. src/app/file.ts is on disk.
 * Files under test live in src/app; they need not exist on disk.
 */
const bundler = (file: string) => fixtureFile('bundler', file);
const nodenext = (file: string) => fixtureFile('nodenext', file);
const nodenextImplied = (file: string) => fixtureFile('nodenext-implied', file);
const rxjs = (file: string) => fixtureFile('rxjs', file);
const solution = (file: string) => fixtureFile('solution', file);

const testerFor = (file: (path: string) => string) =>
  createRuleTester({ defaultFilenames: { ts: file('src/app/file.ts'), tsx: file('src/app/file.tsx') } });
const bundlerTester = testerFor(bundler);
const nodenextTester = testerFor(nodenext);
const nodenextImpliedTester = testerFor(nodenextImplied);
const rxjsTester = testerFor(rxjs);
const solutionTester = testerFor(solution);

const lines = (...text: string[]) => text.join('\n');
const crlfLines = (...text: string[]) => text.join('\r\n');

describe('import declarations', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [
      // the canonical module, relative and through the alias
      "import { Manager } from '../core/manager';",
      "import { Manager } from '@core/manager';",
      "import type { Connection } from '../core/types';",
      // names of a legacy module that are not legacy
      "import { VERSION } from '../core/legacy/unified';",
      "import { LocalHelper } from '../core/legacy/own-class';",
      "import type { ManagerOptions } from '../core/legacy/manager-shim';",
      // a barrel export that is not legacy
      "import { EventBus } from '../core';",
      // near misses: a module named like a legacy one, and a same-named export of another module
      "import { UnifiedManager } from '../core/unified';",
      "import { Manager } from '../other/manager';",
      // unrelated and unresolvable packages
      "import { readFile } from 'node:fs';",
      "import { thing } from 'not-installed';",
      // the shims themselves may import legacy modules
      { code: "export * from './mid-manager';", filename: bundler('src/core/legacy/old-manager.ts') },
      { code: "export { UnifiedManager } from './unified';", filename: bundler('src/core/legacy/old-names.ts') },
      // files matched by the config's "ignore" globs
      { code: "import { UnifiedManager } from '../core/legacy/unified';", filename: bundler('src/generated/api.ts') },
      { code: "import { Manager } from '../core/legacy/manager-shim';", filename: bundler('src/app/button.stories.ts') },
      // no ssot.config.json above the file
      { code: "import { Manager } from '../core/legacy/manager-shim';", filename: fixtureFile('no-config', 'src/file.ts') },
    ],
    invalid: [
      {
        // a pure re-export shim: the specifier is rewritten
        code: "import { Manager } from '../core/legacy/manager-shim';",
        output: "import { Manager } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 54 }],
      },
      {
        // an alias specifier is rewritten through the same alias
        code: "import { Manager } from '@core/legacy/manager-shim';",
        output: "import { Manager } from '@core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 52 }],
      },
      {
        // a three-layer chain (export * -> export { } from -> declaration) is followed to the declaration
        code: "import { Manager } from '../core/legacy/old-manager';",
        output: "import { Manager } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 53 }],
      },
      {
        // a legacy name moves to the canonical name; the local binding stays
        code: "import { UnifiedManager } from '../core/legacy/unified';",
        output: "import { Manager as UnifiedManager } from '../core/manager';",
        errors: [
          {
            messageId: 'legacyImport',
            data: { targets: "'Manager' (legacy name 'UnifiedManager') from '../core/manager'", specifier: '../core/legacy/unified' },
            line: 1,
            column: 32,
            endLine: 1,
            endColumn: 56,
          },
        ],
      },
      {
        // a renamed legacy name keeps its local name
        code: "import { UnifiedManager as M } from '../core/legacy/unified';",
        output: "import { Manager as M } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 37, endLine: 1, endColumn: 61 }],
      },
      {
        // names with different homes split into one declaration per home
        code: "import { UnifiedManager, serialize } from '../core/legacy/unified';",
        output: lines(
          "import { Manager as UnifiedManager } from '../core/manager';",
          "import { serialize } from '../core/types';",
        ),
        errors: [
          {
            messageId: 'legacyImport',
            data: {
              targets: "'Manager' (legacy name 'UnifiedManager') from '../core/manager' and 'serialize' from '../core/types'",
              specifier: '../core/legacy/unified',
            },
            line: 1,
            column: 43,
            endLine: 1,
            endColumn: 67,
          },
        ],
      },
      {
        // a name that is not legacy stays in the legacy import
        code: "import { UnifiedManager, VERSION } from '../core/legacy/unified';",
        output: lines(
          "import { VERSION } from '../core/legacy/unified';",
          "import { Manager as UnifiedManager } from '../core/manager';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 41, endLine: 1, endColumn: 65 }],
      },
      {
        // a legacy module that still owns a class: the class stays, the re-export moves
        code: "import { LocalHelper, Manager } from '../core/legacy/own-class';",
        output: lines(
          "import { LocalHelper } from '../core/legacy/own-class';",
          "import { Manager } from '../core/manager';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 38, endLine: 1, endColumn: 64 }],
      },
      {
        // a barrel index: its legacy export moves, the rest stays
        code: "import { Manager, EventBus } from '../core';",
        output: lines("import { EventBus } from '../core';", "import { Manager } from '../core/manager';"),
        errors: [{ messageId: 'legacyImport', line: 1, column: 35, endLine: 1, endColumn: 44 }],
      },
      {
        // the barrel through the alias, written with its /index
        code: "import type { Connection } from '@core/index';",
        output: "import type { Connection } from '@core/types';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 33, endLine: 1, endColumn: 46 }],
      },
      {
        // a whole-module move keeps every name
        code: "import { clamp, lerp } from '../core/legacy/helpers';",
        output: "import { clamp, lerp } from '../core/helpers';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 29, endLine: 1, endColumn: 53 }],
      },
      {
        // a whole-module move through the alias
        code: "import { EPSILON } from '@core/legacy/helpers';",
        output: "import { EPSILON } from '@core/helpers';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 47 }],
      },
      {
        // a written `.js` extension is kept (bundler resolution accepts it)
        code: "import { Manager } from '../core/legacy/manager-shim.js';",
        output: "import { Manager } from '../core/manager.js';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 57 }],
      },
      {
        // a multi-line declaration keeps its layout when a name leaves it, and the new one takes that layout
        code: lines('import {', '  UnifiedManager,', '  VERSION,', "} from '../core/legacy/unified';"),
        output: lines(
          'import {',
          '  VERSION,',
          "} from '../core/legacy/unified';",
          'import {',
          '  Manager as UnifiedManager,',
          "} from '../core/manager';",
        ),
        errors: [{ messageId: 'legacyImport', line: 4, column: 8, endLine: 4, endColumn: 32 }],
      },
    ],
  });
});

describe('import declarations: merging into an existing import', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [],
    invalid: [
      {
        // merged into a single-line import of the canonical module
        code: lines(
          "import { Connection } from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        output: lines(
          "import { Connection, serialize } from '../core/types';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        errors: [{ messageId: 'legacyImport', line: 2, column: 27, endLine: 2, endColumn: 51 }],
      },
      {
        // merged into a multi-line import with a trailing comma
        code: lines(
          'import {',
          '  Connection,',
          '  ConnectionState,',
          "} from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        output: lines(
          'import {',
          '  Connection,',
          '  ConnectionState,',
          '  serialize,',
          "} from '../core/types';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        errors: [{ messageId: 'legacyImport', line: 5, column: 27, endLine: 5, endColumn: 51 }],
      },
      {
        // merged into a multi-line import without a trailing comma
        code: lines(
          'import {',
          '  Connection,',
          '  ConnectionState',
          "} from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        output: lines(
          'import {',
          '  Connection,',
          '  ConnectionState,',
          '  serialize',
          "} from '../core/types';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        errors: [{ messageId: 'legacyImport', line: 5, column: 27, endLine: 5, endColumn: 51 }],
      },
      {
        // the moved name merges; the name that is not legacy stays
        code: lines(
          "import { Connection } from '../core/types';",
          "import { serialize, VERSION } from '../core/legacy/unified';",
        ),
        output: lines(
          "import { Connection, serialize } from '../core/types';",
          "import { VERSION } from '../core/legacy/unified';",
        ),
        errors: [{ messageId: 'legacyImport', line: 2, column: 36, endLine: 2, endColumn: 60 }],
      },
      {
        // merged into an import of the canonical module through the alias, past imports of other modules
        code: lines(
          "import { EventBus } from '../core/events';",
          "import { Connection } from '@core/types';",
          "import { serialize } from '../core/legacy/unified';",
        ),
        output: lines(
          "import { EventBus } from '../core/events';",
          "import { Connection, serialize } from '@core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 3, column: 27, endLine: 3, endColumn: 51 }],
      },
      {
        // a list that names what the canonical module does not export is no import of it: not merged into
        code: lines(
          "import { Connection, Manager } from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
        ),
        output: lines(
          "import { Connection, Manager } from '../core/types';",
          "import { serialize } from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 2, column: 27, endLine: 2, endColumn: 51 }],
      },
      {
        // `import type` merges into a value import with an inline `type`
        code: lines(
          "import { serialize } from '../core/types';",
          "import type { Connection } from '../core/legacy/unified';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        output: lines(
          "import { serialize, type Connection } from '../core/types';",
          'export const text = (c: Connection) => serialize(c);',
        ),
        errors: [{ messageId: 'legacyImport', line: 2, column: 33, endLine: 2, endColumn: 57 }],
      },
      {
        // `import type` prefers an existing `import type` of the canonical module
        code: lines(
          "import { serialize } from '../core/types';",
          "import type { ConnectionState } from '../core/types';",
          "import type { Connection } from '../core/legacy/unified';",
          'export type Pair = [Connection, ConnectionState];',
        ),
        output: lines(
          "import { serialize } from '../core/types';",
          "import type { ConnectionState, Connection } from '../core/types';",
          'export type Pair = [Connection, ConnectionState];',
        ),
        errors: [{ messageId: 'legacyImport', line: 3, column: 33, endLine: 3, endColumn: 57 }],
      },
      {
        // a value import is never merged into an `import type`
        code: lines(
          "import type { Connection } from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
        ),
        output: lines(
          "import type { Connection } from '../core/types';",
          "import { serialize } from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 2, column: 27, endLine: 2, endColumn: 51 }],
      },
      {
        // two imports that join one list are planned together: one pass
        code: lines(
          "import { Connection } from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
          "import type { ConnectionState } from '../core/legacy/unified';",
          'export const text = (c: Connection, s: ConnectionState) => serialize(c) + s;',
        ),
        output: lines(
          "import { Connection, serialize, type ConnectionState } from '../core/types';",
          'export const text = (c: Connection, s: ConnectionState) => serialize(c) + s;',
        ),
        errors: [
          { messageId: 'legacyImport', line: 2, column: 27, endLine: 2, endColumn: 51 },
          { messageId: 'legacyImport', line: 3, column: 38, endLine: 3, endColumn: 62 },
        ],
      },
    ],
  });
});

describe('import declarations: type modifiers, default imports, text style', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [],
    invalid: [
      {
        // `import type` stays `import type`
        code: "import type { Connection } from '../core/legacy/unified';",
        output: "import type { Connection } from '../core/types';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 33, endLine: 1, endColumn: 57 }],
      },
      {
        // an inline `type` modifier stays
        code: "import { type Connection, serialize } from '../core/legacy/unified';",
        output: "import { type Connection, serialize } from '../core/types';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 44, endLine: 1, endColumn: 68 }],
      },
      {
        // an inline `type` modifier stays on a renamed legacy name
        code: "import { type UnifiedManager } from '../core/legacy/unified';",
        output: "import { type Manager as UnifiedManager } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 37, endLine: 1, endColumn: 61 }],
      },
      {
        // split: a group of inline-`type` names only becomes `import type`
        code: "import { type Connection, UnifiedManager } from '../core/legacy/unified';",
        output: lines(
          "import { Manager as UnifiedManager } from '../core/manager';",
          "import type { Connection } from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 49, endLine: 1, endColumn: 73 }],
      },
      {
        // split of an `import type`: every new declaration is `import type`
        code: "import type { Connection, UnifiedManager } from '../core/legacy/unified';",
        output: lines(
          "import type { Connection } from '../core/types';",
          "import type { Manager as UnifiedManager } from '../core/manager';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 49, endLine: 1, endColumn: 73 }],
      },
      {
        // a legacy default export whose canonical home is a named export: the local name stays
        code: "import M from '../core/legacy/default-manager';",
        output: "import { Manager as M } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 15, endLine: 1, endColumn: 47 }],
      },
      {
        // `import type` of a legacy default export
        code: "import type M from '../core/legacy/default-manager';",
        output: "import type { Manager as M } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 20, endLine: 1, endColumn: 52 }],
      },
      {
        // the legacy default import leaves; the named import that is not legacy stays
        code: "import M, { DEFAULT_RETRIES } from '../core/legacy/default-manager';",
        output: lines(
          "import { DEFAULT_RETRIES } from '../core/legacy/default-manager';",
          "import { Manager as M } from '../core/manager';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 36, endLine: 1, endColumn: 68 }],
      },
      {
        // the default import that is not legacy stays; the legacy named import leaves
        code: "import Helper, { Manager } from '../core/legacy/own-class';",
        output: lines("import Helper from '../core/legacy/own-class';", "import { Manager } from '../core/manager';"),
        errors: [{ messageId: 'legacyImport', line: 1, column: 33, endLine: 1, endColumn: 59 }],
      },
      {
        // a legacy default import merges into an import of the canonical module under its local name
        code: lines(
          "import { Manager } from '../core/manager';",
          "import M from '../core/legacy/default-manager';",
          'export const pair = [Manager, M];',
        ),
        output: lines("import { Manager, Manager as M } from '../core/manager';", 'export const pair = [Manager, M];'),
        errors: [{ messageId: 'legacyImport', line: 2, column: 15, endLine: 2, endColumn: 47 }],
      },
      {
        // a legacy default export whose canonical home is a default export
        code: "import Logger from '../core/legacy/logger';",
        output: "import Logger from '../core/logger';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 20, endLine: 1, endColumn: 43 }],
      },
      {
        // double quotes are kept
        code: 'import { Manager } from "../core/legacy/manager-shim";',
        output: 'import { Manager } from "../core/manager";',
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 54 }],
      },
      {
        // new declarations follow the file: double quotes, no semicolons
        code: lines('import { UnifiedManager, serialize } from "../core/legacy/unified"', 'new UnifiedManager()'),
        output: lines(
          'import { Manager as UnifiedManager } from "../core/manager"',
          'import { serialize } from "../core/types"',
          'new UnifiedManager()',
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 43, endLine: 1, endColumn: 67 }],
      },
      {
        // new declarations are joined with the file's CRLF line endings
        code: crlfLines("import { UnifiedManager, serialize } from '../core/legacy/unified';", 'new UnifiedManager();', ''),
        output: crlfLines(
          "import { Manager as UnifiedManager } from '../core/manager';",
          "import { serialize } from '../core/types';",
          'new UnifiedManager();',
          '',
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 43, endLine: 1, endColumn: 67 }],
      },
      {
        // a merge into a multi-line import keeps CRLF line endings
        code: crlfLines(
          'import {',
          '  Connection,',
          "} from '../core/types';",
          "import { serialize } from '../core/legacy/unified';",
          'export const text = (c: Connection) => serialize(c);',
          '',
        ),
        output: crlfLines(
          'import {',
          '  Connection,',
          '  serialize,',
          "} from '../core/types';",
          'export const text = (c: Connection) => serialize(c);',
          '',
        ),
        errors: [{ messageId: 'legacyImport', line: 4, column: 27, endLine: 4, endColumn: 51 }],
      },
    ],
  });
});

describe('import declarations: comments and spelling', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [],
    invalid: [
      {
        // comments in the braces stay with their names when the declaration splits
        code: "import { /* the manager */ UnifiedManager, serialize /* wire */ } from '../core/legacy/unified';",
        output: lines(
          "import { /* the manager */ Manager as UnifiedManager } from '../core/manager';",
          "import { serialize /* wire */ } from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 72, endLine: 1, endColumn: 96 }],
      },
      {
        // a line comment after a name's comma is that name's, and keeps its line
        code: lines(
          'import {',
          '  // the manager',
          '  UnifiedManager,',
          '  serialize, // wire format',
          '  VERSION,',
          "} from '../core/legacy/unified';",
        ),
        output: lines(
          'import {',
          '  VERSION,',
          "} from '../core/legacy/unified';",
          'import {',
          '  // the manager',
          '  Manager as UnifiedManager,',
          "} from '../core/manager';",
          'import {',
          '  serialize, // wire format',
          "} from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 6, column: 8, endLine: 6, endColumn: 32 }],
      },
      {
        // the config names the canonical module `@core/config`: that spelling wins over the file's `@/` alias
        code: "import { settings } from '@/core/legacy/config';",
        output: "import { settings } from '@core/config';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 26, endLine: 1, endColumn: 48 }],
      },
      {
        // ... and over a relative path
        code: "import { settings } from '../core/legacy/config';",
        output: "import { settings } from '@core/config';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 26, endLine: 1, endColumn: 49 }],
      },
    ],
  });
});

describe('import declarations: refused fixes', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [],
    invalid: [
      {
        // `export const OldThing = Thing` is a new binding, not the canonical declaration: a suggestion only
        code: "import { OldThing } from '../core/legacy/thing';",
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            data: {
              targets: "'Thing' (legacy name 'OldThing') from '../core/thing'",
              specifier: '../core/legacy/thing',
              reason: "'Thing' of '../core/thing' is not the same declaration as 'OldThing' of '../core/legacy/thing'",
            },
            line: 1,
            column: 26,
            endLine: 1,
            endColumn: 48,
            suggestions: [],
          },
        ],
      },
      {
        // `export import Manager = manager.Manager` cannot be traced without the checker: a suggestion only
        // (canonical-import.typed.test.ts shows the same import fixed with type information)
        code: "import { Manager } from '../core/legacy/alias-manager';",
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            data: {
              targets: "'Manager' from '../core/manager'",
              specifier: '../core/legacy/alias-manager',
              reason: "ssot cannot trace 'Manager' through '../core/legacy/alias-manager' to a declaration",
            },
            line: 1,
            column: 25,
            endLine: 1,
            endColumn: 55,
            suggestions: [{ messageId: 'useCanonical', output: "import { Manager } from '../core/manager';" }],
          },
        ],
      },
      {
        // a legacy subclass under the canonical name is a different class: a suggestion only
        code: "import { Widget } from '../core/legacy/widget';",
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            data: {
              targets: "'Widget' from '../core/widget'",
              specifier: '../core/legacy/widget',
              reason: "'Widget' of '../core/widget' is not the same declaration as 'Widget' of '../core/legacy/widget'",
            },
            line: 1,
            column: 24,
            endLine: 1,
            endColumn: 47,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('namespace imports', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [
      // only names that are not legacy are used through the namespace
      lines("import * as u from '../core/legacy/unified';", 'console.log(u.VERSION);'),
      lines("import * as oc from '../core/legacy/own-class';", 'new oc.LocalHelper();'),
    ],
    invalid: [
      {
        // every member used lives in one canonical module: the specifier moves and a legacy member is renamed
        code: lines("import * as u from '../core/legacy/unified';", 'export const m = new u.UnifiedManager();'),
        output: lines("import * as u from '../core/manager';", 'export const m = new u.Manager();'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 44 }],
      },
      {
        // members used in types (`u.Connection`) count too
        code: lines(
          "import * as u from '../core/legacy/unified';",
          "export const c: u.Connection = { id: 'a' };",
          'u.serialize(c);',
        ),
        output: lines(
          "import * as u from '../core/types';",
          "export const c: u.Connection = { id: 'a' };",
          'u.serialize(c);',
        ),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 44 }],
      },
      {
        // members with two homes: no single replacement, and no suggestion (either home alone loses a name)
        code: lines("import * as u from '../core/legacy/unified';", 'u.serialize(new u.EventBus());'),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            data: { specifier: '../core/legacy/unified', count: '2', canonicals: "'../core/types', '../core/events'" },
            line: 1,
            column: 20,
            endLine: 1,
            endColumn: 44,
            suggestions: [],
          },
        ],
      },
      {
        // a namespace passed as a value may use any export; a renamed one cannot follow: a suggestion only
        code: lines("import * as o from '../core/legacy/old-names';", 'console.log(o);'),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            data: {
              specifier: '../core/legacy/old-names',
              canonical: '../core/manager',
              reason: "'LegacyManager' is renamed to 'Manager', and this site uses the module as a whole",
            },
            line: 1,
            column: 20,
            endLine: 1,
            endColumn: 46,
            suggestions: [],
          },
        ],
      },
      {
        // a namespace passed as a value, over a module that still owns a class: a suggestion only
        code: lines("import * as oc from '../core/legacy/own-class';", 'console.log(oc);'),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            data: {
              specifier: '../core/legacy/own-class',
              canonical: '../core/manager',
              reason: "'../core/manager' does not export 'LocalHelper'",
            },
            line: 1,
            column: 21,
            endLine: 1,
            endColumn: 47,
            suggestions: [],
          },
        ],
      },
      {
        // a namespace passed as a value over a whole-module move: every export is proven, so it is fixed
        code: lines("import * as h from '../core/legacy/helpers';", 'console.log(h);'),
        output: lines("import * as h from '../core/helpers';", 'console.log(h);'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 44 }],
      },
      {
        // a namespace over an `export =` module, whose exports its syntax does not list: a suggestion only
        code: lines("import * as c from '../core/legacy/cjs-helpers';", 'console.log(c);'),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            data: {
              specifier: '../core/legacy/cjs-helpers',
              canonical: '../core/helpers',
              reason: "ssot cannot list the exports of '../core/legacy/cjs-helpers'",
            },
            line: 1,
            column: 20,
            endLine: 1,
            endColumn: 48,
            suggestions: [
              {
                messageId: 'useCanonical',
                data: { canonical: '../core/helpers' },
                output: lines("import * as c from '../core/helpers';", 'console.log(c);'),
              },
            ],
          },
        ],
      },
      {
        // a namespace passed as a value over a module with three homes
        code: lines("import * as u from '../core/legacy/unified';", 'console.log(u);'),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            data: {
              specifier: '../core/legacy/unified',
              count: '3',
              canonicals: "'../core/manager', '../core/types', '../core/events'",
            },
            line: 1,
            column: 20,
            endLine: 1,
            endColumn: 44,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('side-effect imports', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: ["import '../core/manager';", "import '../core/unified';"],
    invalid: [
      {
        // a shim with one home: the specifier moves
        code: "import '../core/legacy/manager-shim';",
        output: "import '../core/manager';",
        errors: [{ messageId: 'legacyModule', line: 1, column: 8, endLine: 1, endColumn: 37 }],
      },
      {
        // a legacy module with several homes: legacyModuleSplit, one suggestion per home
        code: "import '../core/legacy/unified';",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplit',
            data: {
              specifier: '../core/legacy/unified',
              count: '3',
              canonicals: "'../core/manager', '../core/types', '../core/events'",
            },
            line: 1,
            column: 8,
            endLine: 1,
            endColumn: 32,
            suggestions: [
              { messageId: 'useCanonical', data: { canonical: '../core/manager' }, output: "import '../core/manager';" },
              { messageId: 'useCanonical', data: { canonical: '../core/types' }, output: "import '../core/types';" },
              { messageId: 'useCanonical', data: { canonical: '../core/events' }, output: "import '../core/events';" },
            ],
          },
        ],
      },
      {
        // a side-effect import only loads the module: this shim runs nothing of its own, so loading the
        // canonical module instead runs the same code in the same order
        code: "import '../core/legacy/own-class';",
        output: "import '../core/manager';",
        errors: [
          {
            messageId: 'legacyModule',
            data: { specifier: '../core/legacy/own-class', canonical: '../core/manager' },
            line: 1,
            column: 8,
            endLine: 1,
            endColumn: 34,
          },
        ],
      },
    ],
  });
});

describe('re-exports: export { } from', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [
      "export { Manager } from '../core/manager';",
      "export { VERSION } from '../core/legacy/unified';",
      { code: "export { Manager } from '../manager';", filename: bundler('src/core/legacy/manager-shim.ts') },
    ],
    invalid: [
      {
        // the specifier is rewritten
        code: "export { Manager } from '../core/legacy/manager-shim';",
        output: "export { Manager } from '../core/manager';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 25, endLine: 1, endColumn: 54 }],
      },
      {
        // a legacy name: the exported name stays, the canonical name is taken
        code: "export { UnifiedManager } from '../core/legacy/unified';",
        output: "export { Manager as UnifiedManager } from '../core/manager';",
        errors: [
          {
            messageId: 'legacyExport',
            data: { targets: "'Manager' (legacy name 'UnifiedManager') from '../core/manager'", specifier: '../core/legacy/unified' },
            line: 1,
            column: 32,
            endLine: 1,
            endColumn: 56,
          },
        ],
      },
      {
        // a renamed legacy name keeps its exported name
        code: "export { UnifiedManager as UM } from '../core/legacy/unified';",
        output: "export { Manager as UM } from '../core/manager';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 38, endLine: 1, endColumn: 62 }],
      },
      {
        // `export { default }` of a legacy default export whose canonical home is a named export
        code: "export { default } from '../core/legacy/default-manager';",
        output: "export { Manager as default } from '../core/manager';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 25, endLine: 1, endColumn: 57 }],
      },
      {
        // `export { default as M }` of the same
        code: "export { default as M } from '../core/legacy/default-manager';",
        output: "export { Manager as M } from '../core/manager';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 30, endLine: 1, endColumn: 62 }],
      },
      {
        // `export { X as default }` keeps the default export
        code: "export { Manager as default } from '../core/legacy/manager-shim';",
        output: "export { Manager as default } from '../core/manager';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 36, endLine: 1, endColumn: 65 }],
      },
      {
        // `export type` stays `export type`
        code: "export type { Connection } from '../core/legacy/unified';",
        output: "export type { Connection } from '../core/types';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 33, endLine: 1, endColumn: 57 }],
      },
      {
        // names with different homes split into one re-export per home
        code: "export { UnifiedManager, EventBus } from '../core/legacy/unified';",
        output: lines(
          "export { Manager as UnifiedManager } from '../core/manager';",
          "export { EventBus } from '../core/events';",
        ),
        errors: [{ messageId: 'legacyExport', line: 1, column: 42, endLine: 1, endColumn: 66 }],
      },
      {
        // a name that is not legacy stays
        code: "export { VERSION, EventBus } from '../core/legacy/unified';",
        output: lines("export { VERSION } from '../core/legacy/unified';", "export { EventBus } from '../core/events';"),
        errors: [{ messageId: 'legacyExport', line: 1, column: 35, endLine: 1, endColumn: 59 }],
      },
      {
        // merged into an existing re-export of the canonical module, with its inline `type`
        code: lines(
          "export { serialize } from '../core/types';",
          "export { type Connection } from '../core/legacy/unified';",
          'export const answer = 42;',
        ),
        output: lines("export { serialize, type Connection } from '../core/types';", 'export const answer = 42;'),
        errors: [{ messageId: 'legacyExport', line: 2, column: 33, endLine: 2, endColumn: 57 }],
      },
      {
        // not the same declaration: legacyExportUnsafe with a suggestion
        code: "export { OldThing } from '../core/legacy/thing';",
        output: null,
        errors: [
          {
            messageId: 'legacyExportUnsafe',
            data: {
              targets: "'Thing' (legacy name 'OldThing') from '../core/thing'",
              specifier: '../core/legacy/thing',
              reason: "'Thing' of '../core/thing' is not the same declaration as 'OldThing' of '../core/legacy/thing'",
            },
            line: 1,
            column: 26,
            endLine: 1,
            endColumn: 48,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('re-exports: export * from, export * as ns from', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: ["export * from '../core/manager';", "export * as helpers from '../core/helpers';"],
    invalid: [
      {
        // every export of the shim is the same declaration in the canonical module
        code: "export * from '../core/legacy/manager-shim';",
        output: "export * from '../core/manager';",
        errors: [{ messageId: 'legacyModule', line: 1, column: 15, endLine: 1, endColumn: 44 }],
      },
      {
        // `export * as ns` of a moved module
        code: "export * as helpers from '../core/legacy/helpers';",
        output: "export * as helpers from '../core/helpers';",
        errors: [{ messageId: 'legacyModule', line: 1, column: 26, endLine: 1, endColumn: 50 }],
      },
      {
        // a renamed member cannot be re-exported under its old name by `export *`: a suggestion only
        code: "export * from '../core/legacy/old-names';",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            data: {
              specifier: '../core/legacy/old-names',
              canonical: '../core/manager',
              reason: "'LegacyManager' is renamed to 'Manager', and this site uses the module as a whole",
            },
            line: 1,
            column: 15,
            endLine: 1,
            endColumn: 41,
            suggestions: [],
          },
        ],
      },
      {
        // a different declaration under the same name: a suggestion only
        code: "export * from '../core/legacy/widget';",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            data: {
              specifier: '../core/legacy/widget',
              canonical: '../core/widget',
              reason: "'Widget' of '../core/widget' is not the same declaration as 'Widget' of '../core/legacy/widget'",
            },
            line: 1,
            column: 15,
            endLine: 1,
            endColumn: 38,
            suggestions: [],
          },
        ],
      },
      {
        // a legacy module with several homes: each name is re-exported from its own
        code: "export * from '../core/legacy/unified';",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            line: 1,
            column: 15,
            endLine: 1,
            endColumn: 39,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('dynamic import()', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [
      "const { VERSION } = await import('../core/legacy/unified');",
      'const name = "../core/legacy/unified"; await import(name);',
    ],
    invalid: [
      {
        // destructuring: a legacy name becomes `Canonical: local`
        code: "const { UnifiedManager } = await import('../core/legacy/unified');",
        output: "const { Manager: UnifiedManager } = await import('../core/manager');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 41, endLine: 1, endColumn: 65 }],
      },
      {
        // destructuring through the alias
        code: "const { clamp } = await import('@core/legacy/helpers');",
        output: "const { clamp } = await import('@core/helpers');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 32, endLine: 1, endColumn: 54 }],
      },
      {
        // property access on the awaited module
        code: "export const s = (await import('../core/legacy/unified')).serialize;",
        output: "export const s = (await import('../core/types')).serialize;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 32, endLine: 1, endColumn: 56 }],
      },
      {
        // a destructured name that is not in the canonical module: a suggestion only
        code: "const { serialize, VERSION } = await import('../core/legacy/unified');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            data: {
              specifier: '../core/legacy/unified',
              canonical: '../core/types',
              reason: "'../core/types' does not export 'VERSION'",
            },
            line: 1,
            column: 45,
            endLine: 1,
            endColumn: 69,
            suggestions: [],
          },
        ],
      },
      {
        // destructured names with two homes: one suggestion per home
        code: "const { UnifiedManager: M, serialize } = await import('../core/legacy/unified');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            line: 1,
            column: 55,
            endLine: 1,
            endColumn: 79,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('require()', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [
      "const { VERSION } = require('../core/legacy/unified');",
      // not module sites: another object's method, a second argument, a plain string
      "other.require('../core/legacy/unified');",
      "require('../core/legacy/unified', 1);",
      "const where = '../core/legacy/unified';",
    ],
    invalid: [
      {
        // destructuring: a legacy name becomes `Canonical: local`
        code: "const { UnifiedManager } = require('../core/legacy/unified');",
        output: "const { Manager: UnifiedManager } = require('../core/manager');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 36, endLine: 1, endColumn: 60 }],
      },
      {
        // `.X` on the required module
        code: "const serialize = require('../core/legacy/unified').serialize;",
        output: "const serialize = require('../core/types').serialize;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 27, endLine: 1, endColumn: 51 }],
      },
      {
        // `.X` under a legacy name is renamed
        code: "const M = require('../core/legacy/unified').UnifiedManager;",
        output: "const M = require('../core/manager').Manager;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 19, endLine: 1, endColumn: 43 }],
      },
      {
        // the whole module of a whole-module move
        code: "const h = require('../core/legacy/helpers');",
        output: "const h = require('../core/helpers');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 19, endLine: 1, endColumn: 43 }],
      },
      {
        // a rest element uses the module as a whole, and a renamed member cannot follow
        code: "const { ...rest } = require('../core/legacy/old-names');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            line: 1,
            column: 29,
            endLine: 1,
            endColumn: 55,
            suggestions: [],
          },
        ],
      },
      {
        // the whole module of a legacy module with several homes
        code: "const u = require('../core/legacy/unified');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplit',
            line: 1,
            column: 19,
            endLine: 1,
            endColumn: 43,
            suggestions: [
              { messageId: 'useCanonical', output: "const u = require('../core/manager');" },
              { messageId: 'useCanonical', output: "const u = require('../core/types');" },
              { messageId: 'useCanonical', output: "const u = require('../core/events');" },
            ],
          },
        ],
      },
    ],
  });
});

describe('import x = require()', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [lines("import u = require('../core/legacy/unified');", 'console.log(u.VERSION);')],
    invalid: [
      {
        // members are followed like a namespace import's, legacy names renamed
        code: lines("import u = require('../core/legacy/unified');", 'new u.UnifiedManager();'),
        output: lines("import u = require('../core/manager');", 'new u.Manager();'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 44 }],
      },
      {
        // through the alias
        code: lines("import h = require('@core/legacy/helpers');", 'h.clamp(1, 0, 2);'),
        output: lines("import h = require('@core/helpers');", 'h.clamp(1, 0, 2);'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 42 }],
      },
    ],
  });
});

describe("import('x').T and typeof import('x') in types", () => {
  bundlerTester.run('canonical-import', rule, {
    valid: ["export type C = import('../core/types').Connection;", "export type V = typeof import('../core/legacy/unified').VERSION;"],
    invalid: [
      {
        // a legacy name as the qualifier is renamed
        code: "export type M = import('../core/legacy/unified').UnifiedManager;",
        output: "export type M = import('../core/manager').Manager;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 24, endLine: 1, endColumn: 48 }],
      },
      {
        // a qualifier that keeps its name
        code: "export type C = import('../core/legacy/unified').Connection;",
        output: "export type C = import('../core/types').Connection;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 24, endLine: 1, endColumn: 48 }],
      },
      {
        // `typeof import('x').member`
        code: "export type S = typeof import('../core/legacy/unified').serialize;",
        output: "export type S = typeof import('../core/types').serialize;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 31, endLine: 1, endColumn: 55 }],
      },
      {
        // `typeof import('x')` of a whole-module move
        code: "export type H = typeof import('../core/legacy/helpers');",
        output: "export type H = typeof import('../core/helpers');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 31, endLine: 1, endColumn: 55 }],
      },
      {
        // `typeof import('x')` of a module with a renamed member: a suggestion only
        code: "export type M = typeof import('../core/legacy/old-names');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            line: 1,
            column: 31,
            endLine: 1,
            endColumn: 57,
            suggestions: [],
          },
        ],
      },
      {
        // `typeof import('x')` of a module with several homes
        code: "export type U = typeof import('../core/legacy/unified');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            line: 1,
            column: 31,
            endLine: 1,
            endColumn: 55,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('test mocks: vi.mock, jest.mock, vi.importActual, jest.requireActual', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [
      "vi.mock('../core/manager');",
      "jest.requireActual('../core/legacy/unified').VERSION;",
      // not a test framework object
      "mocker.mock('../core/legacy/unified');",
    ],
    invalid: [
      {
        // vi.mock of a shim with one home
        code: "vi.mock('../core/legacy/manager-shim');",
        output: "vi.mock('../core/manager');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 9, endLine: 1, endColumn: 38 }],
      },
      {
        // jest.mock with a factory
        code: "jest.mock('../core/legacy/helpers', () => ({ clamp: jest.fn() }));",
        output: "jest.mock('../core/helpers', () => ({ clamp: jest.fn() }));",
        errors: [{ messageId: 'legacyModule', line: 1, column: 11, endLine: 1, endColumn: 35 }],
      },
      {
        // vi.doMock and vi.unmock, relative and alias
        code: lines("vi.doMock('../core/legacy/helpers');", "vi.unmock('@core/legacy/manager-shim');"),
        output: lines("vi.doMock('../core/helpers');", "vi.unmock('@core/manager');"),
        errors: [
          { messageId: 'legacyModule', line: 1, column: 11, endLine: 1, endColumn: 35 },
          { messageId: 'legacyModule', line: 2, column: 11, endLine: 2, endColumn: 38 },
        ],
      },
      {
        // vi.mock of a module with several homes: legacyModuleSplit
        code: "vi.mock('../core/legacy/unified');",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            line: 1,
            column: 9,
            endLine: 1,
            endColumn: 33,
            suggestions: [],
          },
        ],
      },
      {
        // vi.importActual of the whole module
        code: "const actual = await vi.importActual('../core/legacy/helpers');",
        output: "const actual = await vi.importActual('../core/helpers');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 38, endLine: 1, endColumn: 62 }],
      },
      {
        // jest.requireActual destructured
        code: "const { serialize } = jest.requireActual('../core/legacy/unified');",
        output: "const { serialize } = jest.requireActual('../core/types');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 42, endLine: 1, endColumn: 66 }],
      },
      {
        // jest.requireActual(...).X under a legacy name
        code: "const M = jest.requireActual('../core/legacy/unified').UnifiedManager;",
        output: "const M = jest.requireActual('../core/manager').Manager;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 30, endLine: 1, endColumn: 54 }],
      },
      {
        // vi.mock(import('x')): the import() inside is the site
        code: "vi.mock(import('../core/legacy/helpers'));",
        output: "vi.mock(import('../core/helpers'));",
        errors: [{ messageId: 'legacyModule', line: 1, column: 16, endLine: 1, endColumn: 40 }],
      },
    ],
  });
});

describe('nodenext: relative specifiers with .js', () => {
  nodenextTester.run('canonical-import', rule, {
    valid: [
      "import { Clock } from '../lib/clock.js';",
      "import type { Tick } from '../lib/tick.js';",
      { code: "export { Clock, Clock as Timer } from '../clock.js';", filename: nodenext('src/lib/legacy/clock.ts') },
    ],
    invalid: [
      {
        // the fix writes `.js`
        code: "import { Clock } from '../lib/legacy/clock.js';",
        output: "import { Clock } from '../lib/clock.js';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 47 }],
      },
      {
        // a legacy name keeps its local binding
        code: "import { Timer } from '../lib/legacy/clock.js';",
        output: "import { Clock as Timer } from '../lib/clock.js';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 47 }],
      },
      {
        // a split writes `.js` in every new declaration
        code: "import { Clock, type Tick } from '../lib/legacy/clock.js';",
        output: lines("import { Clock } from '../lib/clock.js';", "import type { Tick } from '../lib/tick.js';"),
        errors: [{ messageId: 'legacyImport', line: 1, column: 34, endLine: 1, endColumn: 58 }],
      },
      {
        // merged into the existing import of the canonical module
        code: lines(
          "import { Clock } from '../lib/clock.js';",
          "import { Timer } from '../lib/legacy/clock.js';",
          'export const pair = [Clock, Timer];',
        ),
        output: lines("import { Clock, Clock as Timer } from '../lib/clock.js';", 'export const pair = [Clock, Timer];'),
        errors: [{ messageId: 'legacyImport', line: 2, column: 23, endLine: 2, endColumn: 47 }],
      },
      {
        // export { } from
        code: "export { Timer } from '../lib/legacy/clock.js';",
        output: "export { Clock as Timer } from '../lib/clock.js';",
        errors: [{ messageId: 'legacyExport', line: 1, column: 23, endLine: 1, endColumn: 47 }],
      },
      {
        // export * from a whole-module move
        code: "export * from '../lib/legacy/format.js';",
        output: "export * from '../lib/format.js';",
        errors: [{ messageId: 'legacyModule', line: 1, column: 15, endLine: 1, endColumn: 40 }],
      },
      {
        // dynamic import()
        code: "const { formatTime } = await import('../lib/legacy/format.js');",
        output: "const { formatTime } = await import('../lib/format.js');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 37, endLine: 1, endColumn: 62 }],
      },
      {
        // a namespace import with a legacy member
        code: lines("import * as clock from '../lib/legacy/clock.js';", 'new clock.Timer();'),
        output: lines("import * as clock from '../lib/clock.js';", 'new clock.Clock();'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 24, endLine: 1, endColumn: 48 }],
      },
      {
        // import('x').T
        code: "export type T = import('../lib/legacy/clock.js').Tick;",
        output: "export type T = import('../lib/tick.js').Tick;",
        errors: [{ messageId: 'legacyModule', line: 1, column: 24, endLine: 1, endColumn: 48 }],
      },
      {
        // a CommonJS file (.cts) may omit the extension, and the fix omits it too
        code: "const { formatTime } = require('../lib/legacy/format');",
        filename: nodenext('src/app/file.cts'),
        output: "const { formatTime } = require('../lib/format');",
        errors: [{ messageId: 'legacyModule', line: 1, column: 32, endLine: 1, endColumn: 54 }],
      },
    ],
  });
});

describe('nodenext implied by `module` alone: an ES module file resolves as one', () => {
  nodenextImpliedTester.run('canonical-import', rule, {
    valid: ["import { Clock } from '../lib/clock.js';"],
    invalid: [
      {
        // TypeScript resolves an ES module's imports in import mode: without `.js` the path would not resolve
        code: "import { Clock } from '#legacy/clock';",
        output: "import { Clock } from '../lib/clock.js';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 38 }],
      },
      {
        // a CommonJS file (.cts) still loads it in require mode, where the path needs no extension
        code: "import { Clock } from '#legacy/clock';",
        filename: nodenextImplied('src/app/file.cts'),
        output: "import { Clock } from '../lib/clock';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 38 }],
      },
    ],
  });
});

describe("a solution-style tsconfig.json: the referenced project's options resolve its files", () => {
  solutionTester.run('canonical-import', rule, {
    valid: ["import { Clock } from '@/lib/clock';"],
    invalid: [
      {
        // `@/*` is tsconfig.app.json's alias; tsconfig.json itself lists no file and sets no option
        code: "import { Clock } from '@/lib/legacy/clock';",
        output: "import { Clock } from '@/lib/clock';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 43 }],
      },
    ],
  });
});

describe('rxjs: a package module moved whole', () => {
  rxjsTester.run('canonical-import', rule, {
    valid: ["import { map, partition } from 'rxjs';", "import { ajax } from 'rxjs/ajax';"],
    invalid: [
      {
        // package specifiers are rewritten
        code: "import { map, filter } from 'rxjs/operators';",
        output: "import { map, filter } from 'rxjs';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 29, endLine: 1, endColumn: 45 }],
      },
      {
        // merged into the existing import of 'rxjs'
        code: lines(
          "import { of } from 'rxjs';",
          "import { map } from 'rxjs/operators';",
          'of(1).pipe(map((x) => x + 1));',
        ),
        output: lines("import { of, map } from 'rxjs';", 'of(1).pipe(map((x) => x + 1));'),
        errors: [{ messageId: 'legacyImport', line: 2, column: 21, endLine: 2, endColumn: 37 }],
      },
      {
        // `partition` of 'rxjs' is the creation function, not the operator: a suggestion only
        code: "import { partition } from 'rxjs/operators';",
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            data: {
              targets: "'partition' from 'rxjs'",
              specifier: 'rxjs/operators',
              reason: "'partition' of 'rxjs' is not the same declaration as 'partition' of 'rxjs/operators'",
            },
            line: 1,
            column: 27,
            endLine: 1,
            endColumn: 43,
            suggestions: [],
          },
        ],
      },
      {
        // so is `concat`
        code: "import { concat } from 'rxjs/operators';",
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            data: {
              targets: "'concat' from 'rxjs'",
              specifier: 'rxjs/operators',
              reason: "'concat' of 'rxjs' is not the same declaration as 'concat' of 'rxjs/operators'",
            },
            line: 1,
            column: 24,
            endLine: 1,
            endColumn: 40,
            suggestions: [],
          },
        ],
      },
      {
        // a namespace whose members are all the same declarations in 'rxjs'
        code: lines("import * as operators from 'rxjs/operators';", 'operators.map((x: number) => x);'),
        output: lines("import * as operators from 'rxjs';", 'operators.map((x: number) => x);'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 28, endLine: 1, endColumn: 44 }],
      },
      {
        // `export *` would change what `concat`, `partition`... mean: a suggestion only
        code: "export * from 'rxjs/operators';",
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            line: 1,
            column: 15,
            endLine: 1,
            endColumn: 31,
            suggestions: [],
          },
        ],
      },
      {
        // require() destructured, double quotes, no semicolon
        code: 'const { map } = require("rxjs/operators")',
        output: 'const { map } = require("rxjs")',
        errors: [{ messageId: 'legacyModule', line: 1, column: 25, endLine: 1, endColumn: 41 }],
      },
    ],
  });
});

/*
 * Engine bugs this table found; each case states the correct behaviour.
 */
describe('engine bugs found by this table, now fixed', () => {
  bundlerTester.run('canonical-import', rule, {
    valid: [],
    invalid: [
      {
        // `.then` of import() is the promise's, not an export: the callback's parameter is the module, and the
        // one legacy name it uses moves (renamed) with it
        name: "import('x').then((m) => m.X) moves with the names the callback uses",
        code: "import('../core/legacy/unified').then((m) => new m.UnifiedManager());",
        output: "import('../core/manager').then((m) => new m.Manager());",
        errors: [{ messageId: 'legacyModule', line: 1, column: 8, endLine: 1, endColumn: 32 }],
      },
      {
        // the same over a whole-module move must be fixed; today it is refused ("cannot trace 'then'")
        name: "import('x').then(...) of a moved module is refused",

        code: "import('../core/legacy/helpers').then((h) => h.clamp(1, 0, 2));",
        output: "import('../core/helpers').then((h) => h.clamp(1, 0, 2));",
        errors: [{ messageId: 'legacyModule', line: 1, column: 8, endLine: 1, endColumn: 32 }],
      },
      {
        // a local `u` that shadows the namespace is not the namespace: its member must not be renamed
        name: 'a shadowing binding of the namespace name gets its members renamed',

        code: lines(
          "import * as u from '../core/legacy/unified';",
          'new u.UnifiedManager();',
          'export const f = ({ u }: { u: { UnifiedManager: number } }) => u.UnifiedManager;',
        ),
        output: lines(
          "import * as u from '../core/manager';",
          'new u.Manager();',
          'export const f = ({ u }: { u: { UnifiedManager: number } }) => u.UnifiedManager;',
        ),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 44 }],
      },
      {
        // `M` is own-class's default (LocalHelper); '../core/manager' has no default export, so no fix
        name: 'the default binding of `import M, * as ns` is ignored',

        code: lines("import M, * as ns from '../core/legacy/own-class';", 'console.log(ns.Manager, M);'),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleUnsafe',
            line: 1,
            column: 24,
            endLine: 1,
            endColumn: 50,
            suggestions: [],
          },
        ],
      },
      {
        // each suggestion renames only the members that live in the module it suggests
        name: 'a split suggestion renames members that live in the other home',

        code: lines("import * as u from '../core/legacy/unified';", 'new u.UnifiedManager();', "u.serialize({ id: 'a' });"),
        output: null,
        errors: [
          {
            messageId: 'legacyModuleSplitUsed',
            line: 1,
            column: 20,
            endLine: 1,
            endColumn: 44,
            suggestions: [],
          },
        ],
      },
      {
        // a comment inside a split declaration is kept with its specifier
        name: 'a split drops the comments of the declaration',

        code: "import { /* the manager */ UnifiedManager, serialize } from '../core/legacy/unified';",
        output: lines(
          "import { /* the manager */ Manager as UnifiedManager } from '../core/manager';",
          "import { serialize } from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 61, endLine: 1, endColumn: 85 }],
      },
    ],
  });
});
