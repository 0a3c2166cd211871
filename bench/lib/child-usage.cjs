// Preloaded (`node --require`) into a process the bench measures. TypeScript 7's API runs the compiler as a child
// process that is killed when the run ends. Whether GNU time then counts it depends on a race: it counts the
// children its command reaped, and Node reaps the killed compiler only if its event loop turns once more before
// the process exits (in one of the three runs checked here). So the process's own usage cannot be read from GNU
// time either. This reads the compiler's CPU time and memory from /proc just before each spawned child is killed, and
// the process's own from getrusage(RUSAGE_SELF) as it exits (children never included), and writes both to the
// file SSOT_BENCH_CHILD_USAGE names. Linux only (where the bench runs).
const fs = require('node:fs');
const childProcess = require('node:child_process');
const { syncBuiltinESMExports } = require('node:module');

const out = process.env.SSOT_BENCH_CHILD_USAGE;
const ticksPerSecond = Number(process.env.SSOT_BENCH_CLK_TCK ?? 100);
const usage = { processes: 0, cpuMs: 0, peakMiB: 0, self: { cpuMs: 0, peakMiB: 0 } };
const recorded = new Set();

function record(pid) {
  if (pid === undefined || recorded.has(pid)) return;
  recorded.add(pid);
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the command's parenthesised name) are user and system ticks.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    usage.cpuMs += ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
    const peakKiB = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    usage.peakMiB = Math.max(usage.peakMiB, peakKiB / 1024);
  } catch {
    // The child already ended: it was waited for, and GNU time counts it.
  }
}

const spawn = childProcess.spawn;
childProcess.spawn = function spawnRecorded(...args) {
  const child = spawn.apply(this, args);
  usage.processes += 1;
  const kill = child.kill.bind(child);
  child.kill = (signal) => {
    record(child.pid);
    return kill(signal);
  };
  return child;
};
// The API imports `spawn` as an ES module binding: make it see the wrapper.
syncBuiltinESMExports();

if (out) {
  process.on('exit', () => {
    // Every thread of this process (the garbage collector's helpers too), none of its children.
    const self = process.resourceUsage();
    usage.self = { cpuMs: (self.userCPUTime + self.systemCPUTime) / 1000, peakMiB: self.maxRSS / 1024 };
    fs.writeFileSync(out, JSON.stringify(usage));
  });
}
