// The ESLint CLI on the generated project, one variant per fresh process, variants alternating round by round.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round, runNode } from './measure.mjs';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const eslintBin = path.join(benchDir, '..', 'node_modules', 'eslint', 'bin', 'eslint.js');
export const findingsFormatter = path.join(benchDir, 'lib', 'findings-formatter.mjs');
/** What ESLint would charge if rule contexts did not make each file's context a prototype (see the file). */
const sharedFileContext = ['--require', path.join(benchDir, 'lib', 'shared-file-context.cjs')];

export const VARIANTS = [
  { id: 'floor', label: '(a) parser only, no rules', config: 'floor.mjs' },
  { id: 'noopRule', label: '(a+) parser + one no-op rule', config: 'noop-rule.mjs' },
  { id: 'coreRule', label: '(b) core no-restricted-imports, string patterns', config: 'core-rule.mjs' },
  { id: 'importX', label: '(c) import-x/no-restricted-paths + TS resolver', config: 'import-x.mjs' },
  { id: 'ssot', label: '(d) ssot recommended', config: 'ssot.mjs' },
  { id: 'ssotFixDryRun', label: '(e) ssot recommended, --fix-dry-run', config: 'ssot.mjs', args: ['--fix-dry-run'] },
  { id: 'noopRuleSharedContext', label: "(a+') (a+), ESLint's file context shared", config: 'noop-rule.mjs', nodeArgs: sharedFileContext },
  { id: 'ssotSharedContext', label: "(d') (d), ESLint's file context shared", config: 'ssot.mjs', nodeArgs: sharedFileContext },
  { id: 'typedFloor', label: '(f) projectService, no rules', config: 'typed-floor.mjs' },
  { id: 'typedNoopRule', label: '(f+) projectService + one no-op rule', config: 'typed-noop-rule.mjs' },
  { id: 'typedSsot', label: '(f) projectService + ssot recommended-type-checked', config: 'typed-ssot.mjs' },
  { id: 'typedSsotSharedContext', label: "(f') (f) ssot, ESLint's file context shared", config: 'typed-ssot.mjs', nodeArgs: sharedFileContext },
];

/** `eslint -c bench/configs/<config> -f <findings formatter> .` in `cwd`; returns the run and its findings. */
export function runEslint(variant, cwd) {
  const config = path.join(benchDir, 'configs', variant.config);
  const run = runNode([...(variant.nodeArgs ?? []), eslintBin, '-c', config, '-f', findingsFormatter, ...(variant.args ?? []), '.'], { cwd });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`eslint (${variant.id}) exited with ${run.status}:\n${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  }
  const findings = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, lineNumber, rule, fatal] = JSON.parse(line);
      return { file, line: lineNumber, rule, fatal };
    });
  const fatal = findings.filter((finding) => finding.rule === null);
  // A generated project parses everywhere; a real one may hold templates that are not TypeScript (counted instead).
  if (fatal.length > 0 && !variant.allowUnparsed) throw new Error(`eslint (${variant.id}) could not parse ${fatal.length} files, e.g. ${JSON.stringify(fatal[0])}`);
  return { ...run, findings };
}

/**
 * `runs` rounds; each round runs every variant once, in order. One untimed run first warms the disk cache.
 * Returns per variant: median wall ms, median CPU ms, median peak MiB, every time, and the first run's findings.
 */
export function measureEslintVariants({ cwd, runs, variants = VARIANTS, log = () => {} }) {
  runEslint(variants[0], cwd);
  const samples = Object.fromEntries(variants.map((variant) => [variant.id, { ms: [], cpuMs: [], peakMiB: [], findings: undefined }]));
  for (let round = 0; round < runs; round++) {
    for (const variant of variants) {
      const run = runEslint(variant, cwd);
      const sample = samples[variant.id];
      sample.ms.push(run.ms);
      sample.cpuMs.push(run.cpuMs);
      sample.peakMiB.push(run.peakMiB);
      sample.findings ??= run.findings;
      if (run.findings.length !== sample.findings.length) {
        throw new Error(`eslint (${variant.id}) found ${run.findings.length} problems, ${sample.findings.length} the first time`);
      }
      log(`  round ${round + 1}/${runs} ${variant.id.padEnd(14)} ${Math.round(run.ms)} ms wall, ${Math.round(run.cpuMs)} ms CPU`);
    }
  }
  return Object.fromEntries(
    variants.map((variant) => {
      const sample = samples[variant.id];
      return [
        variant.id,
        {
          label: variant.label,
          medianMs: round(median(sample.ms)),
          medianCpuMs: round(median(sample.cpuMs)),
          peakMiB: round(median(sample.peakMiB)),
          timesMs: sample.ms.map((ms) => round(ms)),
          cpuTimesMs: sample.cpuMs.map((ms) => round(ms)),
          findings: sample.findings,
        },
      ];
    }),
  );
}
