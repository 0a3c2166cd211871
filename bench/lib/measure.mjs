// Timing one command in a fresh process: wall time; with GNU time, also peak memory (max RSS) and CPU time
// (user + system), which other work on a shared machine disturbs far less than wall time.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = fs.existsSync(GNU_TIME);

/**
 * Runs `node <args>` in `cwd`. Returns wall milliseconds, CPU milliseconds and peak resident memory in MiB (both
 * null without /usr/bin/time), exit status and output.
 */
export function runNode(args, { cwd, env }) {
  const memoryFile = path.join(os.tmpdir(), `ssot-bench-${process.pid}.time`);
  const [command, commandArgs] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, process.execPath, ...args]]
    : [process.execPath, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd, env: env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let peakMiB = null;
  let cpuMs = null;
  if (hasGnuTime) {
    // GNU time adds "Command exited with non-zero status N" before the figures when the command fails.
    const [kib, user, system] = fs.readFileSync(memoryFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    peakMiB = Number.isFinite(kib) ? kib / 1024 : null;
    cpuMs = Number.isFinite(user + system) ? (user + system) * 1000 : null;
    fs.rmSync(memoryFile, { force: true });
  }
  if (result.error) throw result.error;
  return { ms, cpuMs, peakMiB, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function median(values) {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return null;
  const sorted = [...present].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value, digits = 1) {
  return value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
}
