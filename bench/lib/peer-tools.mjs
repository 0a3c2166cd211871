// The resolving peer (import-x with its TypeScript resolver) is installed for the benchmark alone, into
// .tmp/bench-tools, not into the workspace: its native resolver ships per-platform packages that a partial
// registry mirror may lack, and a lock file that names them would make `npm ci` fail there.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const peerToolsDir = path.join(repoRoot, '.tmp', 'bench-tools');
const PEERS = ['eslint-plugin-import-x@^4.18.1', 'eslint-import-resolver-typescript@^4.4.5'];

/** Installs the peers once (later runs reuse them). */
export function ensurePeerTools() {
  if (fs.existsSync(path.join(peerToolsDir, 'node_modules', 'eslint-plugin-import-x', 'package.json'))) return;
  fs.mkdirSync(peerToolsDir, { recursive: true });
  fs.writeFileSync(path.join(peerToolsDir, 'package.json'), '{ "name": "ssot-bench-tools", "private": true }\n');
  console.log(`installing ${PEERS.join(', ')} into ${path.relative(process.cwd(), peerToolsDir)} (once)`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...PEERS], {
    cwd: peerToolsDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('bench: could not install the import-x peer for variant (c)');
}

/** Imports a peer package from .tmp/bench-tools. */
export async function importPeer(name) {
  const require = createRequire(path.join(peerToolsDir, 'package.json'));
  return import(pathToFileURL(require.resolve(name)).href);
}
