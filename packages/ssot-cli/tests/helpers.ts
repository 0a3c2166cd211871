import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const ssotBin = path.join(repoRoot, 'packages', 'ssot-cli', 'bin', 'ssot.js');
const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real `ssot` bin in a child process, from the repository root unless told otherwise. */
export function runSsot(args: readonly string[], options: { cwd?: string; nodeArgs?: readonly string[] } = {}): RunResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), ssotBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `eslint --fix .` in `dir` with the repository's ESLint (each example carries its own eslint.config.js). */
export function eslintFix(dir: string): RunResult {
  const result = spawnSync(process.execPath, [eslintBin, '--fix', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A fresh copy of `examples/<name>` under the repository's .tmp/, so it resolves the workspace's node_modules
 * (eslint-plugin-ssot, typescript-eslint) as the example does.
 */
export function copyExample(name: string, label: string): string {
  const parent = path.join(repoRoot, '.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const target = fs.mkdtempSync(path.join(parent, `ssot-cli-${label}-`));
  fs.cpSync(path.join(repoRoot, 'examples', name), target, { recursive: true });
  return target;
}

/** A new project under the repository's .tmp/ holding `files` (relative path -> text), so it resolves the workspace's packages. */
export function writeProject(label: string, files: Readonly<Record<string, string>>): string {
  const parent = path.join(repoRoot, '.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, `ssot-cli-${label}-`));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export function removeCopy(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function fixturePath(...segments: string[]): string {
  return path.join(__dirname, 'fixtures', ...segments);
}
