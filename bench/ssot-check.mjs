// `ssot check` on the generated project: the checks without ESLint, over one tsconfig program, on TypeScript 6
// and on TypeScript 7's compiler (a child process, whose CPU time and memory bench/lib/child-usage.cjs adds).
// Measured in fresh processes like the ESLint variants (wall, CPU, peak memory), its findings scored against
// the manifest and compared with the typed ESLint run's; TypeScript 7's own `tsc --noEmit` beside them. Part of
// `npm run bench`.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithManifest } from './lib/correctness.mjs';
import { median, round, runNode } from './lib/measure.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ssotBin = path.join(repoRoot, 'packages', 'ssot-cli', 'bin', 'ssot.js');
const childUsage = path.join(repoRoot, 'bench', 'lib', 'child-usage.cjs');
const typescript7Tsc = path.join(repoRoot, 'node_modules', 'typescript7', 'bin', 'tsc');

/**
 * `runs` runs of `ssot check --typescript <6|7> --format json`; medians (CPU and memory with the compiler's
 * process), and its findings against the manifest and `eslintFindings`.
 */
export function measureSsotCheck({ cwd, runs, expected, eslintFindings, typescript, log = () => {} }) {
  const samples = { ms: [], cpuMs: [], peakMiB: [], compilerCpuMs: [], compilerPeakMiB: [] };
  const usageFile = path.join(os.tmpdir(), `ssot-bench-child-usage-${process.pid}.json`);
  const env = { ...process.env, SSOT_BENCH_CHILD_USAGE: usageFile, SSOT_BENCH_CLK_TCK: clockTicks() };
  let findings;
  for (let round_ = 0; round_ < runs; round_++) {
    fs.rmSync(usageFile, { force: true });
    const run = runNode(['--require', childUsage, ssotBin, 'check', '--typescript', typescript, '--format', 'json'], { cwd, env });
    if (run.status !== 0 && run.status !== 1) throw new Error(`ssot check exited with ${run.status}:\n${run.stderr}`);
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
    const compiler = { cpuMs: usage.cpuMs, peakMiB: usage.peakMiB };
    if (typescript === '7' && usage.processes === 0) throw new Error('ssot check --typescript 7 started no compiler process');
    samples.ms.push(run.ms);
    // ssot's own usage from the process itself: GNU time's figure sometimes takes in the compiler too (see
    // child-usage.cjs), which would count its CPU twice.
    samples.cpuMs.push(usage.self.cpuMs + compiler.cpuMs);
    // The two processes run side by side: their peaks added are what the machine must have.
    samples.peakMiB.push(usage.self.peakMiB + compiler.peakMiB);
    samples.compilerCpuMs.push(compiler.cpuMs);
    samples.compilerPeakMiB.push(compiler.peakMiB);
    findings ??= JSON.parse(run.stdout).flatMap((result) =>
      result.messages.map((message) => ({ file: path.relative(cwd, result.filePath).replace(/\\/g, '/'), line: message.line, rule: message.ruleId })),
    );
    log(`  ssot check --typescript ${typescript} ${round_ + 1}/${runs}: ${Math.round(run.ms)} ms wall, ${Math.round(samples.cpuMs.at(-1))} ms CPU`);
  }
  fs.rmSync(usageFile, { force: true });
  const score = compareWithManifest(findings, expected);
  const key = (finding) => `${finding.file}:${finding.line}:${finding.rule}`;
  const fromEslint = new Set(eslintFindings.filter((finding) => finding.rule?.startsWith('ssot/')).map(key));
  const fromCheck = new Set(findings.map(key));
  return {
    typescript,
    medianMs: round(median(samples.ms)),
    medianCpuMs: round(median(samples.cpuMs)),
    peakMiB: round(median(samples.peakMiB)),
    cpuTimesMs: samples.cpuMs.map((ms) => round(ms)),
    compiler: { medianCpuMs: round(median(samples.compilerCpuMs)), peakMiB: round(median(samples.compilerPeakMiB)) },
    findings: findings.length,
    precision: round(score.precision, 4),
    recall: round(score.recall, 4),
    sameAsTypedEslint: fromEslint.size === fromCheck.size && [...fromCheck].every((finding) => fromEslint.has(finding)),
  };
}

/** `runs` runs of TypeScript 7's own `tsc --noEmit` on the project: the compiler alone, as a floor for (g). */
export function measureTypescript7Tsc({ cwd, runs, log = () => {} }) {
  const samples = { ms: [], cpuMs: [], peakMiB: [] };
  for (let round_ = 0; round_ < runs; round_++) {
    const run = runNode([typescript7Tsc, '--noEmit', '-p', '.'], { cwd });
    samples.ms.push(run.ms);
    samples.cpuMs.push(run.cpuMs);
    samples.peakMiB.push(run.peakMiB);
    log(`  tsc (TypeScript 7) --noEmit ${round_ + 1}/${runs}: ${Math.round(run.ms)} ms wall, ${Math.round(run.cpuMs)} ms CPU, exit ${run.status}`);
  }
  return { medianMs: round(median(samples.ms)), medianCpuMs: round(median(samples.cpuMs)), peakMiB: round(median(samples.peakMiB)) };
}

/**
 * A copy of the project beside it whose ssot.config.json declares no protocol: the type checks then have nothing
 * to compare, and `ssot check` on TypeScript 7 leaves unparsed the files in which no check can report (what a
 * team that only moves modules and names gets). Returns the copy's directory.
 */
export function copyWithoutProtocols(projectDir) {
  const copy = `${projectDir}-no-protocol`;
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(projectDir, copy, { recursive: true, verbatimSymlinks: true });
  const configFile = path.join(copy, 'ssot.config.json');
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
  for (const symbol of config.symbols ?? []) delete symbol.protocol;
  fs.writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  return copy;
}

function clockTicks() {
  try {
    return execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim();
  } catch {
    return '100';
  }
}

// `node bench/ssot-check.mjs <project-dir> [--runs N]`: (h), (g) and TypeScript 7's tsc on any project with an
// ssot.config.json, without the ESLint variants (findings are counted, not scored: there is no manifest).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, flag, value] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/ssot-check.mjs <project-dir> [--runs N]');
    process.exit(2);
  }
  const runs = flag === '--runs' ? Number(value) : 5;
  const cwd = path.resolve(dir);
  const summary = (result) => ({ ...result, cpuTimesMs: undefined, precision: undefined, recall: undefined, sameAsTypedEslint: undefined });
  for (const typescript of ['6', '7']) {
    console.log(JSON.stringify(summary(measureSsotCheck({ cwd, runs, expected: [], eslintFindings: [], typescript }))));
  }
  console.log(JSON.stringify({ typescript7Tsc: measureTypescript7Tsc({ cwd, runs }) }));
}
