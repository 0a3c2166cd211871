// One round of bench/paired-by-file.mjs, in a fresh process: every variant's ESLint lints each file of the
// project in turn, from a variant drawn for the file, so that whatever the machine does meanwhile falls on all
// of them alike. Prints one JSON line: the CPU time of what comes before linting
// (Node's start, loading ESLint and the floor's config, listing the files) and the CPU and wall time of the
// floor on the first file, both charged to every variant as a run of it would pay them; then per variant, its
// time on the first file once more (loading what its config adds) and on the rest.
//
// node --expose-gc bench/lib/paired-by-file-worker.mjs <project> <config> ...
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';

const [project, ...configArgs] = process.argv.slice(2);
const cwd = path.resolve(project);
const configs = configArgs.map((config) => path.resolve(config));
// The configs read the project's ssot.config.json and tsconfig root from the working directory, as under the CLI.
process.chdir(cwd);

const LINTED = /\.[cm]?tsx?$/;
const SKIPPED = new Set(['node_modules', '.git']);

/** The files the CLI would lint with the first (floor) config: TypeScript sources it does not ignore. */
async function filesToLint(eslint) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(file);
      else if (entry.isFile() && LINTED.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(file);
    }
  };
  walk(cwd);
  const linted = [];
  for (const file of files) if (!(await eslint.isPathIgnored(file))) linted.push(file);
  return linted;
}

const linters = configs.map((config) => new ESLint({ cwd, overrideConfigFile: config, allowInlineConfig: false }));
const files = await filesToLint(linters[0]);
// Each linter works out each file's config as the first one did while listing them, so that none does it timed.
for (const linter of linters.slice(1)) for (const file of files) await linter.isPathIgnored(file);
const figures = configs.map(() => ({ firstCpuMs: 0, firstMs: 0, cpuMs: 0, ms: 0, findings: 0, fatal: 0 }));

const shared = { cpuMs: 0, ms: 0 };

/** Lints one file with one variant and adds its time to `figure`'s `cpuMs` and `ms` (or its first file's). */
async function lintWith(variant, file, text, figure, first = false) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const [result] = await linters[variant].lintText(text, { filePath: file });
  // The young garbage of this lint is collected now and charged to it, not to whichever variant runs next.
  globalThis.gc({ type: 'minor' });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  figure[first ? 'firstCpuMs' : 'cpuMs'] += (cpu.user + cpu.system) / 1000;
  figure[first ? 'firstMs' : 'ms'] += ms;
  if (figure === shared) return;
  for (const message of result.messages) figure[message.fatal ? 'fatal' : 'findings'] += 1;
}

const started = process.cpuUsage();
const startCpuMs = (started.user + started.system) / 1000;
const [firstFile, ...rest] = files;
const firstText = fs.readFileSync(firstFile, 'utf8');
await lintWith(0, firstFile, firstText, shared);
for (let variant = 0; variant < configs.length; variant++) await lintWith(variant, firstFile, firstText, figures[variant], true);
// The variant that goes first on a file is drawn at random (from a fixed seed): drawn in turn, it would follow
// any period of the sorted file list (a directory's component, module, spec and index file...).
let seed = 0x2545f491;
const draw = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
for (const file of rest) {
  const text = fs.readFileSync(file, 'utf8');
  const firstVariant = draw(configs.length);
  for (let k = 0; k < configs.length; k++) {
    const variant = (firstVariant + k) % configs.length;
    await lintWith(variant, file, text, figures[variant]);
  }
}
console.log(JSON.stringify({ files: files.length, startCpuMs, shared, figures }));
