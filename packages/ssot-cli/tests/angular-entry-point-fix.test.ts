import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject } from './helpers';

/**
 * An Angular library shaped like ng-zorro-antd: my-lib's entry points time/ and i18n/ each have an ng-package.json,
 * and tsconfig `paths` lead `my-lib/*` to them in the workspace. ng-packagr builds each entry point alone, with its
 * directory as the root, so one entry point imports another only by its name (`my-lib/time`). i18n/date-config.ts
 * is the compatibility shim left when the date config moved to time/; time/old-config.ts is an older path inside
 * time/ itself.
 */
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, noEmit: true, types: [], paths: { 'my-lib/*': ['./lib/*'] } },
    include: ['lib'],
  }),
  'lib/package.json': '{ "name": "my-lib", "version": "1.0.0" }\n',
  'lib/ng-package.json': '{ "lib": { "entryFile": "public-api.ts" } }\n',
  'lib/public-api.ts': "export const version = '1.0.0';\n",
  'lib/time/ng-package.json': '{ "lib": { "entryFile": "public-api.ts" } }\n',
  'lib/time/date-config.ts': "export const DATE_CONFIG = { firstDay: 1 };\nexport const DATE_LOCALE = 'en';\n",
  'lib/time/old-config.ts': "export { DATE_LOCALE } from './date-config';\n",
  'lib/time/public-api.ts': "export * from './date-config';\n",
  'lib/time/index.ts': "export * from './public-api';\n",
  'lib/time/use.ts': "import { DATE_LOCALE } from './old-config';\nexport const timeLocale = DATE_LOCALE;\n",
  'lib/i18n/ng-package.json': '{ "lib": { "entryFile": "public-api.ts" } }\n',
  'lib/i18n/date-config.ts': "export { DATE_CONFIG, DATE_LOCALE } from 'my-lib/time';\n",
  'lib/i18n/helper.ts': "import { DATE_CONFIG } from './date-config';\nexport const firstDay = DATE_CONFIG.firstDay;\n",
  'lib/i18n/locale.ts': "import { DATE_LOCALE } from './date-config';\nexport const locale = DATE_LOCALE;\n",
  'lib/i18n/public-api.ts': "export * from './date-config';\nexport * from './helper';\nexport * from './locale';\n",
  'lib/i18n/index.ts': "export * from './public-api';\n",
  'ssot.config.json': JSON.stringify({
    symbols: [
      { name: 'DATE_CONFIG', module: './lib/time/index', legacy: [{ module: './lib/i18n/date-config' }] },
      { name: 'DATE_LOCALE', module: './lib/time/date-config', legacy: [{ module: './lib/i18n/date-config' }, { module: './lib/time/old-config' }] },
    ],
  }),
};

const tsc = require.resolve('typescript/bin/tsc');

