// `ssot check` on the generated project: the checks without ESLint, over one tsconfig program. Measured in fresh
// processes like the ESLint variants (wall, CPU, peak memory), its findings scored against the manifest and
// compared with the typed ESLint run's. Part of `npm run bench`.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithManifest } from './lib/correctness.mjs';
import { median, round, runNode } from './lib/measure.mjs';

const ssotBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'ssot-cli', 'bin', 'ssot.js');

/** `runs` runs of `ssot check --format json`; medians, and its findings against the manifest and `eslintFindings`. */
export function measureSsotCheck({ cwd, runs, expected, eslintFindings, log = () => {} }) {
  const samples = { ms: [], cpuMs: [], peakMiB: [] };
  let findings;
  for (let round_ = 0; round_ < runs; round_++) {
    const run = runNode([ssotBin, 'check', '--format', 'json'], { cwd });
    if (run.status !== 0 && run.status !== 1) throw new Error(`ssot check exited with ${run.status}:\n${run.stderr}`);
    samples.ms.push(run.ms);
    samples.cpuMs.push(run.cpuMs);
    samples.peakMiB.push(run.peakMiB);
    findings ??= JSON.parse(run.stdout).flatMap((result) =>
      result.messages.map((message) => ({ file: path.relative(cwd, result.filePath).replace(/\\/g, '/'), line: message.line, rule: message.ruleId })),
    );
    log(`  ssot check ${round_ + 1}/${runs}: ${Math.round(run.ms)} ms wall, ${Math.round(run.cpuMs)} ms CPU`);
  }
  const score = compareWithManifest(findings, expected);
  const key = (finding) => `${finding.file}:${finding.line}:${finding.rule}`;
  const fromEslint = new Set(eslintFindings.filter((finding) => finding.rule?.startsWith('ssot/')).map(key));
  const fromCheck = new Set(findings.map(key));
  return {
    medianMs: round(median(samples.ms)),
    medianCpuMs: round(median(samples.cpuMs)),
    peakMiB: round(median(samples.peakMiB)),
    cpuTimesMs: samples.cpuMs.map((ms) => round(ms)),
    findings: findings.length,
    precision: round(score.precision, 4),
    recall: round(score.recall, 4),
    sameAsTypedEslint: fromEslint.size === fromCheck.size && [...fromCheck].every((finding) => fromEslint.has(finding)),
  };
}
