// `ssot lsp --stdio` after single-character edits: the time from the client's didChange to the diagnostics the
// server publishes for that version, driven over stdio by vscode-jsonrpc, the
// library VS Code's language client is built on. Part of `npm run bench`; alone:
//   node bench/ssot-lsp-latency.mjs <project dir> [file, relative] [edits] [watched|unwatched]
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { percentile } from '../packages/ts-plugin-ssot/bench/tsserver-latency.mjs';
import { median, round } from './lib/measure.mjs';

const ssotBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'ssot-cli', 'bin', 'ssot.js');
const WARM_UP = 10;

/**
 * Opens `file` in a fresh server, then types one character into a comment on a line it adds at the top and
 * deletes it again, `runs` times after a warm-up, waiting each time for the diagnostics of the new version.
 * `watched`: the client watches files for the server, as editors do; without, the server asks the disk at each
 * check.
 */
export async function measureLspLatency({ cwd, file, runs = 40, watched = true }) {
  const child = spawn(process.execPath, [...(process.env.SSOT_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), ssotBin, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(path.resolve(cwd, file)).href;
  const waiting = new Map();
  let diagnosticCount;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return;
    diagnosticCount = params.diagnostics.length;
    waiting.get(params.version)?.();
    waiting.delete(params.version);
  });
  connection.listen();
  const publishedFor = (version) => new Promise((resolve) => waiting.set(version, resolve));
  try {
    // Like VS Code and Neovim, the client offers to watch files for the server (and reports no change here).
    connection.onRequest('client/registerCapability', () => null);
    const capabilities = watched ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {};
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities });
    await connection.sendNotification('initialized', {});
    const started = process.hrtime.bigint();
    let version = 1;
    const opened = publishedFor(version);
    const text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version, text } });
    await opened;
    const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
    const change = async (range, newText) => {
      version += 1;
      const published = publishedFor(version);
      const start = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: newText }] });
      await published;
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const at = (character) => ({ line: 0, character });
    await change({ start: at(0), end: at(0) }, '//\n');
    const samples = [];
    for (let i = 0; i < WARM_UP + runs; i++) {
      const typing = i % 2 === 0;
      const ms = await change(typing ? { start: at(2), end: at(2) } : { start: at(2), end: at(3) }, typing ? 'x' : '');
      if (i >= WARM_UP) samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    return {
      file,
      runs,
      watched,
      startupMs: round(startupMs),
      diagnostics: diagnosticCount,
      p50Ms: round(percentile(samples, 50)),
      p95Ms: round(percentile(samples, 95)),
      medianMs: round(median(samples)),
      samplesMs: samples.map((ms) => round(ms)),
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    // A server that does not leave on `exit` is stopped after a second.
    await Promise.race([exited, delay(1000)]);
    connection.dispose();
    child.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cwd, file = 'packages/pkg-a/src/large-300.ts', runs = '40', watch = 'watched'] = process.argv.slice(2);
  if (!cwd) {
    console.error('usage: node bench/ssot-lsp-latency.mjs <project dir> [file] [edits] [watched|unwatched]');
    process.exit(2);
  }
  const figures = await measureLspLatency({ cwd: path.resolve(cwd), file, runs: Number(runs), watched: watch !== 'unwatched' });
  console.log(JSON.stringify({ ...figures, samplesMs: undefined }, null, 2));
}
