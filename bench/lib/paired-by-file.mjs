// What ssot costs over the rule it replaces and over a rule that does nothing, measured so that the machine's
// noise settles the comparison.
//
// Running each variant in its own process one after another (bench/lib/eslint-variants.mjs), one variant's run
// on a shared machine can take half again as long as the next one's, and the ratios' per-round ranges then
// settle nothing. Here each round is one fresh process in which every variant lints each file in turn
// (paired-by-file-worker.mjs): a slow second of the machine falls on all variants alike. A variant's time is
// what a CLI run of it would spend: the process's start, loading ESLint and listing the files, which every
// variant pays alike and is counted once for all, then loading its config and linting every file. Each lint
// ends with a collection of the young generation, timed with it, so that a variant's short-lived garbage is
// charged to it rather than to the next one; what survives longer is still collected when V8 decides.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const VARIANTS = [
  { id: 'floor', config: 'floor.mjs' },
  { id: 'noop', config: 'noop-rule.mjs' },
  { id: 'core', config: 'core-rule.mjs' },
  { id: 'ssot', config: 'ssot.mjs' },
];
/** The ratios reported: [key, numerator, denominator]. */
export const PAIRED_RATIOS = [
  ['noopOverFloor', 'noop', 'floor'],
  ['coreOverFloor', 'core', 'floor'],
  ['ssotOverNoop', 'ssot', 'noop'],
  ['ssotOverCore', 'ssot', 'core'],
];

/**
 * `runs` rounds over the project in `cwd`, with the configs in `configDir` (bench/configs for the generated
 * project, bench/configs/real for another), their typed-* ones when `typed`. Returns the rounds' CPU times, and
 * per ratio the median of its per-round values with their range, and what the numerator adds in ms of CPU.
 */
export function measurePairedByFile({ cwd, runs, configDir, typed = false, log = () => {} }) {
  const configs = VARIANTS.map(({ config }) => path.join(configDir, `${typed ? 'typed-' : ''}${config}`));
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'paired-by-file-worker.mjs'), cwd, ...configs], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (run.status !== 0) throw new Error(`paired round ${i + 1} in ${cwd} failed (exit ${run.status}):\n${run.stderr.slice(-4000)}`);
    const { files, startCpuMs, shared, figures } = JSON.parse(run.stdout.trim().split('\n').pop());
    const cpuMs = Object.fromEntries(VARIANTS.map(({ id }, v) => [id, startCpuMs + shared.cpuMs + figures[v].firstCpuMs + figures[v].cpuMs]));
    rounds.push({ files, cpuMs, findings: Object.fromEntries(VARIANTS.map(({ id }, v) => [id, figures[v].findings])), fatal: figures[0].fatal });
    log(`paired round ${i + 1}${typed ? ' (typed)' : ''}: ${VARIANTS.map(({ id }) => `${id} ${(cpuMs[id] / 1000).toFixed(2)} s`).join(', ')}`);
  }
  const of = (perRound, digits) => ({
    median: round(median(perRound), digits),
    low: round(Math.min(...perRound), digits),
    high: round(Math.max(...perRound), digits),
  });
  const [first] = rounds;
  return {
    runs,
    typed,
    files: first.files,
    findings: first.findings,
    filesThatDoNotParse: first.fatal,
    medianCpuMs: Object.fromEntries(VARIANTS.map(({ id }) => [id, Math.round(median(rounds.map(({ cpuMs }) => cpuMs[id])))])),
    cpuMsByRound: rounds.map(({ cpuMs }) => Object.fromEntries(Object.entries(cpuMs).map(([id, ms]) => [id, Math.round(ms)]))),
    ratios: Object.fromEntries(
      PAIRED_RATIOS.map(([key, over, under]) => [key, of(rounds.map(({ cpuMs }) => cpuMs[over] / cpuMs[under]), 3)]),
    ),
    addedMs: Object.fromEntries(
      PAIRED_RATIOS.map(([key, over, under]) => [key, of(rounds.map(({ cpuMs }) => cpuMs[over] - cpuMs[under]), 0)]),
    ),
  };
}

/**
 * The figures as `npm run bench`'s results hold them: each ratio's median under its key, its per-round range
 * as `<key>Interval` (which report.mjs's targetsOf reads), and the figures themselves.
 */
export function pairedTargetFigures(figures) {
  const flat = {};
  for (const [key] of PAIRED_RATIOS) {
    const { median: value, low, high } = figures.ratios[key];
    flat[key] = value;
    flat[`${key}Interval`] = { low, high };
  }
  return { ...flat, figures };
}

/** The figures as lines of text. */
export function pairedLines(figures) {
  const lines = [
    `${figures.files} files, ${figures.runs} rounds${figures.typed ? ', typed' : ''}; findings: core ${figures.findings.core}, ` +
      `ssot ${figures.findings.ssot}; files that do not parse: ${figures.filesThatDoNotParse}`,
    `CPU medians: ${Object.entries(figures.medianCpuMs).map(([id, ms]) => `${id} ${(ms / 1000).toFixed(2)} s`).join(', ')}`,
  ];
  for (const [key, over, under] of PAIRED_RATIOS) {
    const ratio = figures.ratios[key];
    const added = figures.addedMs[key];
    lines.push(
      `${`${over} / ${under}`.padEnd(12)} ${ratio.median.toFixed(3)} (rounds ${ratio.low.toFixed(3)}-${ratio.high.toFixed(3)}), ` +
        `adds ${added.median} ms (rounds ${added.low} to ${added.high})`,
    );
  }
  return lines;
}
