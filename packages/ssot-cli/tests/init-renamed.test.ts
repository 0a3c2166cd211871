import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject, type RunResult } from './helpers';

/**
 * tRPC's shape: src/public.ts exports a type under an old and a new name, the old one's `{ name }` tagged
 * "@deprecated use `AnyTRPCRouter` instead"; the package's entry (package.json "exports" -> ./dist/index.mjs,
 * which a bundler builds from src/index.ts) passes both on with `export *`. src/core/old.ts declares a function
 * tagged @deprecated as a whole (to be removed, no replacement): that passes on to no other module.
 */
const FILES: Record<string, string> = {
  'package.json': '{ "name": "pkg", "type": "module", "exports": { ".": { "types": "./dist/index.d.mts", "default": "./dist/index.mjs" } } }\n',
  'tsconfig.json': '{ "compilerOptions": { "module": "preserve", "moduleResolution": "bundler", "strict": true, "noEmit": true }, "include": ["src"] }\n',
  'src/core/router.ts': 'export type Router = { routes: string[] };\n',
  'src/core/index.ts': "export type { Router } from './router';\n",
  'src/core/old.ts': '/** @deprecated Will be removed in v2. */\nexport function legacyHelper(): void {}\n',
  'src/public.ts': [
    'export type {',
    '  /**',
    '   * @deprecated use `AnyTRPCRouter` instead',
    '   */',
    '  Router as AnyRouter,',
    '  Router as AnyTRPCRouter,',
    "} from './core';",
    "export { legacyHelper } from './core/old';",
    '',
  ].join('\n'),
  'src/index.ts': "export * from './public';\n",
  'src/use.ts': "import type { AnyRouter } from './index';\nexport type Routes = AnyRouter['routes'];\n",
};

describe('ssot audit --init on a name deprecated in favour of another name of the same module', () => {
  let dir: string;
  let init: RunResult;

  beforeAll(() => {
    dir = writeProject('init-renamed', FILES);
    init = runSsot(['audit', dir, '--init']);
  });
  afterAll(() => removeCopy(dir));

  it('proposes the new name at the package entry as canonical, and the old name as legacy wherever it passes', () => {
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'ssot.config.json'), 'utf8')) as { symbols: unknown[]; barrels?: string[] };
    expect(config.symbols).toEqual([
      {
        name: 'AnyTRPCRouter',
        module: './src/index',
        legacy: [
          { module: './src/public', name: 'AnyRouter' },
          { module: './src/index', name: 'AnyRouter' },
        ],
      },
      // The entry point stays its public path: the declaration's own tag deprecates the function, not a path.
      { name: 'legacyHelper', module: './src/core/old', legacy: [{ module: './src/public' }] },
    ]);
    expect(config.barrels).toEqual(['./src/index', './src/public']);
    expect(init.stdout).toContain('    canonical ./src/index: named by the @deprecated tag of ./src/index#AnyRouter\n');
  });

  it('reports the import by the old and the new name, not as a move out of the module it keeps', () => {
    const check = runSsot(['check', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });

    expect(check.status).toBe(1);
    const results = JSON.parse(check.stdout) as { filePath: string; messages: { line: number; column: number; message: string }[] }[];
    expect(results.flatMap((result) => result.messages.map(({ line, column, message }) => `${path.relative(dir, result.filePath)}:${line}:${column} ${message}`))).toEqual([
      "src/use.ts:1:32 Import 'AnyTRPCRouter' from './index', not the legacy name(s) 'AnyRouter'.",
    ]);
  });

  it('lets ssot check --fix move the import to the new name, with nothing left: the barrels keep the alias', () => {
    const check = runSsot(['check', '--fix', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });

    expect(check.stderr).toBe('ssot check --fix: 1 fix applied; nothing left.\n');
    expect(check.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'src/use.ts'), 'utf8')).toBe(
      "import type { AnyTRPCRouter as AnyRouter } from './index';\nexport type Routes = AnyRouter['routes'];\n",
    );
  });
});