describe('ssot check --fix across the entry points of an Angular library', () => {
  let dir: string;
  let check: ReturnType<typeof runSsot>;
  beforeAll(() => {
    dir = writeProject('angular-entry-points', FILES);
    check = runSsot(['check', '--fix', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });
  });
  afterAll(() => removeCopy(dir));

  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  it("writes another entry point's name, never a relative path into its directory", () => {
    expect(read('lib/i18n/helper.ts')).toBe("import { DATE_CONFIG } from 'my-lib/time';\nexport const firstDay = DATE_CONFIG.firstDay;\n");
  });

  it('writes a relative path within one entry point, as the file did', () => {
    expect(read('lib/time/use.ts')).toBe("import { DATE_LOCALE } from './date-config';\nexport const timeLocale = DATE_LOCALE;\n");
  });

  it("leaves a module inside another entry point, which that entry point's name does not reach, and says why", () => {
    expect(read('lib/i18n/locale.ts')).toBe(FILES['lib/i18n/locale.ts']);
    const results = JSON.parse(check.stdout) as { filePath: string; messages: { line: number; column: number; message: string }[] }[];
    const found = results.flatMap((result) =>
      result.messages.map(({ line, column, message }) => ({ file: path.relative(dir, result.filePath), line, column, message })),
    );
    expect(found).toEqual([
      {
        file: 'lib/i18n/locale.ts',
        line: 1,
        column: 29,
        message:
          "Import 'DATE_LOCALE' from '../time/date-config.ts', not from legacy module './date-config'. Not fixed automatically: '../time/date-config.ts' is in 'my-lib/time', another entry point of this Angular library (ng-package.json), which is imported only by that name, and that name does not lead there from this file; export it from that entry point and declare 'my-lib/time' as canonical in ssot.config.json.",
      },
      // The entry file passes the shim on whole: its names now come from two modules, so nothing can replace it.
      {
        file: 'lib/i18n/public-api.ts',
        line: 1,
        column: 15,
        message:
          "'./date-config' is a legacy module whose exports now live in 2 modules ('my-lib/time', '../time/date-config.ts'); no one of them replaces it at a site that takes the module whole or names from several: take each name from its own module.",
      },
    ]);
  });

  it('type-checks after the fixes', () => {
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('ssot audit --init on the same library, without a config', () => {
  let dir: string;
  let init: ReturnType<typeof runSsot>;
  beforeAll(() => {
    dir = writeProject('angular-entry-points-init', Object.fromEntries(Object.entries(FILES).filter(([file]) => file !== 'ssot.config.json')));
    init = runSsot(['audit', dir, '--init']);
  });
  afterAll(() => removeCopy(dir));

  it('proposes, for what another entry point passes on, the module the declaring entry point is imported by', () => {
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'ssot.config.json'), 'utf8')).symbols).toEqual([
      { name: 'DATE_LOCALE', module: './lib/time/index', legacy: [{ module: './lib/time/old-config' }, { module: './lib/i18n/date-config' }] },
      { name: 'DATE_CONFIG', module: './lib/time/index', legacy: [{ module: './lib/i18n/date-config' }] },
    ]);
    expect(init.stdout).toContain(
      [
        '  DATE_CONFIG (./lib/time/index): 1 legacy path(s)',
        "    canonical ./lib/time/index: what 'my-lib/time' resolves to: the module other entry points of the Angular library import it by (ng-package.json); other entry points pass it on, and import it by that name (no path is @deprecated)",
        "    legacy    ./lib/i18n/date-config: another path to it; imported by 2 of the 3 project files that import one of DATE_CONFIG's modules: keep it instead if it is an entry point",
        '    kept      ./lib/time/date-config: the canonical module goes through it (it declares it)',
        '    kept      ./lib/time/public-api: the canonical module goes through it (it re-exports it)',
        '    kept      ./lib/i18n/public-api: the entry file of an Angular library entry point (ng-package.json), and no @deprecated tag',
        "    kept      ./lib/i18n/index: what 'my-lib/i18n' resolves to: the module other entry points of the Angular library import it by (ng-package.json), and no @deprecated tag",
        '',
      ].join('\n'),
    );
    // i18n's own exports stay where its entry point keeps them: one reason, said once for both.
    expect(init.stdout).toContain(
      [
        'Not proposed (2):',
        "  2 symbols: nothing to move: ./lib/i18n/public-api is kept, the entry file of an Angular library entry point (ng-package.json), and no @deprecated tag; ./lib/i18n/index is kept, what 'my-lib/i18n' resolves to: the module other entry points of the Angular library import it by (ng-package.json), and no @deprecated tag",
        '    firstDay (./lib/i18n/helper), locale (./lib/i18n/locale)',
        '',
      ].join('\n'),
    );
  });

  it("leads ssot check --fix to write the entry point's name in the other entry point, and the result type-checks", () => {
    const check = runSsot(['check', '--fix', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });
    expect(check.stderr).toBe('');
    const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
    expect(read('lib/i18n/helper.ts')).toBe("import { DATE_CONFIG } from 'my-lib/time';\nexport const firstDay = DATE_CONFIG.firstDay;\n");
    expect(read('lib/i18n/locale.ts')).toBe("import { DATE_LOCALE } from 'my-lib/time';\nexport const locale = DATE_LOCALE;\n");
    // Inside time/ the one canonical module is written as a path, as the file wrote it.
    expect(read('lib/time/use.ts')).toBe("import { DATE_LOCALE } from './index';\nexport const timeLocale = DATE_LOCALE;\n");
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe("ssot check --fix with an entry point's name declared as the canonical module", () => {
  // What the message of a refused fix above advises: time/ exports DATE_LOCALE, and the config names the module
  // by the entry point's name. Then the other entry point gets that name, and time/ itself a path: ng-packagr
  // refuses an entry point that imports itself by its own name.
  let dir: string;
  beforeAll(() => {
    const config = {
      symbols: [{ name: 'DATE_LOCALE', module: 'my-lib/time', legacy: [{ module: './lib/i18n/date-config' }, { module: './lib/time/old-config' }] }],
    };
    dir = writeProject('angular-entry-point-named', { ...FILES, 'ssot.config.json': JSON.stringify(config) });
    const check = runSsot(['check', '--fix', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });
    expect(check.stderr).toBe('');
  });
  afterAll(() => removeCopy(dir));

  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  it("writes the name in another entry point, and a path inside the named one, and the result type-checks", () => {
    expect(read('lib/i18n/locale.ts')).toBe("import { DATE_LOCALE } from 'my-lib/time';\nexport const locale = DATE_LOCALE;\n");
    expect(read('lib/time/use.ts')).toBe("import { DATE_LOCALE } from './index';\nexport const timeLocale = DATE_LOCALE;\n");
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
