import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

/** Every package a user installs, in dependency order. */
export const publishablePackages = ['ssot-config', 'ssot-core', 'eslint-plugin-ssot', 'ts-plugin-ssot', 'ssot-cli'];

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (npm through a shell on Windows, where it is npm.cmd). */
export function run(command: string, args: string[], cwd: string): CommandResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32' && command !== process.execPath,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `run`, but a non-zero exit is an error that shows what the command printed. */
export function runOrThrow(command: string, args: string[], cwd: string): CommandResult {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? 'by signal'}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** `npm pack` of each publishable package, as it would be published, into `destination`; the tarball paths. */
export function packPackages(destination: string): string[] {
  fs.mkdirSync(destination, { recursive: true });
  return publishablePackages.map((name) => {
    const { stdout } = runOrThrow('npm', ['pack', '--json', '--pack-destination', destination], path.join(repoRoot, 'packages', name));
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack printed no tarball for ${name}`);
    return path.join(destination, packed.filename);
  });
}

/** `npm install` as a user runs it, with npm's cache preferred so reruns need little of the network. */
export function npmInstall(dir: string, specs: string[]): CommandResult {
  return runOrThrow('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', ...specs], dir);
}

/** A user's project: one legacy import, its config, ESLint's flat config and a tsconfig that loads the plugin. */
export function writeUserProject(dir: string): void {
  const files: Record<string, string> = {
    'package.json': '{ "name": "ssot-user-project", "private": true, "type": "module" }\n',
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          module: 'nodenext',
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
    'ssot.config.json': `{
  "$schema": "./node_modules/ssot-config/schema.json",
  "symbols": [{ "name": "Thing", "module": "./src/canonical", "legacy": [{ "module": "./src/legacy" }] }]
}
`,
    'eslint.config.js': "import ssot from 'eslint-plugin-ssot';\n\nexport default [ssot.configs.recommended];\n",
    'src/canonical.ts': 'export class Thing {}\n',
    'src/legacy.ts': "export { Thing } from './canonical.js';\n",
    'src/app.ts': "import { Thing } from './legacy.js';\n\nexport const thing = new Thing();\n",
    // Type-checked apart from src (skipLibCheck off): each package's declarations must stand on their own.
    'types-check/uses-packages.ts': `import ssot from 'eslint-plugin-ssot';
import * as cli from 'ssot-cli';
import { loadConfig } from 'ssot-config';
import { checkNames } from 'ssot-core';
import plugin from 'ts-plugin-ssot';

export const used = [ssot.configs.recommended, cli, loadConfig, checkNames, plugin];
`,
    'types-check/tsconfig.json': `${JSON.stringify(
      { compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', noEmit: true, types: [], skipLibCheck: false } },
      null,
      2,
    )}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}
