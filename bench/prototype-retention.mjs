// node --trace-gc bench/prototype-retention.mjs plain|prototype: the V8 behaviour behind ESLint's per-file cost
// (bench/lib/file-context-patch.cjs), without ESLint. Each "file" makes a young object graph and a frozen context
// that holds it; with `prototype` the context also becomes the prototype of a second object, as ESLint's rule
// contexts do. Prints time and CPU; --trace-gc shows the scavenges and mark-compacts. A side measurement.
import { performance } from 'node:perf_hooks';

const mode = process.argv[2];
if (mode !== 'plain' && mode !== 'prototype') throw new Error('usage: node bench/prototype-retention.mjs plain|prototype');

const tree = (depth) => (depth === 0 ? { value: depth } : { left: tree(depth - 1), right: tree(depth - 1), label: `n${depth}` });

let reads = 0;
const start = process.cpuUsage();
const wallStart = performance.now();
for (let file = 0; file < 2000; file++) {
  const context = Object.freeze({ ast: tree(13), filename: `file-${file}.ts` });
  const ruleContext =
    mode === 'prototype'
      ? Object.freeze(Object.assign(Object.create(context), { id: 'rule' }))
      : Object.freeze({ file: context, id: 'rule' });
  reads += (mode === 'prototype' ? ruleContext.ast : ruleContext.file.ast).label.length;
}
const used = process.cpuUsage(start);
console.log(`${mode}: ${Math.round(performance.now() - wallStart)} ms, ${Math.round((used.user + used.system) / 1000)} ms CPU (${reads} reads)`);
