import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const tmpRoot = path.join(repoRoot, '.tmp');
export const tsserverPath = path.join(repoRoot, 'node_modules', 'typescript', 'lib', 'tsserver.js');
export const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

/**
 * Where tsserver looks for the plugin: the repository root, whose node_modules links ts-plugin-ssot to this
 * package (npm workspaces), so tsserver loads the built dist through require() as it would in a user's project.
 */
export const pluginProbeLocation = repoRoot;

/** A fresh folder under the repository's .tmp/ (so node_modules resolves from it as from the examples). */
export function makeTempDir(label: string): string {
  fs.mkdirSync(tmpRoot, { recursive: true });
  return fs.mkdtempSync(path.join(tmpRoot, `${label}-`));
}

/** Copies examples/<name> under .tmp/. */
export function copyExample(name: string, label: string): string {
  const target = makeTempDir(label);
  fs.cpSync(path.join(repoRoot, 'examples', name), target, { recursive: true });
  return target;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Every .ts file under `dir`, relative, sorted. */
export function typeScriptFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Polls `condition` until it holds or `timeoutMs` passes. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
