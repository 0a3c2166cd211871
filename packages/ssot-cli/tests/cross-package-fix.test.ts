import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject } from './helpers';

/**
 * Two workspace packages, as in tRPC: packages/b's old.ts re-exports two things of packages/a by relative paths.
 * Package a exposes src/encoder.ts as `a/encoder` (its package.json "exports"; tsconfig `paths` lead there in the
 * workspace) and keeps src/internal.ts to itself.
 */
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, noEmit: true, paths: { 'a/*': ['./packages/a/src/*'] } },
    include: ['packages'],
  }),
  'packages/a/package.json': '{ "name": "a", "exports": { "./encoder": "./src/encoder.ts" } }\n',
  'packages/a/src/encoder.ts': 'export const jsonEncoder = { encode: (value: unknown) => JSON.stringify(value) };\n',
  'packages/a/src/internal.ts': "export const secret = 'a';\n",
  'packages/b/package.json': '{ "name": "b" }\n',
  'packages/b/src/old.ts': "export { jsonEncoder } from '../../a/src/encoder';\nexport { secret } from '../../a/src/internal';\n",
  'packages/b/src/use.ts': "import { jsonEncoder, secret } from './old';\nexport const both = [jsonEncoder, secret];\n",
  'ssot.config.json': JSON.stringify({
    symbols: [
      { name: 'jsonEncoder', module: './packages/a/src/encoder', legacy: [{ module: './packages/b/src/old' }] },
      { name: 'secret', module: './packages/a/src/internal', legacy: [{ module: './packages/b/src/old' }] },
    ],
  }),
};

describe('ssot check --fix across workspace packages', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeProject('cross-package', FILES);
  });
  afterAll(() => removeCopy(dir));

  it('writes what the other package exposes, never a relative path into its files', () => {
    const check = runSsot(['check', '--fix', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });

    expect(fs.readFileSync(path.join(dir, 'packages/b/src/use.ts'), 'utf8')).toBe(
      "import { secret } from './old';\nimport { jsonEncoder } from 'a/encoder';\nexport const both = [jsonEncoder, secret];\n",
    );
    const [use] = (JSON.parse(check.stdout) as { filePath: string; messages: { message: string }[] }[]).filter((result) => result.filePath.endsWith('use.ts'));
    expect(use?.messages.map((message) => message.message)).toEqual([
      "Import 'secret' from '../../a/src/internal.ts', not from legacy module './old'. Not fixed automatically: '../../a/src/internal.ts' is in package 'a', and no specifier through that package's name (what its package.json \"exports\" exposes) leads there from this file; expose it in those \"exports\", or declare as canonical in ssot.config.json a module that the package exposes.",
    ]);
  });
});
