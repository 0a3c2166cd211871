import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject } from './helpers';

/**
 * tRPC's shape: the package entry (canonical) re-exports a module that keeps a deprecated alias. The alias's
 * canonical home is the entry, but the alias module re-exports the implementation, not the entry: the entry's
 * `export *` of it keeps a shim alive, and closes no cycle. src/cycle.ts imports src/loop.ts, a shim that does
 * re-export it.
 */
const FILES: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "module": "preserve", "moduleResolution": "bundler", "strict": true, "noEmit": true }, "include": ["src"] }\n',
  'src/impl.ts': 'export type Router = { routes: string[] };\n',
  'src/aliases.ts': "export type { Router as AnyRouter, Router as AnyTRPCRouter } from './impl';\n",
  'src/index.ts': "export * from './aliases';\n",
  'src/cycle.ts': "import type { Looped } from './loop';\nexport type Cycle = Looped;\nexport type Value = number;\n",
  'src/loop.ts': "export type { Value as Looped } from './cycle';\n",
  'ssot.config.json': JSON.stringify({
    symbols: [
      { name: 'AnyTRPCRouter', module: './src/index', legacy: [{ module: './src/aliases', name: 'AnyRouter' }] },
      { name: 'Value', module: './src/cycle', legacy: [{ module: './src/loop', name: 'Looped' }] },
    ],
  }),
};

describe('shim-purity on a canonical module that imports a shim', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeProject('shim-cycle', FILES);
  });
  afterAll(() => removeCopy(dir));

  it('says "a cycle" only where the shim re-exports the importing module', () => {
    const check = runSsot(['check', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });

    const results = JSON.parse(check.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const found = results.flatMap((result) =>
      result.messages.filter((message) => message.message.startsWith('Canonical module imports')).map((message) => `${path.relative(dir, result.filePath)}: ${message.message}`),
    );
    expect(found.sort()).toEqual([
      "src/cycle.ts: Canonical module imports legacy module './loop', which re-exports this module: a cycle. Import from the canonical home instead.",
      "src/index.ts: Canonical module imports legacy module './aliases'; while a canonical module imports it, the shim cannot be deleted. Import from the canonical home instead.",
    ]);
  });
});
