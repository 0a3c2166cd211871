import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createProjectPool, type Project } from '../generators/project-pool';
import type { ProjectVariant } from '../generators/project-variants';
import { fileSpec, renderFile, type FileSpec } from '../generators/test-file';
import { checkBatch, emptyStats, type CaseFailure, type CaseStats } from './check-batch';
import { describeFailure } from './failure-report';
import { createFixer, createTypedLinter } from './lint-fix';

/** Files per fast-check run: one program per project type-checks them all, before and after the fix. */
export const BATCH_SIZE = 20;
/** Generated files per `npm test`, over all property test files; SSOT_PROPERTY_RUNS overrides it. */
const DEFAULT_CASES = 2000;
const DEFAULT_SEED = 20_260_101;

export interface PropertySettings {
  readonly seed: number;
  readonly path: string | undefined;
  /** Generated files this test file checks. */
  readonly cases: number;
  /** The test file, for the replay command. */
  readonly testFile: string;
}

/**
 * Settings from the environment: SSOT_PROPERTY_RUNS (files over all test files), SSOT_PROPERTY_SEED, SSOT_PROPERTY_PATH.
 * Each test file draws from its own seed (the base seed plus `seedOffset`), so the halves generate different
 * files; a failure prints the seed it ran with, which SSOT_PROPERTY_SEED then replays as it is.
 */
export function propertySettings(share: number, testFile: string, seedOffset: number): PropertySettings {
  const total = Number(process.env.SSOT_PROPERTY_RUNS ?? DEFAULT_CASES);
  const given = process.env.SSOT_PROPERTY_SEED;
  const seed = given === 'random' ? Date.now() % 2 ** 31 : given !== undefined ? Number(given) : DEFAULT_SEED + seedOffset;
  return { seed, path: process.env.SSOT_PROPERTY_PATH, cases: Math.ceil(total * share), testFile };
}

/** A pool of generated projects under .tmp/, written once for the test file and removed after it. */
export function useProjectPool(label: string, variants: readonly ProjectVariant[]): { projects: () => Project[]; baseDir: string } {
  const baseDir = path.resolve(__dirname, '../../../.tmp', `property-${label}-${process.pid}`);
  let projects: Project[] = [];
  beforeAll(() => {
    fs.rmSync(baseDir, { recursive: true, force: true });
    projects = createProjectPool(baseDir, variants);
  });
  afterAll(() => fs.rmSync(baseDir, { recursive: true, force: true }));
  return { projects: () => projects, baseDir };
}

export interface PropertyRun {
  readonly failure: CaseFailure | undefined;
  readonly report: string | undefined;
  readonly stats: CaseStats;
  readonly runs: number;
  /** Generated files `accept` turned away (known bugs' triggers) while the property ran. */
  readonly rejected: number;
}

/**
 * Runs the property over batches of generated files (only those `accept` lets through). When a batch fails,
 * fast-check shrinks its failing file on its own (files never depend on each other, and shrinking one file is
 * far cheaper than shrinking a batch of twenty), keeping the invariant it broke; the report gives the seed and
 * path that replay the batch and the minimal file.
 */
export function runFixProperty(
  projects: readonly Project[],
  baseDir: string,
  settings: PropertySettings,
  accept: (spec: FileSpec) => boolean,
): PropertyRun {
  const fix = createFixer(baseDir);
  const typed = createTypedLinter(baseDir);
  const stats = emptyStats();
  let rejected = 0;
  let shrinking = false;
  const acceptedFile = fileSpec.filter((spec) => {
    const ok = accept(spec);
    if (!ok && !shrinking) rejected++;
    return ok;
  });
  const runs = Math.ceil(settings.cases / BATCH_SIZE);
  const details = fc.check(
    fc.property(fc.array(acceptedFile, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), (specs) => {
      const [failure] = checkBatch(fix, specs.map((spec, n) => renderFile(spec, projects, n)), stats, typed);
      if (failure) throw new PropertyFailure(failure);
    }),
    { seed: settings.seed, path: settings.path, numRuns: runs, endOnFailure: true },
  );
  shrinking = true;
  if (!details.failed) return { failure: undefined, report: undefined, stats, runs, rejected };
  const found = details.errorInstance instanceof PropertyFailure ? details.errorInstance.failure : undefined;
  const replay = `SSOT_PROPERTY_SEED=${details.seed} SSOT_PROPERTY_PATH="${details.counterexamplePath ?? ''}" npx vitest run ${settings.testFile}`;
  if (!found) {
    const error = details.errorInstance;
    const report = `Property errored (seed ${details.seed}). Replay: ${replay}\n${String(error instanceof Error ? error.stack : error)}`;
    return { failure: undefined, report, stats, runs, rejected };
  }
  const n = Number(/case-(\d+)/.exec(found.file.fileName)?.[1] ?? 0);
  const shrunk = fc.check(
    fc.property(acceptedFile, (spec) => {
      const [failure] = checkBatch(fix, [renderFile(spec, projects, n)], undefined, typed);
      if (failure?.invariant === found.invariant) throw new PropertyFailure(failure);
    }),
    { examples: [[found.file.spec]], numRuns: 1, seed: details.seed },
  );
  const minimal = shrunk.errorInstance instanceof PropertyFailure ? shrunk.errorInstance.failure : found;
  const report = [
    `Property failed on run ${details.numRuns} (seed ${details.seed}, path "${details.counterexamplePath ?? ''}").`,
    `Replay: ${replay}`,
    `Minimal counterexample (the failing file shrunk ${shrunk.numShrinks} times; spec ${JSON.stringify(minimal.file.spec)}):`,
    describeFailure(minimal),
  ].join('\n');
  return { failure: minimal, report, stats, runs, rejected };
}

class PropertyFailure extends Error {
  constructor(readonly failure: CaseFailure) {
    super(`${failure.invariant}: ${failure.problems.join('; ')}`);
  }
}

/** The describe block of one property test file: the pool, the run, the printed case count. */
export function describeFixProperty(
  label: string,
  testFile: string,
  variants: readonly ProjectVariant[],
  share: number,
  seedOffset: number,
  accept: (spec: FileSpec, projects: readonly Project[]) => boolean,
): void {
  describe(`canonical-import fix on generated files (${label} projects)`, () => {
    const pool = useProjectPool(label, variants);
    const settings = propertySettings(share, testFile, seedOffset);
    it(
      `keeps the six invariants on ${settings.cases} generated files`,
      () => {
        const started = Date.now();
        const run = runFixProperty(pool.projects(), pool.baseDir, settings, (spec) => accept(spec, pool.projects()));
        const { stats } = run;
        console.log(
          `canonical-import property (${label}): ${stats.cases} cases in ${run.runs} runs of ${BATCH_SIZE}, seed ${settings.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
            `${stats.fixedFiles} files fixed (${stats.typedFixedFiles} by the typed rule's one pass), ${stats.findingsWithoutFix} findings left without a fix, ${stats.usesCompared} uses compared ` +
            `(${stats.usesUnresolvedBefore} unresolved before), ${stats.typeErrorsBefore} type errors before the fix; ` +
            `${run.rejected} generated files left out as known bugs (test/property/harness/known-bugs.ts).`,
        );
        if (run.report) throw new Error(run.report);
      },
      60_000 + settings.cases * 100,
    );
  });
}
