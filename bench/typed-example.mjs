// Side by side, in one run: ESLint with projectService and no rules, then with ssot's type-checked rules, on
// examples/websocket-app. Each variant runs in a fresh process, alternating, and the medians are compared.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Runs each variant `runs` times, alternating, and returns their median wall times in milliseconds. */
export function measureTypedExample({ runs = 5, example = 'websocket-app' } = {}) {
  const cwd = path.join(repoRoot, 'examples', example);
  const variants = {
    floor: path.join(here, 'configs', 'typed-floor.mjs'),
    ssot: path.join(here, 'configs', 'typed-ssot.mjs'),
  };
  const times = { floor: [], ssot: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, config] of Object.entries(variants)) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [eslintBin, '--config', config, '--format', 'json', '.'], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0 && result.status !== 1) throw new Error(`eslint (${name}) failed:\n${result.stderr}`);
      times[name].push(ms);
    }
  }
  const floor = median(times.floor);
  const ssot = median(times.ssot);
  return { runs, floorMs: round(floor), ssotMs: round(ssot), ratioOverTypedFloor: round(ssot / floor, 3) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value, digits = 1) {
  return Number(value.toFixed(digits));
}
