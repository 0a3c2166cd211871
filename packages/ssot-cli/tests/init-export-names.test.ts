import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { clearCache, loadConfig } from 'ssot-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject, type RunResult } from './helpers';

/**
 * A class re-exported under an identifier of non-ASCII letters (Angular's `ɵ` prefix for private exports) and
 * under string names (`export { Foo as "foo-bar" }`, TypeScript 5.6 and later), which a config cannot name.
 */
const FILES: Record<string, string> = {
  'package.json': '{ "type": "module" }\n',
  'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "strict": true, "noEmit": true }, "include": ["src"] }\n',
  'src/a.ts': 'export class Foo {}\n',
  'src/b.ts': 'export { Foo as "foo-bar" } from "./a.js";\n',
  'src/c.ts': 'export { "foo-bar" as "foo-bar" } from "./b.js";\n',
  'src/d.ts': 'export { Foo as ɵFoo } from "./a.js";\n',
  'src/use.ts': 'import { "foo-bar" as F } from "./c.js";\nimport { ɵFoo } from "./d.js";\nnew F();\nnew ɵFoo();\n',
};

describe('ssot audit --init on export names beyond ASCII identifiers', () => {
  let dir: string;
  let init: RunResult;
  let configFile: string;

  beforeAll(() => {
    dir = writeProject('export-names', FILES);
    configFile = path.join(dir, 'ssot.config.json');
    init = runSsot(['audit', dir, '--init']);
  });
  afterAll(() => removeCopy(dir));

  it('proposes the ɵ-prefixed name as a legacy name, and keeps the string-named paths, saying why', () => {
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(configFile, 'utf8')).symbols).toEqual([
      // An ES module under NodeNext (which `module` implies): written as an import finds it, with `.js`.
      { name: 'Foo', module: './src/a.js', legacy: [{ module: './src/d.js', name: 'ɵFoo' }] },
    ]);
    expect(init.stdout).toContain('    kept      ./src/b.js#foo-bar: its export name "foo-bar" is a string, which a config cannot name\n');
    expect(init.stdout).toContain('    kept      ./src/c.js#foo-bar: its export name "foo-bar" is a string, which a config cannot name\n');
  });

  it('writes a config that loads, and ssot check reports the legacy name with it', () => {
    clearCache();
    expect(loadConfig(ts, configFile.replace(/\\/g, '/')).symbols[0]?.legacy.map((legacy) => legacy.name)).toEqual(['ɵFoo']);

    const check = runSsot(['check', '--format', 'json', '--typescript', '6', '--project', path.join(dir, 'tsconfig.json')], { cwd: dir });

    expect(check.status).toBe(1);
    const [file] = JSON.parse(check.stdout) as { messages: { line: number; column: number; message: string }[] }[];
    expect(file?.messages.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 2, column: 22, message: "Import 'Foo' (legacy name 'ɵFoo') from './a.js', not from legacy module './d.js'." },
    ]);
  });
});
