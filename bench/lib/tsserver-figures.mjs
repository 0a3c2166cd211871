// The editor's side of the benchmark: ts-plugin-ssot's added latency on the generated project's 300- and
// 800-line files, its startup cost, and proof that it never builds a second program.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTsserverLatency, percentile } from '../../packages/ts-plugin-ssot/bench/tsserver-latency.mjs';
import { addedAt, addedInterval, poolSamples } from './latency-statistics.mjs';
import { median } from './measure.mjs';

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
 * Each file is measured with `repeats` pairs of fresh servers, and the figures are taken from all their edits
 * pooled (see latency-statistics.mjs): one pair's 30 edits are too few for a p95. Beside each added percentile,
 * the range that bootstrap resampling of the pooled edits gives it; each pair's own figures are kept too.
 */
export async function measureTsserver(projectDir, { runs, repeats = 6, log }) {
  const files = { lines300: 'packages/pkg-a/src/large-300.ts', lines800: 'packages/pkg-a/src/large-800.ts' };
  const measured = {};
  for (const [key, relative] of Object.entries(files)) {
    const each = [];
    for (let repeat = 1; repeat <= repeats; repeat++) {
      log(`tsserver: ${runs} single-character edits in ${relative}, with and without the plugin (${repeat}/${repeats})`);
      each.push(await measureTsserverLatency({ projectDir, file: path.join(projectDir, relative), runs }));
    }
    measured[key] = { file: relative, ...pooledFigures(each), repeats: each.map(withoutSamples) };
  }
  const programBuilders = buildsASecondProgram();
  const { edited } = measured.lines300;
  return {
    addedMsP50: edited.addedMsP50,
    addedMsP95: edited.addedMsP95,
    addedMsP50Interval: edited.addedMsP50Interval,
    addedMsP95Interval: edited.addedMsP95Interval,
    ownMsP50: measured.lines300.ownMs.p50,
    ownMsP95: measured.lines300.ownMs.p95,
    startupAddedMs: measured.lines300.startupMs.on - measured.lines300.startupMs.off,
    secondProgram: programBuilders.length > 0,
    programBuilders,
    files: measured,
  };
}

/** One pair's figures, without the timings they came from (results.json keeps the pooled figures). */
function withoutSamples(measurement) {
  const figures = { ...measurement };
  delete figures.samples;
  delete figures.plugin;
  return figures;
}

/** One file's figures over several pairs of servers: latencies from the pooled edits, the rest as medians. */
function pooledFigures(measurements) {
  const edited = poolSamples(measurements, 'edited');
  const unchanged = poolSamples(measurements, 'unchanged');
  const plugin = measurements.flatMap((measurement) => measurement.plugin.edited).sort((a, b) => a - b);
  return {
    runs: measurements[0].runs,
    lines: measurements[0].lines,
    pooledEdits: edited.on.length,
    ssotDiagnostics: medianOf(measurements.map((measurement) => measurement.ssotDiagnostics)),
    startupMs: medianOf(measurements.map((measurement) => measurement.startupMs)),
    edited: {
      offP50: percentile(edited.off, 50),
      onP50: percentile(edited.on, 50),
      addedMsP50: addedAt(edited, 50),
      addedMsP95: addedAt(edited, 95),
      addedMsP50Interval: addedInterval(edited, 50),
      addedMsP95Interval: addedInterval(edited, 95),
    },
    unchanged: { addedMsP50: addedAt(unchanged, 50), addedMsP95: addedAt(unchanged, 95) },
    // The plugin's own part of each answer after an edit, timed inside the 'on' servers.
    ownMs: { edits: plugin.length, p50: percentile(plugin, 50), p95: percentile(plugin, 95) },
  };
}

/** The figures of several measurements, each number the median of its values (the shapes are the same). */
function medianOf(measurements) {
  const [first] = measurements;
  if (typeof first === 'number') return median(measurements);
  if (first === null || typeof first !== 'object') return first;
  return Object.fromEntries(Object.keys(first).map((key) => [key, medianOf(measurements.map((measurement) => measurement[key]))]));
}
