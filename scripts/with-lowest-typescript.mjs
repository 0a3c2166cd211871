// node scripts/with-lowest-typescript.mjs <command> [args...]: runs the command with the workspace's `typescript`
// replaced by the lowest version ssot supports (the `typescript-lowest` devDependency), then puts it back. Every
// `require('typescript')` (the engine, ESLint's parser, tsserver and tsc spawned by the tests) then loads it.
// CI runs the whole test suite this way after the usual run, so the declared range is the range that works.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(root, 'node_modules');
const current = path.join(modules, 'typescript');
const lowest = path.join(modules, 'typescript-lowest');
const aside = path.join(modules, '.typescript-set-aside');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-lowest-typescript.mjs <command> [args...]');
  process.exit(2);
}
if (!fs.existsSync(path.join(lowest, 'package.json'))) {
  console.error(`${lowest} is missing: run npm ci (typescript-lowest is a devDependency of the workspace)`);
  process.exit(2);
}
if (fs.existsSync(aside)) {
  console.error(`${aside} exists: an earlier run was interrupted. Put it back: rm -rf ${current} && mv ${aside} ${current}`);
  process.exit(2);
}

const version = JSON.parse(fs.readFileSync(path.join(lowest, 'package.json'), 'utf8')).version;
fs.renameSync(current, aside);
let result;
try {
  fs.symlinkSync(lowest, current, 'dir');
  console.log(`typescript is ${version} for: ${[command, ...args].join(' ')}`);
  result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
} finally {
  fs.rmSync(current, { recursive: true, force: true });
  fs.renameSync(aside, current);
}
process.exit(result.status ?? 1);
