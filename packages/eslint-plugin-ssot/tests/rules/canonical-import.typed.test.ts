import { describe } from 'vitest';
import rule from '../../src/rules/canonical-import';
import { createRuleTester, fixtureFile } from '../rule-tester';

/*
 * The same rule with type information: the program's own resolutions and the type checker decide whether a
 * legacy export is the canonical declaration. Each project has src/app/typed.ts on disk, included by its
 * tsconfig; the cases supply its text. Fixtures are described in canonical-import.test.ts.
 */
const typedTesterFor = (project: string) =>
  createRuleTester({
    defaultFilenames: { ts: fixtureFile(project, 'src/app/typed.ts'), tsx: fixtureFile(project, 'src/app/typed.tsx') },
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts'] },
        tsconfigRootDir: fixtureFile(project, ''),
      },
    },
  });

const lines = (...text: string[]) => text.join('\n');

describe('with type information: bundler', () => {
  typedTesterFor('bundler').run('canonical-import', rule, {
    valid: [
      "import { Manager } from '../core/manager';",
      "import { VERSION } from '../core/legacy/unified';",
      lines("import * as u from '../core/legacy/unified';", 'console.log(u.VERSION);'),
    ],
    invalid: [
      {
        // a namespace over an `export =` module: the checker lists no exports to prove, so a suggestion only
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
        // the split is the same as without types
        code: "import { UnifiedManager, serialize } from '../core/legacy/unified';",
        output: lines(
          "import { Manager as UnifiedManager } from '../core/manager';",
          "import { serialize } from '../core/types';",
        ),
        errors: [{ messageId: 'legacyImport', line: 1, column: 43, endLine: 1, endColumn: 67 }],
      },
      {
        // the program's resolution of the alias, and the checker following the three-layer chain
        code: "import { Manager } from '@core/legacy/old-manager';",
        output: "import { Manager } from '@core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 51 }],
      },
      {
        // the checker sees `const OldThing = Thing` as a variable, not the class: a suggestion only
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
        // a subclass is a different class for the checker too
        code: "import { Widget } from '../core/legacy/widget';",
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            line: 1,
            column: 24,
            endLine: 1,
            endColumn: 47,
            suggestions: [],
          },
        ],
      },
      {
        // a namespace passed as a value over a whole-module move: the checker lists and proves every export
        code: lines("import * as h from '../core/legacy/helpers';", 'console.log(h);'),
        output: lines("import * as h from '../core/helpers';", 'console.log(h);'),
        errors: [{ messageId: 'legacyModule', line: 1, column: 20, endLine: 1, endColumn: 44 }],
      },
      {
        // `export import Manager = manager.Manager` is followed by the checker (the untyped path cannot trace it)
        code: "import { Manager } from '../core/legacy/alias-manager';",
        output: "import { Manager } from '../core/manager';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 25, endLine: 1, endColumn: 55 }],
      },
    ],
  });
});

describe('with type information: nodenext', () => {
  typedTesterFor('nodenext').run('canonical-import', rule, {
    valid: ["import { Clock } from '../lib/clock.js';"],
    invalid: [
      {
        // `.js` is written, the local binding kept
        code: "import { Timer } from '../lib/legacy/clock.js';",
        output: "import { Clock as Timer } from '../lib/clock.js';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 23, endLine: 1, endColumn: 47 }],
      },
    ],
  });
});

describe('with type information: rxjs', () => {
  typedTesterFor('rxjs').run('canonical-import', rule, {
    valid: ["import { map } from 'rxjs';"],
    invalid: [
      {
        // the same declaration in 'rxjs': fixed
        code: "import { map, filter } from 'rxjs/operators';",
        output: "import { map, filter } from 'rxjs';",
        errors: [{ messageId: 'legacyImport', line: 1, column: 29, endLine: 1, endColumn: 45 }],
      },
      {
        // the operator `partition` is not the creation function `partition` of 'rxjs': a suggestion only
        code: lines("import { of } from 'rxjs';", "import { partition } from 'rxjs/operators';", 'of(1).pipe(partition(Boolean));'),
        output: null,
        errors: [
          {
            messageId: 'legacyImportUnsafe',
            data: {
              targets: "'partition' from 'rxjs'",
              specifier: 'rxjs/operators',
              reason: "'partition' of 'rxjs' is not the same declaration as 'partition' of 'rxjs/operators'",
            },
            line: 2,
            column: 27,
            endLine: 2,
            endColumn: 43,
            suggestions: [],
          },
        ],
      },
    ],
  });
});
