import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject } from './helpers';

/**
 * One package, `acme-db`, whose src/compat/ directory holds a package.json of its own: the shim there re-exports
 * Long from src/bson.ts. A package.json without a `name` (here one that only sets `"type"`) is not a package: the
 * shim is another path inside acme-db, --init proposes the declaring module, and `ssot check --fix` then moves
 * the shim's importer there. With a `name`, src/compat/ is another package that passes Long on, and acme-db has
 * no entry point that exports it.
 */
const projectWith = (compatManifest: object): Record<string, string> => ({
  'package.json': '{ "name": "acme-db", "private": true }\n',
  'tsconfig.json': '{ "compilerOptions": { "module": "preserve", "moduleResolution": "bundler", "strict": true, "noEmit": true }, "include": ["src"] }\n',
  'src/bson.ts': 'export class Long {}\n',
  'src/compat/package.json': `${JSON.stringify(compatManifest)}\n`,
  'src/compat/shim.ts': "export { Long } from '../bson';\n",
  'src/use.ts': "import { Long } from './compat/shim';\nexport const long = new Long();\n",
});

describe('ssot audit --init where a directory holds a package.json of its own', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) removeCopy(dir);
    dir = undefined;
  });

  const init = (compatManifest: object) => {
    dir = writeProject('init-package-boundary', projectWith(compatManifest));
    const run = runSsot(['audit', dir, '--init']);
    const configFile = path.join(dir, 'ssot.config.json');
    const config = fs.existsSync(configFile) ? (JSON.parse(fs.readFileSync(configFile, 'utf8')) as { symbols?: unknown[] }) : undefined;
    return { run, config };
  };

  it('takes a package.json without a name for no package: the shim is another path to the declaring module', () => {
    const { run, config } = init({ type: 'module' });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(config?.symbols).toEqual([{ name: 'Long', module: './src/bson', legacy: [{ module: './src/compat/shim' }] }]);

    const fix = runSsot(['check', '--fix', '--typescript', '6', '--project', path.join(dir as string, 'tsconfig.json')], { cwd: dir });
    expect(fix.status).toBe(0);
    expect(fs.readFileSync(path.join(dir as string, 'src/use.ts'), 'utf8')).toBe("import { Long } from './bson';\nexport const long = new Long();\n");
  });

  it('takes one with a name for another package, which passes the symbol on: no canonical path without an entry point', () => {
    const { run, config } = init({ name: 'acme-compat', type: 'module' });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(config).toBeUndefined();
    expect(run.stdout).toBe(
      [
        'ssot audit --init: no symbol to propose; no config written.',
        '',
        'Not proposed (1):',
        '  Long (./src/bson): no module path is @deprecated, other packages re-export it, and no entry point of the package of ./src/bson exports it',
        '',
      ].join('\n'),
    );
  });
});
