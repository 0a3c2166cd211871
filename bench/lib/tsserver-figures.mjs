// The editor's side of the benchmark: ts-plugin-ssot's added latency on the generated project's 300- and
// 800-line files, its startup cost, and proof that it never builds a second program.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTsserverLatency } from '../../packages/ts-plugin-ssot/bench/tsserver-latency.mjs';
import { median } from './measure.mjs';
import { measurePluginOwnTime } from './plugin-own-time.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Whether any code the plugin runs (its own, the engine's, the config loader's) can build a program or a
 * language service: the plugin must use the live program tsserver hands it.
 */
function buildsASecondProgram() {
  const builders = /\b(?:createProgram|createLanguageService|createWatchProgram|createIncrementalProgram)\s*\(/;
  const found = [];
  for (const name of ['ts-plugin-ssot', 'ssot-core', 'ssot-config']) {
    // The sources, not dist: a build leaves outputs of deleted sources behind.
    const src = path.join(repoRoot, 'packages', name, 'src');
    for (const entry of fs.readdirSync(src, { withFileTypes: true, recursive: true })) {
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      if (entry.isFile() && file.endsWith('.ts') && builders.test(fs.readFileSync(file, 'utf8'))) found.push(path.relative(repoRoot, file));
    }
  }
  return found;
}

/**
 * Each file is measured `repeats` times, each time with two fresh servers: the p95 of 30 edits is about the
 * second-slowest edit, and one pause in either server moves it by tens of milliseconds. Every figure is the
 * median of the repeats; each repeat's figures are kept beside it.
 */
export async function measureTsserver(projectDir, { runs, repeats = 3, log }) {
  const files = { lines300: 'packages/pkg-a/src/large-300.ts', lines800: 'packages/pkg-a/src/large-800.ts' };
  const measured = {};
  for (const [key, relative] of Object.entries(files)) {
    const each = [];
    for (let repeat = 1; repeat <= repeats; repeat++) {
      log(`tsserver: ${runs} single-character edits in ${relative}, with and without the plugin (${repeat}/${repeats})`);
      each.push(await measureTsserverLatency({ projectDir, file: path.join(projectDir, relative), runs }));
    }
    const ownMs = measurePluginOwnTime({ projectDir, file: path.join(projectDir, relative), runs });
    measured[key] = { file: relative, ...medianOf(each), repeats: each, ownMs };
  }
  const programBuilders = buildsASecondProgram();
  return {
    addedMsP50: measured.lines300.edited.addedMsP50,
    addedMsP95: measured.lines300.edited.addedMsP95,
    ownMsP50: measured.lines300.ownMs.p50,
    ownMsP95: measured.lines300.ownMs.p95,
    startupAddedMs: measured.lines300.startupMs.on - measured.lines300.startupMs.off,
    secondProgram: programBuilders.length > 0,
    programBuilders,
    files: measured,
  };
}

/** The figures of several measurements, each number the median of its values (the shapes are the same). */
function medianOf(measurements) {
  const [first] = measurements;
  if (typeof first === 'number') return median(measurements);
  if (first === null || typeof first !== 'object') return first;
  return Object.fromEntries(Object.keys(first).map((key) => [key, medianOf(measurements.map((measurement) => measurement[key]))]));
}
