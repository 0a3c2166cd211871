// The results as a table on stdout.
import { concurrencyLines } from '../concurrency-memory.mjs';

// [results.json key, label, op, target, and for a ratio of two ESLint variants: [numerator, denominator, times]].
const WALL = 'timesMs';
const CPU = 'cpuTimesMs';
const TARGETS = [
  ['eslint.ratioOverFloor', '(d) / (a)', '<=', 1.15, ['ssot', 'floor', WALL]],
  ['eslint.cpu.ratioOverFloor', '(d) / (a), CPU', '<=', 1.15, ['ssot', 'floor', CPU]],
  ['eslint.ratioOverImportX', '(d) / (c)', '<=', 0.5, ['ssot', 'importX', WALL]],
  ['eslint.cpu.ratioOverImportX', '(d) / (c), CPU', '<=', 0.5, ['ssot', 'importX', CPU]],
  ['eslint.overheadOverImportX', '(d-a) / (c-a)', 'report', null],
  ['eslint.ratioOverCoreRule', '(d) / (b)', 'report', null, ['ssot', 'coreRule', WALL]],
  ['eslint.cpu.anyRuleOverFloor', '(a+) / (a), CPU: ESLint, one no-op rule', 'report', null, ['noopRule', 'floor', CPU]],
  ['eslint.cpu.ratioOverAnyRule', '(d) / (a+), CPU', 'report', null, ['ssot', 'noopRule', CPU]],
  ['eslint.sharedFileContext.cpuAnyRuleOverFloor', "(a+') / (a), CPU: ESLint's file context shared", 'report', null, ['noopRuleSharedContext', 'floor', CPU]],
  ['eslint.sharedFileContext.cpuRatioOverFloor', "(d') / (a), CPU: ESLint's file context shared", 'report', null, ['ssotSharedContext', 'floor', CPU]],
  ['eslint.sharedFileContext.cpuRatioOverImportX', "(d') / (c), CPU: ESLint's file context shared", 'report', null, ['ssotSharedContext', 'importX', CPU]],
  ['typed.ratioOverTypedFloor', '(f) ssot / (f) floor', '<=', 1.1, ['typedSsot', 'typedFloor', WALL]],
  ['typed.cpuRatioOverTypedFloor', '(f), CPU', '<=', 1.1, ['typedSsot', 'typedFloor', CPU]],
  ['typed.cpuAnyRuleOverTypedFloor', '(f+) / (f) floor, CPU: one no-op rule', 'report', null, ['typedNoopRule', 'typedFloor', CPU]],
  ['typed.cpuRatioOverTypedAnyRule', '(f) ssot / (f+), CPU', 'report', null, ['typedSsot', 'typedNoopRule', CPU]],
  ['typed.sharedFileContext.cpuRatioOverTypedFloor', "(f') / (f) floor, CPU: ESLint's file context shared", 'report', null, ['typedSsotSharedContext', 'typedFloor', CPU]],
  ['paired.untyped.ssotOverCore', 'paired by file: (d) / (b), CPU', '<=', 1.0],
  ['paired.untyped.ssotOverNoop', 'paired by file: (d) / (a+), CPU', '<=', 1.05],
  ['paired.untyped.noopOverFloor', 'paired by file: (a+) / (a), CPU', 'report', null],
  ['paired.typed.ssotOverCore', 'paired by file, typed: (f) ssot / core, CPU', '<=', 1.0],
  ['paired.typed.ssotOverNoop', 'paired by file, typed: (f) ssot / (f+), CPU', '<=', 1.05],
  ['typedExample.ratioOverTypedFloor', 'websocket-app typed', '<=', 1.1],
  ['resolver.callsPerUniquePair', 'TS calls / unique pair', '<=', 1.1],
  ['tsserver.addedMsP50', 'tsserver added ms, 300 lines, p50', '<=', 5],
  ['tsserver.addedMsP95', 'tsserver added ms, 300 lines, p95', '<=', 15],
  ['tsserver.ownMsP50', "the plugin's own part per edit, in tsserver, 300 lines, p50", 'report', null],
  ['tsserver.ownMsP95', "the plugin's own part per edit, in tsserver, 300 lines, p95", 'report', null],
  ['tsserver.secondProgram', 'a second program is built', '==', false],
  ['lsp.p95Ms', 'ssot lsp: diagnostics after a one-character edit, 300 lines, p95 ms', '<=', 50],
  ['ssotCheck7.cpuRatioOverFloor', '(g) ssot check on TypeScript 7 / (a), CPU with the compiler', '<=', 0.5],
  ['ssotCheck7.cpuRatioOverTypescript7Tsc', "(g) / TypeScript 7's tsc --noEmit, CPU", '<=', 1.5],
  ['ssotCheck7.precision', 'precision of (g)', '==', 1],
  ['ssotCheck7.recall', 'recall of (g)', '==', 1],
  ['withoutProtocols.ssotCheck7.cpuRatioOverFloor', "(g') the same without protocols / (a), CPU with the compiler", 'report', null],
  ['withoutProtocols.ssotCheck7.cpuRatioOverTypescript7Tsc', "(g') / TypeScript 7's tsc --noEmit, CPU", 'report', null],
  ['withoutProtocols.ssotCheck7.precision', "precision of (g')", '==', 1],
  ['withoutProtocols.ssotCheck7.recall', "recall of (g')", '==', 1],
  ['ssotCheck.precision', 'precision of (h) ssot check on TypeScript 6', '==', 1],
  ['ssotCheck.recall', 'recall of (h)', '==', 1],
  ['precision', 'precision of (d)', '==', 1],
  ['recall', 'recall of (d)', '==', 1],
];

