// In-process: the engine's canonical-import and use-factory checks over every file of the project, counting
// how often the shared ModuleResolver reached TypeScript against the distinct (directory, specifier, mode)
// pairs it was asked for. 1.0 means every pair was resolved once, and every repeat came from the cache.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const { runCheck } = require('ssot-core');
const { getResolverForFile } = require('ssot-config');

/** @param {string[]} files absolute paths of the project's .ts files */
export function countResolutions(files) {
  const pairs = new Set();
  let resolveNs = 0n;
  let parseNs = 0n;
  const resolvers = new Set();
  // Wrap each shared resolver before first use: the config's modules, export maps and checks all go through it.
  for (const file of files) {
    const resolver = getResolverForFile(ts, file);
    if (resolvers.has(resolver)) continue;
    resolvers.add(resolver);
    const resolve = resolver.resolve;
    resolver.resolve = (specifier, containingFile, mode) => {
      pairs.add(`${mode ?? ''}\0${path.dirname(containingFile)}\0${specifier}`);
      const resolveStart = process.hrtime.bigint();
      try {
        return resolve(specifier, containingFile, mode);
      } finally {
        resolveNs += process.hrtime.bigint() - resolveStart;
      }
    };
  }
  const findings = [];
  // The checks' time split by whether the file has a finding: what a file that imports nothing legacy costs.
  const split = { withFindings: { files: 0, ns: 0n }, withoutFindings: { files: 0, ns: 0n } };
  const start = process.hrtime.bigint();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const parseStart = process.hrtime.bigint();
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    parseNs += process.hrtime.bigint() - parseStart;
    const checkStart = process.hrtime.bigint();
    const before = findings.length;
    for (const check of ['canonical-import', 'use-factory']) {
      for (const finding of runCheck(check, { ts, sourceFile })) {
        findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(finding.start).line + 1, rule: `ssot/${check}` });
      }
    }
    const bucket = findings.length > before ? split.withFindings : split.withoutFindings;
    bucket.files += 1;
    bucket.ns += process.hrtime.bigint() - checkStart;
  }
  const parseMs = Number(parseNs) / 1e6;
  // The checks alone: wall time less TypeScript's parse of each file, which ESLint's parser does anyway.
  const checksMs = Number(process.hrtime.bigint() - start - parseNs) / 1e6;
  const resolveMs = Number(resolveNs) / 1e6;
  let lookups = 0;
  let typescriptCalls = 0;
  for (const resolver of resolvers) {
    lookups += resolver.stats.lookups;
    typescriptCalls += resolver.stats.typescriptCalls;
  }
  const splitMs = ({ files: count, ns }) => ({ files: count, ms: Number(ns) / 1e6 });
  const checksByFile = { withFindings: splitMs(split.withFindings), withoutFindings: splitMs(split.withoutFindings) };
  return { resolvers: resolvers.size, lookups, typescriptCalls, uniquePairs: pairs.size, parseMs, checksMs, resolveMs, checksByFile, findings };
}
