// Measures what the plugin adds to tsserver's semanticDiagnosticsSync, the request behind an editor's squiggles.
// Two real tsserver processes on one copy of examples/websocket-app, one with the plugin and one without; for
// one file, N rounds of: edit the file (so TypeScript and the plugin both recompute), then time the request.
// Also times the request on an unchanged file (both sides answer from their caches). Prints p50 and p95.
//
//   node packages/ts-plugin-ssot/bench/latency.mjs [runs=30] [file=src/app/services/broadcast-service.ts]
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsserver = path.join(repoRoot, 'node_modules', 'typescript', 'lib', 'tsserver.js');
const runs = Number(process.argv[2] ?? 30);
const relativeFile = process.argv[3] ?? 'src/app/services/broadcast-service.ts';

function startServer(cwd, withPlugin) {
  const args = ['--disableAutomaticTypingAcquisition'];
  if (withPlugin) args.push('--globalPlugins', 'ts-plugin-ssot', '--pluginProbeLocations', repoRoot);
  // The example's tsconfig names the plugin too: the server without it turns it off by its environment variable.
  const env = withPlugin ? process.env : { ...process.env, SSOT_TS_PLUGIN_DISABLE: '1' };
  const child = spawn(process.execPath, [tsserver, ...args], { cwd, stdio: 'pipe', env });
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
  return {
    notify: send,
    request: (command, args) => new Promise((resolve) => pending.set(send(command, args), resolve)),
    kill: () => child.kill(),
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const WARM_UP = 10;

/** Times one request after an optional edit, on each server in turn (alternating which goes first). */
async function measure(servers, file, lastLine, edit) {
  const times = { off: [], on: [] };
  for (let i = 0; i < WARM_UP + runs; i++) {
    const order = i % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const name of order) {
      const server = servers[name];
      if (edit) {
        // Add, then remove, a comment on a new last line: a new program each round, the same diagnostics.
        const insert = i % 2 === 0;
        server.notify('change', {
          file,
          line: lastLine,
          offset: 1,
          endLine: insert ? lastLine : lastLine + 1,
          endOffset: 1,
          insertText: insert ? '// bench\n' : '',
        });
      }
      const start = process.hrtime.bigint();
      const response = await server.request('semanticDiagnosticsSync', { file });
      if (!response.success) throw new Error(response.message);
      if (i >= WARM_UP) times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b);
  return times;
}

const copy = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'ts-plugin-bench-'));
fs.cpSync(path.join(repoRoot, 'examples', 'websocket-app'), copy, { recursive: true });
const file = path.join(copy, relativeFile);
const lastLine = fs.readFileSync(file, 'utf8').split('\n').length;
const servers = { off: startServer(copy, false), on: startServer(copy, true) };
try {
  const ssot = {};
  for (const [name, server] of Object.entries(servers)) {
    server.notify('open', { file });
    const first = await server.request('semanticDiagnosticsSync', { file }); // loads the project
    ssot[name] = first.body.filter((diagnostic) => diagnostic.source === 'ssot').length;
  }
  const edited = await measure(servers, file, lastLine, true);
  const cached = await measure(servers, file, lastLine, false);
  const results = { off: { ssot: ssot.off, edited: edited.off, cached: cached.off }, on: { ssot: ssot.on, edited: edited.on, cached: cached.on } };
  const ms = (value) => `${value.toFixed(2).padStart(7)} ms`;
  const row = (label, p50, p95) => console.log(`  ${label.padEnd(22)} p50 ${ms(p50)}   p95 ${ms(p95)}`);
  console.log(`semanticDiagnosticsSync on ${relativeFile}: ${runs} runs each, after ${WARM_UP} warm-up runs, the two servers alternating`);
  console.log(`ssot diagnostics in the file: ${results.on.ssot} with the plugin, ${results.off.ssot} without`);
  for (const [kind, title] of [['edited', 'after an edit (new program)'], ['cached', 'unchanged file']]) {
    const p = (name, percent) => percentile(results[name][kind], percent);
    console.log(title);
    row('plugin off', p('off', 50), p('off', 95));
    row('plugin on', p('on', 50), p('on', 95));
    row('added by the plugin', p('on', 50) - p('off', 50), p('on', 95) - p('off', 95));
  }
} finally {
  for (const server of Object.values(servers)) server.kill();
  fs.rmSync(copy, { recursive: true, force: true });
}
