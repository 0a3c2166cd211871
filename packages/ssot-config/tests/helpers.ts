import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { SsotConfigError } from '../src/index';

/** Static fixture projects; tests that write files copy them into a temp dir first. */
export const fixturesDir = path.join(__dirname, 'fixtures');

export function fixturePath(...segments: string[]): string {
  return path.join(fixturesDir, ...segments);
}

const tempDirs: string[] = [];

/** A fresh directory under the OS temp dir, by its real path (TypeScript reports real paths). */
export function makeTempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-config-test-')));
  tempDirs.push(dir);
  return dir;
}

/** Call from afterEach: removes every temp dir made by the test. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A writable copy of a fixture project. */
export function copyFixture(name: string): string {
  const dir = makeTempDir();
  fs.cpSync(fixturePath(name), dir, { recursive: true });
  return dir;
}

export function writeFile(root: string, relative: string, content: string | Uint8Array): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Config text from one string per line, so expected lines and columns can be read off the test. */
export function lines(...text: string[]): string {
  return text.join('\n') + '\n';
}

/** Moves a file's modification time forward, so an edit is seen even within the file system's mtime granularity. */
export function bumpMtime(file: string): void {
  const { mtimeMs } = fs.statSync(file);
  const later = new Date(mtimeMs + 5_000);
  fs.utimesSync(file, later, later);
}

/**
 * Runs `load`, expects it to throw an SsotConfigError for `file`, and checks what every such error must do:
 * name the file, say how to fix each problem, and carry no stack frames.
 */
export function expectConfigError(file: string, load: () => unknown): SsotConfigError {
  let thrown: unknown;
  try {
    load();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SsotConfigError);
  const error = thrown as SsotConfigError;
  expect(error.file).toBe(file);
  expect(error.message).toContain(path.relative(process.cwd(), file) || file);
  expect(error.message).toContain('Fix:');
  expect(error.message.split('Fix:')).toHaveLength(error.problems.length + 1);
  expect(error.stack).toBeDefined();
  expect(error.stack).not.toContain('    at ');
  return error;
}