/**
 * Each figure, its target and whether the median meets it. A ratio of two ESLint variants also gets the range
 * of its per-round ratios (the two variants of a round ran one after the other), and a figure with a bootstrap
 * interval beside it (`<key>Interval`, the tsserver latencies) gets that interval: when the range spans the
 * target, the verdict is within this machine's noise (`settled: false`).
 */
export function targetsOf(results) {
  const lookUp = (key) => key.split('.').reduce((object, part) => object?.[part], results);
  return Object.fromEntries(
    TARGETS.map(([key, label, op, target, pair]) => {
      const value = lookUp(key);
      const met = op === 'report' || value === null ? null : op === '<=' ? value <= target : value === target;
      const interval = lookUp(`${key}Interval`);
      const ends = pair ? roundRatios(results.eslint.variants, pair) : interval ? [interval.low, interval.high] : undefined;
      const settled = met === null || !ends ? null : ends.every((end) => end <= target === met);
      const range = ends && { min: Math.min(...ends), max: Math.max(...ends) };
      return [key, { label, target: op === 'report' ? null : `${op} ${target}`, value, met, ...(range && { rounds: range, settled }) }];
    }),
  );
}

function roundRatios(variants, [numerator, denominator, times]) {
  const over = variants[denominator][times];
  return variants[numerator][times].map((value, round) => Math.round((value / over[round]) * 1000) / 1000);
}

