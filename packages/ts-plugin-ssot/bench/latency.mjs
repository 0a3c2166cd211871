// node packages/ts-plugin-ssot/bench/latency.mjs [runs] [file] [project dir]: the plugin's added latency on a
// copy of examples/websocket-app, or on the project at `project dir` as it is (the edits go to the servers, not
// to disk; `file` is relative to it). The full benchmark, `npm run bench`, measures the generated 1,000-file
// project.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTsserverLatency, percentile } from './tsserver-latency.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const runs = Number(process.argv[2] ?? 30);
const relativeFile = process.argv[3] ?? 'src/app/services/broadcast-service.ts';

const project = process.argv[4] === undefined ? undefined : path.resolve(process.argv[4]);
let copy;
if (!project) {
  fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  copy = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'ts-plugin-bench-'));
  fs.cpSync(path.join(repoRoot, 'examples', 'websocket-app'), copy, { recursive: true });
}
const projectDir = project ?? copy;
try {
  const result = await measureTsserverLatency({ projectDir, file: path.join(projectDir, relativeFile), runs });
  const ms = (value) => `${value.toFixed(2).padStart(7)} ms`;
  console.log(`semanticDiagnosticsSync on ${relativeFile}: ${runs} single-character edits, servers alternating`);
  console.log(`ssot diagnostics in the file: ${result.ssotDiagnostics.on} with the plugin, ${result.ssotDiagnostics.off} without`);
  console.log(`startup (open to first diagnostics): ${ms(result.startupMs.off)} without, ${ms(result.startupMs.on)} with`);
  console.log(`after an edit: p50 ${ms(result.edited.offP50)} without, ${ms(result.edited.onP50)} with`);
  console.log(`added by the plugin after an edit: p50 ${ms(result.edited.addedMsP50)}, p95 ${ms(result.edited.addedMsP95)}`);
  console.log(`added on an unchanged file:        p50 ${ms(result.unchanged.addedMsP50)}, p95 ${ms(result.unchanged.addedMsP95)}`);
  const own = result.plugin.edited;
  console.log(`the plugin's own part after an edit: p50 ${ms(percentile(own, 50))}, p95 ${ms(percentile(own, 95))} (timed inside the server)`);
} finally {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
}
