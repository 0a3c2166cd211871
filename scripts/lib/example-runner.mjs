// Runs the real ESLint and tsc binaries on copies of the examples. Shared by `npm run demo` and the end-to-end
// tests, so what the demo shows is what the tests prove.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
/** ESLint 9, installed by the test/eslint9 workspace beside the root's ESLint 10, so both majors are tested. */
export const eslint9Bin = path.join(repoRoot, 'test', 'eslint9', 'node_modules', 'eslint', 'bin', 'eslint.js');
const tscBin = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Copies `examples/<name>` to a fresh folder under `.tmp/` in the repository, so the copy finds the
 * workspace's node_modules (eslint-plugin-ssot, typescript-eslint, rxjs) the way the example does.
 */
export function copyExample(name, { label = name } = {}) {
  const parent = path.join(repoRoot, '.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const target = fs.mkdtempSync(path.join(parent, `${label}-`));
  fs.cpSync(path.join(repoRoot, 'examples', name), target, { recursive: true });
  return target;
}

export function removeCopy(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The ESLint CLI in `cwd`; returns its exit status and output. */
export function runEslint(args, { cwd = repoRoot, bin = eslintBin } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** ESLint's JSON report of a directory, parsed. */
export function lintJson(dir, extraArgs = [], { bin = eslintBin } = {}) {
  const { status, stdout, stderr } = runEslint(['--format', 'json', ...extraArgs, '.'], { cwd: dir, bin });
  if (status !== 0 && status !== 1) throw new Error(`eslint failed (exit ${status}):\n${stderr}`);
  return JSON.parse(stdout);
}

/** Messages of one rule in an ESLint JSON report, each with its file relative to `dir`. */
export function messagesOf(report, ruleId, dir) {
  return report.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId === ruleId)
      .map((message) => ({ ...message, file: path.relative(dir, result.filePath) })),
  );
}

/** `tsc --noEmit -p dir`; returns its exit status and output. */
export function typecheck(dir) {
  const result = spawnSync(process.execPath, [tscBin, '--noEmit', '-p', dir], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** A hash of every file's content under `dir`, by relative path. */
export function snapshotTree(dir) {
  const snapshot = new Map();
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else snapshot.set(path.relative(dir, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return snapshot;
}

/** Relative paths whose content differs between two snapshots. */
export function changedFiles(before, after) {
  return [...after.keys()].filter((file) => before.get(file) !== after.get(file)).sort();
}
