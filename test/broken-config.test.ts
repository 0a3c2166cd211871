import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`.
import * as runner from '../scripts/lib/example-runner.mjs';

const { repoRoot, removeCopy, runEslint } = runner as {
  repoRoot: string;
  removeCopy(dir: string): void;
  runEslint(args: string[], options?: { cwd?: string }): { status: number; stdout: string; stderr: string };
};

/** A one-file project whose ssot.config.json each case overwrites. */
function writeProject(): string {
  const parent = path.join(repoRoot, '.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, 'broken-config-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "strict": true, "types": [] }, "include": ["src"] }\n');
  fs.writeFileSync(
    path.join(dir, 'eslint.config.js'),
    "import ssot from 'eslint-plugin-ssot';\nexport default [ssot.configs.recommended];\n",
  );
  fs.writeFileSync(path.join(dir, 'src/canonical.ts'), 'export class Thing {}\n');
  fs.writeFileSync(path.join(dir, 'src/legacy.ts'), "export { Thing } from './canonical';\n");
  fs.writeFileSync(path.join(dir, 'src/app.ts'), "import { Thing } from './legacy';\nexport const thing = new Thing();\n");
  return dir;
}

const cases = [
  {
    name: 'bad JSON',
    config: '{\n  "symbols": [\n    { "name": "Thing" "module": "./src/canonical" }\n  ]\n}\n',
    place: /ssot\.config\.json:3:23: invalid JSON: comma expected/,
  },
  {
    name: 'a schema violation',
    config: '{\n  "symbols": [\n    { "name": "Thing", "modul": "./src/canonical" }\n  ]\n}\n',
    place: /ssot\.config\.json:3:24: symbols\[0\]\.modul: unknown key "modul"/,
  },
  {
    name: 'a legacy module that does not resolve',
    config:
      '{\n  "symbols": [\n    {\n      "name": "Thing",\n      "module": "./src/canonical",\n      "legacy": [{ "module": "./src/gone" }]\n    }\n  ]\n}\n',
    place: /ssot\.config\.json:6:30: symbols\[0\]\.legacy\[0\]\.module: module "\.\/src\/gone" does not resolve/,
  },
];

describe('a broken ssot.config.json under the ESLint CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeProject();
  });
  afterAll(() => removeCopy(dir));

  it.each(cases)('$name: one clear error naming the file and place, no stack trace, non-zero exit', ({ config, place }) => {
    fs.writeFileSync(path.join(dir, 'ssot.config.json'), config);
    const { status, stdout, stderr } = runEslint(['.'], { cwd: dir });
    const output = stdout + stderr;
    expect(status).toBe(2);
    expect(output).toMatch(place);
    expect(output).toMatch(/Fix: /);
    expect(output.match(/ssot\.config\.json has/g)).toHaveLength(1);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('lints normally again once the config is fixed', () => {
    fs.writeFileSync(
      path.join(dir, 'ssot.config.json'),
      '{ "symbols": [{ "name": "Thing", "module": "./src/canonical", "legacy": [{ "module": "./src/legacy" }] }] }\n',
    );
    const { status, stdout } = runEslint(['.'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toMatch(/Import 'Thing' from '\.\/canonical', not from legacy module '\.\/legacy'/);
  });
});