export function printReport(results, log = console.log) {
  const { project, eslint, machine } = results;
  const n = (value) => (value === null || value === undefined ? 'n/a' : value.toLocaleString('en-US'));
  log('');
  log(`ssot benchmark${results.quick ? ' (--quick)' : ''}, ${results.date}; commit ${results.code.commit?.slice(0, 10)}`);
  const { distBuilt, distBuiltAtEnd } = results.code;
  log(`packages' dist built ${distBuilt}${distBuiltAtEnd === distBuilt ? '' : `; REBUILT DURING THE RUN (${distBuiltAtEnd})`}`);
  log(
    `machine: ${machine.cpus} x ${machine.model}, ${machine.memoryGiB} GiB, node ${machine.node}; ` +
      `load average ${machine.loadAverage1m.start} at start, ${machine.loadAverage1m.end} at end`,
  );
  log(
    `project: ${n(project.files)} .ts files, ${n(project.lines)} lines, ${n(project.imports)} imports ` +
      `(${n(project.legacyImports)} legacy), ${n(project.expectedFindings)} expected findings; seed ${project.seed}`,
  );
  log('');
  log(`ESLint CLI, fresh process per run, ${eslint.runs} runs each, alternating: medians of wall time, CPU time, peak RSS`);
  log(
    `${'variant'.padEnd(52)}${'wall'.padStart(10)}${'x floor'.padStart(8)}${'CPU'.padStart(10)}${'x floor'.padStart(8)}` +
      `${'peak'.padStart(9)}${'findings'.padStart(9)}`,
  );
  const ms = (value) => `${n(Math.round(value))} ms`;
  for (const [id, variant] of Object.entries(eslint.variants)) {
    const floor = id.startsWith('typed') ? eslint.variants.typedFloor : eslint.variants.floor;
    const times = (key) => `${(variant[key] / floor[key]).toFixed(2)}x`;
    log(
      `${variant.label.padEnd(52)}${ms(variant.medianMs).padStart(10)}${times('medianMs').padStart(8)}` +
        `${(variant.medianCpuMs === null ? 'n/a' : ms(variant.medianCpuMs)).padStart(10)}${times('medianCpuMs').padStart(8)}` +
        `${`${n(Math.round(variant.peakMiB))} MiB`.padStart(9)}${n(variant.findingCount).padStart(9)}`,
    );
  }
  log('');
  log('string and path rules scored against the canonical-import expectations (file + line):');
  for (const [id, score] of Object.entries(results.peers)) {
    log(`  ${id.padEnd(10)} precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  (${score.reported} reported, ${score.expected} expected)`);
  }
  const { resolver } = results;
  log('');
  log(
    `resolver (in-process engine, canonical-import + use-factory over every file): ${n(resolver.typescriptCalls)} TypeScript ` +
      `calls for ${n(resolver.uniquePairs)} unique (directory, specifier, mode) pairs, ${n(resolver.lookups)} lookups; ` +
      `parse ${n(resolver.parseMs)} ms, checks ${n(resolver.checksMs)} ms of which resolving ${n(resolver.resolveMs)} ms`,
  );
  const byFile = resolver.checksByFile;
  if (byFile) {
    const part = ({ files: count, ms, msPerFile }) => `${n(count)} files, ${n(ms)} ms (${msPerFile} ms each)`;
    log(`  the checks on files with a finding: ${part(byFile.withFindings)}; on files with none: ${part(byFile.withoutFindings)}`);
  }
  const typedExample = results.typedExample;
  log(
    `typed example (examples/websocket-app, ${typedExample.runs} runs): projectService floor ${n(typedExample.floorMs)} ms, ` +
      `with ssot recommended-type-checked ${n(typedExample.ssotMs)} ms (CPU ratio ${typedExample.cpuRatioOverTypedFloor})`,
  );
  for (const line of concurrencyLines(results.typed.concurrency ?? [])) log(line);
  if (results.ssotCheck) {
    const check = results.ssotCheck;
    log(
      `(h) ssot check (TypeScript 6, no ESLint): ${n(check.medianMs)} ms wall, ${n(check.medianCpuMs)} ms CPU, peak ${n(check.peakMiB)} MiB; ` +
        `CPU ${check.cpuRatioOverFloor}x (a) the parser alone, ${check.cpuRatioOverTypedSsot}x (f) typed ESLint with ssot; ` +
        `precision ${check.precision}, recall ${check.recall}; ${check.sameAsTypedEslint ? 'the same findings as' : 'findings DIFFER from'} the typed ESLint run`,
    );
  }
  if (results.ssotCheck7) {
    const check = results.ssotCheck7;
    const tsc = check.typescript7Tsc;
    log(
      `(g) ssot check (TypeScript 7, no ESLint): ${n(check.medianMs)} ms wall, ${n(check.medianCpuMs)} ms CPU with the compiler's ` +
        `${n(check.compiler.medianCpuMs)}, peak ${n(check.peakMiB)} MiB with the compiler's ${n(check.compiler.peakMiB)}; ` +
        `CPU ${check.cpuRatioOverFloor}x (a) the parser alone, ${check.cpuRatioOverTypescript7Tsc}x TypeScript 7's tsc --noEmit ` +
        `(${n(tsc.medianMs)} ms wall, ${n(tsc.medianCpuMs)} ms CPU, peak ${n(tsc.peakMiB)} MiB); precision ${check.precision}, ` +
        `recall ${check.recall}; ${check.sameAsTypedEslint ? 'the same findings as' : 'findings DIFFER from'} the typed ESLint run`,
    );
  }
  if (results.withoutProtocols) {
    const { ssotCheck: six, ssotCheck7: seven } = results.withoutProtocols;
    log(
      `without the config's protocols: (h') TypeScript 6 ${n(six.medianCpuMs)} ms CPU (${six.cpuRatioOverFloor}x (a)), ` +
        `(g') TypeScript 7 ${n(seven.medianCpuMs)} ms CPU with the compiler's ${n(seven.compiler.medianCpuMs)} ` +
        `(${seven.cpuRatioOverFloor}x (a), ${seven.cpuRatioOverTypescript7Tsc}x its tsc), peak ${n(seven.peakMiB)} MiB; ` +
        `precision ${seven.precision}, recall ${seven.recall}`,
    );
  }
  if (results.lsp) {
    const { lsp } = results;
    log(
      `ssot lsp --stdio, ${lsp.file} (${lsp.runs} one-character edits, the client watching files): diagnostics published ` +
        `p50 ${n(lsp.p50Ms)} ms, p95 ${n(lsp.p95Ms)} ms after the edit; ${n(lsp.startupMs)} ms from open to the first`,
    );
  }
  const { tsserver } = results;
  const interval = ({ low, high }) => `(bootstrap 95% range ${low.toFixed(1)} to ${high.toFixed(1)})`;
  for (const measured of Object.values(tsserver.files)) {
    log(
      `tsserver, ${measured.file} (${measured.lines} lines, ${measured.pooledEdits} edits pooled from ${measured.repeats.length} pairs of servers): ` +
        `added after an edit p50 ${measured.edited.addedMsP50.toFixed(2)} ms ${interval(measured.edited.addedMsP50Interval)}, ` +
        `p95 ${measured.edited.addedMsP95.toFixed(2)} ms ${interval(measured.edited.addedMsP95Interval)} ` +
        `(each pair alone: p50 ${measured.repeats.map((each) => each.edited.addedMsP50.toFixed(1)).join(', ')}; ` +
        `p95 ${measured.repeats.map((each) => each.edited.addedMsP95.toFixed(1)).join(', ')}); ` +
        `startup ${n(Math.round(measured.startupMs.off))} ms without, ${n(Math.round(measured.startupMs.on))} ms with; ` +
        `the plugin's own part of each answer after an edit (timed inside the servers, ${measured.ownMs.edits} edits) ` +
        `p50 ${measured.ownMs.p50.toFixed(2)} ms, p95 ${measured.ownMs.p95.toFixed(2)} ms`,
    );
  }
  log(`tsserver: a second program is ${tsserver.secondProgram ? `built (${tsserver.programBuilders.join(', ')})` : 'never built (no program or language service is created by the plugin, engine or config loader)'}`);
  log('');
  log(`${'figure (results.json key)'.padEnd(58)}${'value'.padStart(7)}  ${'rounds'.padEnd(12)} ${'target'.padEnd(8)} met`);
  for (const [key, target] of Object.entries(results.targets)) {
    const value = typeof target.value === 'number' ? target.value.toFixed(3) : 'n/a';
    const rounds = target.rounds ? `${target.rounds.min.toFixed(2)}-${target.rounds.max.toFixed(2)}` : '';
    const met = target.met === null ? '-' : `${target.met ? 'yes' : 'NO'}${target.settled === false ? '*' : ''}`;
    log(`${`${target.label} (${key})`.padEnd(58)}${value.padStart(7)}  ${rounds.padEnd(12)} ${(target.target ?? '').padEnd(8)} ${met}`);
  }
  log('rounds: the lowest and highest ratio of one round\'s two runs (paired: of one round\'s process), or for tsserver');
  log('the bootstrap 95% range of the pooled edits. *: the range spans the target, so the verdict is within this machine\'s noise; more runs narrow it.');
  for (const [label, list] of [['missing', results.mismatches.missing], ['unexpected', results.mismatches.unexpected]]) {
    if (list.length === 0) continue;
    log(`\n${label} (${list.length}):`);
    for (const finding of list.slice(0, 25)) log(`  ${finding.file}:${finding.line} ${finding.rule}${finding.kind ? ` (${finding.kind})` : ''}`);
  }
}
