import { describe } from 'vitest';
import rule from '../../src/rules/use-factory';
import { createRuleTester, fixtureFile } from '../rule-tester';

/*
 * The same rule with type information. Pool's factory has no `acceptsConstructorArgs`, so a fix needs the checker
 * to show that the arguments fit `createPool(size: number): Pool` and that its result can stand where the
 * `new Pool(...)` stood; the constructor is wider (`size: number | string`, an optional label, a type parameter).
 * The fixture is described in use-factory.test.ts; src/app/typed.ts is on disk, the cases supply its text.
 */
const tester = createRuleTester({
  defaultFilenames: { ts: fixtureFile('factory', 'src/app/typed.ts'), tsx: fixtureFile('factory', 'src/app/typed.tsx') },
  languageOptions: {
    parserOptions: {
      projectService: { allowDefaultProject: ['*.ts'] },
      tsconfigRootDir: fixtureFile('factory', ''),
    },
  },
});

const lines = (...text: string[]) => text.join('\n');

const poolData = { className: 'Pool', factory: 'createPool', factoryModule: '../lib/pool-factory' };
const misfit = "'createPool' does not accept these arguments or does not return the same type";

describe('with type information', () => {
  tester.run('use-factory', rule, {
    valid: [
      // the checker sees the parameter, not the import
      lines("import { Pool } from '../lib/pool';", 'export function build(Pool: new (size: number) => object) {', '  return new Pool(4);', '}'),
      // a same-named class of another module is another symbol
      lines("import { Client } from '../other/client';", 'export const c = new Client();'),
    ],
    invalid: [
      {
        // the argument fits the factory's parameter, and Pool<unknown> is what both give: fixed
        code: lines("import { Pool } from '../lib/pool';", 'export const p = new Pool(4);'),
        output: lines("import { Pool } from '../lib/pool';", "import { createPool } from '../lib/pool-factory';", 'export const p = createPool(4);'),
        errors: [{ messageId: 'useFactory', data: poolData, line: 2, column: 18, endLine: 2, endColumn: 29 }],
      },
      {
        // the namespace member is found by symbol identity; the import follows the file's alias style
        code: lines("import * as lib from '@lib/index';", 'export const p = new lib.Pool(4);'),
        output: lines("import * as lib from '@lib/index';", "import { createPool } from '@lib/pool-factory';", 'export const p = createPool(4);'),
        errors: [
          { messageId: 'useFactory', data: { ...poolData, factoryModule: '@lib/pool-factory' }, line: 2, column: 18, endLine: 2, endColumn: 33 },
        ],
      },
      {
        // a string fits the constructor's `number | string`, not the factory's `number`: a suggestion only
        code: lines("import { Pool } from '../lib/pool';", "export const p = new Pool('4');"),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...poolData, reason: misfit },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines("import { Pool } from '../lib/pool';", "import { createPool } from '../lib/pool-factory';", "export const p = createPool('4');"),
              },
            ],
          },
        ],
      },
      {
        // more arguments than the factory takes
        code: lines("import { Pool } from '../lib/pool';", "export const p = new Pool(4, 'main');"),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...poolData, reason: misfit },
            line: 2,
            column: 18,
            endLine: 2,
            endColumn: 37,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Pool } from '../lib/pool';",
                  "import { createPool } from '../lib/pool-factory';",
                  "export const p = createPool(4, 'main');",
                ),
              },
            ],
          },
        ],
      },
      {
        // the arguments fit, but the factory's Pool<unknown> cannot stand where a Pool<string> was built
        code: lines("import { Pool } from '../lib/pool';", 'export const p: Pool<string> = new Pool(4);'),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...poolData, reason: misfit },
            line: 2,
            column: 32,
            endLine: 2,
            endColumn: 43,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Pool } from '../lib/pool';",
                  "import { createPool } from '../lib/pool-factory';",
                  'export const p: Pool<string> = createPool(4);',
                ),
              },
            ],
          },
        ],
      },
      {
        // spread arguments are not proven
        code: lines("import { Pool } from '../lib/pool';", 'const sizes: [number] = [4];', 'export const p = new Pool(...sizes);'),
        output: null,
        errors: [
          {
            messageId: 'useFactoryUnsafe',
            data: { ...poolData, reason: 'the arguments are spread' },
            line: 3,
            column: 18,
            endLine: 3,
            endColumn: 36,
            suggestions: [
              {
                messageId: 'callFactory',
                output: lines(
                  "import { Pool } from '../lib/pool';",
                  "import { createPool } from '../lib/pool-factory';",
                  'const sizes: [number] = [4];',
                  'export const p = createPool(...sizes);',
                ),
              },
            ],
          },
        ],
      },
      {
        // with the flag (Client) the fix stands with types too, here through the legacy alias and a tsconfig path
        code: lines("import { UnifiedClient } from '@lib/legacy/unified-client';", "export const c = new UnifiedClient('ws://a');"),
        output: lines(
          "import { UnifiedClient } from '@lib/legacy/unified-client';",
          "import { createClient } from '@lib/client-factory';",
          "export const c = createClient('ws://a');",
        ),
        errors: [{ messageId: 'useFactory', line: 2, column: 18, endLine: 2, endColumn: 45 }],
      },
      {
        // two classes in one file: each fix adds its own import, one per pass
        code: lines(
          "import { Client } from '../lib/client';",
          "import { Pool } from '../lib/pool';",
          'export const c = new Client();',
          'export const p = new Pool(1);',
        ),
        output: [
          lines(
            "import { Client } from '../lib/client';",
            "import { Pool } from '../lib/pool';",
            "import { createClient } from '../lib/client-factory';",
            'export const c = createClient();',
            'export const p = new Pool(1);',
          ),
          lines(
            "import { Client } from '../lib/client';",
            "import { Pool } from '../lib/pool';",
            "import { createClient } from '../lib/client-factory';",
            "import { createPool } from '../lib/pool-factory';",
            'export const c = createClient();',
            'export const p = createPool(1);',
          ),
        ],
        errors: [
          { messageId: 'useFactory', line: 3, column: 18, endLine: 3, endColumn: 30 },
          { messageId: 'useFactory', line: 4, column: 18, endLine: 4, endColumn: 29 },
        ],
      },
      {
        // a subclass is reported with types too
        code: lines("import { Pool } from '../lib/pool';", 'export class BigPool extends Pool {}'),
        output: null,
        errors: [
          { messageId: 'noSubclass', data: { subclass: 'BigPool', className: 'Pool', factory: 'createPool' }, line: 2, column: 30, endLine: 2, endColumn: 34 },
        ],
      },
    ],
  });
});
