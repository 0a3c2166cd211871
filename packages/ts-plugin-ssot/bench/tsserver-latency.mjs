// Two real tsserver processes on one project, without and with ts-plugin-ssot, alternating: how long
// semanticDiagnosticsSync takes after single-character edits (a new program each time) and on an unchanged
// file, how long the first answer takes (startup), and the plugin's own part of each answer, timed inside the
// server (its request-time log). Used by `node bench/latency.mjs` and by `npm run bench`.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsserverPath = path.join(repoRoot, 'node_modules', 'typescript', 'lib', 'tsserver.js');
const WARM_UP = 10;

/**
 * Both servers log request times to `logFile` (the same cost for each); the plugin then logs how long its own part
 * of each request took, timed inside the server.
 */
function startServer(cwd, withPlugin, logFile) {
  const args = ['--disableAutomaticTypingAcquisition', '--logVerbosity', 'requestTime', '--logFile', logFile];
  if (withPlugin) args.push('--globalPlugins', 'ts-plugin-ssot', '--pluginProbeLocations', repoRoot);
  // A project's tsconfig may name the plugin too: the server without it turns it off by its environment variable.
  const env = withPlugin ? process.env : { ...process.env, SSOT_TS_PLUGIN_DISABLE: '1' };
  const child = spawn(process.execPath, [tsserverPath, ...args], { cwd, stdio: 'pipe', env });
  const pending = new Map();
  let buffer = Buffer.alloc(0);
  let seq = 0;
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.type === 'response' && pending.has(message.request_seq)) {
        pending.get(message.request_seq)(message);
        pending.delete(message.request_seq);
      }
    }
  });
  const send = (command, args) => {
    const id = ++seq;
    child.stdin.write(`${JSON.stringify({ seq: id, type: 'request', command, arguments: args })}\n`);
    return id;
  };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    notify: send,
    request: (command, args) => new Promise((resolve) => pending.set(send(command, args), resolve)),
    /** Ends the server; resolves once it has exited (and its log is complete). */
    kill: () => {
      child.kill();
      return exited;
    },
  };
}

/** The plugin's own time for each getSemanticDiagnostics call, in order, from the server's log. */
function pluginTimesIn(logFile) {
  const times = [];
  for (const match of fs.readFileSync(logFile, 'utf8').matchAll(/\[ts-plugin-ssot\] getSemanticDiagnostics: ([\d.]+) ms/g)) {
    times.push(Number(match[1]));
  }
  return times;
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** What the server with the plugin adds at the p-th percentile: `on`'s minus `off`'s, both sorted ascending. */
export function addedAt(samples, p) {
  return percentile(samples.on, p) - percentile(samples.off, p);
}

async function timed(server, file) {
  const start = process.hrtime.bigint();
  const response = await server.request('semanticDiagnosticsSync', { file });
  if (!response.success) throw new Error(`semanticDiagnosticsSync failed: ${response.message}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Measures `file` of the project at `projectDir` (the project must not be changed by anyone else meanwhile).
 * Edits type one character into, then out of, a comment on a line the setup adds at the top of the file.
 */
export async function measureTsserverLatency({ projectDir, file, runs = 30 }) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').length;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-tsserver-'));
  const logs = { off: path.join(logDir, 'off.log'), on: path.join(logDir, 'on.log') };
  const servers = { off: startServer(projectDir, false, logs.off), on: startServer(projectDir, true, logs.on) };
  let measured;
  try {
    const startupMs = {};
    const ssot = {};
    for (const [name, server] of Object.entries(servers)) {
      const start = process.hrtime.bigint();
      server.notify('open', { file });
      const first = await server.request('semanticDiagnosticsSync', { file }); // loads the project
      startupMs[name] = Number(process.hrtime.bigint() - start) / 1e6;
      ssot[name] = first.body.filter((diagnostic) => diagnostic.source === 'ssot').length;
      // A comment line to type into, first in the file: edits change no diagnostic, but each makes a new program.
      server.notify('change', { file, line: 1, offset: 1, endLine: 1, endOffset: 1, insertText: '//\n' });
    }
    const edited = { off: [], on: [] };
    const cached = { off: [], on: [] };
    for (let i = 0; i < WARM_UP + runs; i++) {
      const order = i % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
      for (const name of order) {
        const server = servers[name];
        const typing = i % 2 === 0;
        server.notify('change', { file, line: 1, offset: 3, endLine: 1, endOffset: typing ? 3 : 4, insertText: typing ? 'x' : '' });
        const afterEdit = await timed(server, file);
        const unchanged = await timed(server, file);
        if (i >= WARM_UP) {
          edited[name].push(afterEdit);
          cached[name].push(unchanged);
        }
      }
    }
    for (const list of [...Object.values(edited), ...Object.values(cached)]) list.sort((a, b) => a - b);
    measured = {
      runs,
      lines,
      ssotDiagnostics: ssot,
      startupMs,
      edited: { offP50: percentile(edited.off, 50), onP50: percentile(edited.on, 50), addedMsP50: addedAt(edited, 50), addedMsP95: addedAt(edited, 95) },
      unchanged: { addedMsP50: addedAt(cached, 50), addedMsP95: addedAt(cached, 95) },
      // Every timing, sorted per server: several measurements' samples can be pooled.
      samples: { edited, unchanged: cached },
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.kill()));
  }
  try {
    measured.plugin = { edited: pluginTimesAfterEdits(pluginTimesIn(logs.on), runs) };
  } finally {
    fs.rmSync(logDir, { recursive: true, force: true });
  }
  return measured;
}

/**
 * The plugin's times after the timed edits, sorted. The 'on' server answered one request at startup, then an
 * edited and an unchanged file in each round, warm-up rounds first.
 */
function pluginTimesAfterEdits(times, runs) {
  const expected = 1 + 2 * (WARM_UP + runs);
  if (times.length !== expected) throw new Error(`the plugin logged ${times.length} request times, not ${expected}`);
  return times.filter((_, i) => i % 2 === 1 && (i - 1) / 2 >= WARM_UP).sort((a, b) => a - b);
}
