import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** The config every case breaks and then restores: one symbol, one legacy module, which app.ts imports. */
export const goodConfig = `{
  "symbols": [
    { "name": "Thing", "module": "./src/canonical", "legacy": [{ "module": "./src/legacy" }] }
  ]
}
`;

/**
 * A project under the repository's .tmp/ (so node_modules resolves eslint-plugin-ssot and ts-plugin-ssot from
 * it), linted by ESLint through its eslint.config.js and opened in tsserver through its tsconfig plugins entry.
 * app.ts has one TypeScript error (line 3) and one legacy import (line 1).
 */
export function writeBadConfigProject(): string {
  const parent = path.join(repoRoot, '.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, 'bad-config-matrix-'));
  const files: Record<string, string> = {
    'package.json': '{ "private": true, "type": "module" }\n',
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          module: 'preserve',
          moduleResolution: 'bundler',
          target: 'es2022',
          noEmit: true,
          types: [],
          plugins: [{ name: 'ts-plugin-ssot' }],
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
    'eslint.config.js': "import ssot from 'eslint-plugin-ssot';\n\nexport default [ssot.configs.recommended];\n",
    'ssot.config.json': goodConfig,
    'src/canonical.ts': 'export class Thing {}\nexport class Other {}\n',
    'src/legacy.ts': "export { Thing } from './canonical';\n",
    'src/old.ts': "export * from './canonical';\n",
    'src/older.ts': "export * from './old';\n",
    'src/app.ts': "import { Thing } from './legacy';\n\nexport const count: number = 'one';\nexport const thing = new Thing();\n",
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Puts back a regular, readable file holding `text`, whatever a case left at the config's path. */
export function restoreConfig(configFile: string, text = goodConfig): void {
  if (fs.statSync(configFile, { throwIfNoEntry: false })?.isDirectory()) fs.rmSync(configFile, { recursive: true });
  else if (fs.existsSync(configFile)) fs.chmodSync(configFile, 0o644);
  fs.writeFileSync(configFile, text);
}

/** `eslint .` with the real CLI in `dir`: its exit status and everything it printed. */
export function runEslint(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [eslintBin, '.'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}
