// npm run bench [-- --quick]: measures and writes bench/results.json. Benchmarks are never timed assertions in
// tests; they report figures, and the README quotes them with the machine they came from.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTypedExample } from './typed-example.mjs';

const quick = process.argv.includes('--quick');
const here = path.dirname(fileURLToPath(import.meta.url));

const typedExample = measureTypedExample({ runs: quick ? 3 : 7 });
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  quick,
  typedExample,
};

console.log('Type-aware linting of examples/websocket-app (median wall time, fresh process per run, alternating):');
console.log(`  projectService, no rules:        ${typedExample.floorMs} ms`);
console.log(`  projectService, ssot type-checked: ${typedExample.ssotMs} ms`);
console.log(`  ratio:                            ${typedExample.ratioOverTypedFloor}x over ${typedExample.runs} runs each`);

fs.writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
