// node bench/rule-timing.mjs <project> [--runs N] <label>=<eslint config> ...: ESLint configs over one project,
// each in a fresh process, alternating round by round. For each: the median CPU time (user + system) and the
// median time ESLint's own `TIMING=all` gives its rules (what the rules cost, without the noise of parsing and
// collecting garbage around them); for each config after the first, its CPU time over the first's, with the
// range of the per-round ratios. Two builds of ssot compare by giving each its own config file, e.g. one in a
// git worktree of the older commit whose node_modules link to its own packages.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { eslintBin as eslint } from './lib/eslint-variants.mjs';
import { median, round } from './lib/measure.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 5 : Number(args[runsAt + 1]);
const rest = args.filter((_, i) => i !== runsAt && i !== runsAt + 1);
const [project, ...specs] = rest;
const variants = specs.map((spec) => {
  const [label, config] = spec.split('=');
  return { label, config: path.resolve(config ?? '') };
});
if (!project || variants.length === 0 || variants.some(({ label, config }) => !label || !config) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node bench/rule-timing.mjs <project directory> [--runs N] <label>=<eslint config file> ...');
  process.exit(2);
}

/** One ESLint run: its CPU time in ms, and the sum of its rules' times from TIMING=all. */
function measure(config) {
  const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, eslint, '--no-inline-config', '-c', config, '-f', 'json', '-o', '/dev/null', '.'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, TIMING: 'all' },
    maxBuffer: 1 << 28,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const cpu = output.match(/^cpu ([\d.]+) ([\d.]+)$/m);
  if (!cpu) throw new Error(`ESLint with ${config} did not finish:\n${output.slice(-2000)}`);
  const rulesMs = [...output.matchAll(/^(\S+)\s*\|\s*([\d.]+)\s*\|/gm)].filter(([, rule]) => rule !== 'Rule').reduce((sum, [, , ms]) => sum + Number(ms), 0);
  return { cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000, rulesMs };
}

const figures = new Map(variants.map(({ label }) => [label, []]));
for (let runIndex = 0; runIndex < runs; runIndex++) {
  for (const { label, config } of variants) figures.get(label).push(measure(config));
}
const [first] = variants;
for (const { label } of variants) {
  const rounds = figures.get(label);
  const cpu = rounds.map((r) => r.cpuMs);
  const line = [`${label.padEnd(12)} CPU ${(median(cpu) / 1000).toFixed(2)} s`, `rules ${Math.round(median(rounds.map((r) => r.rulesMs)))} ms`];
  if (label !== first.label) {
    const base = figures.get(first.label).map((r) => r.cpuMs);
    const perRound = cpu.map((ms, i) => ms / base[i]);
    line.push(`/ ${first.label} ${round(median(cpu) / median(base), 2)} (rounds ${round(Math.min(...perRound), 2)}-${round(Math.max(...perRound), 2)})`);
  }
  console.log(line.join(', '));
}
