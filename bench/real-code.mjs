// node bench/real-code.mjs <project> [--runs N]: what ssot costs on a real project that is not in this
// repository. The project needs an ssot.config.json at its root that moves at least one module (`modules`);
// the core rule of the comparison restricts the same legacy specifiers by name. ESLint runs in a fresh process
// per run, the four variants alternating round by round; the figures are medians of CPU time (user + system),
// and each ratio comes with the range of its per-round ratios, so one noisy round cannot pass for a verdict.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureEslintVariants } from './lib/eslint-variants.mjs';
import { median, round } from './lib/measure.mjs';

const REAL_VARIANTS = [
  { id: 'floor', label: '(a) parser only, no rules', config: 'real/floor.mjs' },
  { id: 'noopRule', label: '(a+) parser + one no-op rule', config: 'real/noop-rule.mjs' },
  { id: 'coreRule', label: '(b) core no-restricted-imports, the legacy specifiers', config: 'real/core-rule.mjs' },
  { id: 'ssot', label: '(d) ssot recommended', config: 'real/ssot.mjs' },
].map((variant) => ({ ...variant, args: ['--no-inline-config'], allowUnparsed: true }));

const [project] = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--runs');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt === -1 ? 5 : Number(process.argv[runsAt + 1]);
if (!project || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node bench/real-code.mjs <project directory> [--runs N]');
  process.exit(2);
}
const cwd = path.resolve(project);
const configFile = path.join(cwd, 'ssot.config.json');
if (!fs.existsSync(configFile) || !(JSON.parse(fs.readFileSync(configFile, 'utf8')).modules?.length > 0)) {
  console.error(`${configFile}: write an ssot.config.json there that moves a module, e.g. {"modules": [{"legacy": "rxjs/operators", "canonical": "rxjs"}]}`);
  process.exit(2);
}

const started = Date.now();
const load = os.loadavg();
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
log(`${cwd}: ${runs} rounds of ${REAL_VARIANTS.length} variants`);
const figures = measureEslintVariants({ cwd, runs, variants: REAL_VARIANTS, log });

/** The ratio of two variants' median CPU times, and the range of the ratios round by round. */
function ratio(over, under) {
  const perRound = figures[over].cpuTimesMs.map((ms, i) => ms / figures[under].cpuTimesMs[i]);
  return {
    median: round(figures[over].medianCpuMs / figures[under].medianCpuMs, 2),
    medianOfRounds: round(median(perRound), 2),
    range: [round(Math.min(...perRound), 2), round(Math.max(...perRound), 2)],
  };
}

const ssotFindings = figures.ssot.findings.filter((finding) => finding.rule?.startsWith('ssot/')).length;
const coreFindings = figures.coreRule.findings.filter((finding) => finding.rule === 'no-restricted-imports').length;
const report = {
  project: cwd,
  runs,
  at: new Date(started).toISOString(),
  loadAverageAtStart: load.map((value) => round(value, 2)),
  cpuMs: Object.fromEntries(REAL_VARIANTS.map(({ id }) => [id, { median: figures[id].medianCpuMs, rounds: figures[id].cpuTimesMs }])),
  peakMiB: Object.fromEntries(REAL_VARIANTS.map(({ id }) => [id, figures[id].peakMiB])),
  findings: { ssot: ssotFindings, coreRule: coreFindings },
  filesThatDoNotParse: figures.floor.findings.filter((finding) => finding.rule === null).length,
  ratios: {
    'noop / floor': ratio('noopRule', 'floor'),
    'core / floor': ratio('coreRule', 'floor'),
    'ssot / core': ratio('ssot', 'coreRule'),
    'ssot / noop': ratio('ssot', 'noopRule'),
  },
};
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '.tmp', 'real-code-results.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
for (const { id, label } of REAL_VARIANTS) {
  console.log(`${label.padEnd(56)} ${(figures[id].medianCpuMs / 1000).toFixed(1).padStart(6)} s CPU, ${figures[id].peakMiB} MiB`);
}
for (const [name, { median: value, range }] of Object.entries(report.ratios)) {
  console.log(`${name.padEnd(14)} ${value.toFixed(2)} (rounds ${range[0].toFixed(2)}-${range[1].toFixed(2)})`);
}
console.log(`findings: ssot ${ssotFindings}, core rule ${coreFindings}; files that do not parse: ${report.filesThatDoNotParse}; written to ${out}`);
