import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject, type RunResult } from './helpers';

/**
 * Shaped like typeorm's MongoDB typings: src/typings.ts declares types of its own and re-exports ObjectId from
 * src/bson.ts for its users' convenience; src/old-bson.ts is @deprecated, exports nothing but Binary, and holds
 * code of its own (the seeds' middle layer that grew code); src/shim.ts only re-exports Long.
 */
const FILES: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "module": "preserve", "moduleResolution": "bundler", "strict": true, "noEmit": true }, "include": ["src"] }\n',
  'src/bson.ts': 'export class ObjectId {}\nexport class Binary {}\nexport class Long {}\n',
  'src/typings.ts': [
    "export { ObjectId } from './bson';",
    'export interface Collection { name: string }',
    'export type Filter = Record<string, unknown>;',
    '',
  ].join('\n'),
  'src/old-bson.ts': [
    "/** @deprecated Import from './bson' instead. */",
    "export { Binary } from './bson';",
    'const loadedAt = Date.now();',
    'void loadedAt;',
    '',
  ].join('\n'),
  'src/shim.ts': "export { Long } from './bson';\n",
  'src/use.ts': [
    "import { ObjectId, type Collection } from './typings';",
    "import { Binary } from './old-bson';",
    "import { Long } from './shim';",
    'export const all: unknown[] = [new ObjectId(), new Binary(), new Long()];',
    'export type Named = Collection;',
    '',
  ].join('\n'),
};

describe('ssot audit --init on legacy paths in modules with code of their own', () => {
  let dir: string;
  let init: RunResult;

  beforeAll(() => {
    dir = writeProject('init-barrels', FILES);
    init = runSsot(['audit', dir, '--init']);
  });
  afterAll(() => removeCopy(dir));

  it('lists a legacy module that also exports names that stay under "barrels", and says so', () => {
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'ssot.config.json'), 'utf8')) as { symbols: unknown[]; barrels?: string[] };
    expect(config.symbols).toEqual([
      { name: 'Binary', module: './src/bson', legacy: [{ module: './src/old-bson' }] },
      { name: 'Long', module: './src/bson', legacy: [{ module: './src/shim' }] },
      { name: 'ObjectId', module: './src/bson', legacy: [{ module: './src/typings' }] },
    ]);
    expect(config.barrels).toEqual(['./src/typings']);
    expect(init.stdout).toContain(
      '    legacy    ./src/typings: another path to it; listed under "barrels": 2 other export(s) stay there\n',
    );
    expect(init.stdout).toContain("    legacy    ./src/old-bson: @deprecated: Import from './bson' instead.\n");
  });

  it('leaves ssot check to report the legacy imports and the deprecated module\'s code, not the barrel\'s own declarations', () => {
    const check = runSsot(['check', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });

    expect(check.status).toBe(1);
    const results = JSON.parse(check.stdout) as { filePath: string; messages: { line: number; ruleId: string }[] }[];
    const found = results.flatMap((result) => result.messages.map((message) => `${path.relative(dir, result.filePath)}:${message.line} ${message.ruleId}`));
    expect(found.sort()).toEqual([
      'src/old-bson.ts:3 ssot/shim-purity',
      'src/old-bson.ts:4 ssot/shim-purity',
      'src/use.ts:1 ssot/canonical-import',
      'src/use.ts:2 ssot/canonical-import',
      'src/use.ts:3 ssot/canonical-import',
    ]);
  });
});
