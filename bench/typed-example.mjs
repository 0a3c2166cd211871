// Side by side, in one run: ESLint with projectService and no rules, then with ssot's type-checked rules, on
// examples/websocket-app. Each variant runs in a fresh process, alternating, and the medians are compared.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round, runNode } from './lib/measure.mjs';

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
  const cpu = { floor: [], ssot: [] };
  const peaks = { floor: [], ssot: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, config] of Object.entries(variants)) {
      const result = runNode([eslintBin, '--config', config, '--format', 'json', '.'], { cwd });
      if (result.status !== 0 && result.status !== 1) throw new Error(`eslint (${name}) failed:\n${result.stderr}`);
      times[name].push(result.ms);
      cpu[name].push(result.cpuMs);
      peaks[name].push(result.peakMiB);
    }
  }
  const floor = median(times.floor);
  const ssot = median(times.ssot);
  return {
    runs,
    floorMs: round(floor),
    ssotMs: round(ssot),
    ratioOverTypedFloor: round(ssot / floor, 3),
    cpuRatioOverTypedFloor: round(median(cpu.ssot) / median(cpu.floor), 3),
    floorPeakMiB: round(median(peaks.floor)),
    ssotPeakMiB: round(median(peaks.ssot)),
  };
}
