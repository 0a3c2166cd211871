import { describe, it } from 'vitest';
import { projectVariants } from './generators/project-variants';
import { runFixProperty, useProjectPool } from './harness/fix-property';
import { knownBugs } from './harness/known-bugs';

/** Generated files per seed: only files that can hit the bug are generated, so a few batches reproduce it. */
const CASES_PER_SEED = 100;

// Each known bug (harness/known-bugs.ts) replayed on its seeds, generating only files that trigger it. `it.fails`
// passes while every seed still fails as the bug describes; once the engine is fixed the test fails: delete the
// entry, and the main property (which leaves these triggers out until then) covers the case again.
// Skipped while the list is empty: there is nothing to replay, and a test that could not fail would say otherwise.
describe.skipIf(knownBugs.length === 0)('canonical-import fix: known engine bugs, still failing', () => {
  const pool = useProjectPool('known-bugs', projectVariants);
  for (const bug of knownBugs) {
    it.fails(`${bug.id}: ${bug.description}`, () => {
      const projects = pool.projects();
      const others = knownBugs.filter((other) => other !== bug);
      const reproduced = bug.seeds.filter((seed) => {
        const run = runFixProperty(projects, pool.baseDir, { seed, path: undefined, cases: CASES_PER_SEED, testFile: 'test/property/known-bugs.test.ts' }, (spec) =>
          bug.triggeredBy(spec, projects) && others.every((other) => !other.triggeredBy(spec, projects)),
        );
        const failure = run.failure;
        if (failure?.invariant !== bug.invariant || !bug.explains(failure)) return false;
        // The config is the same for every bug (and printed by the main property when it fails): leave it out here.
        const report = (run.report ?? '').split('\n').filter((line) => !line.startsWith('  {"') && line !== 'ssot.config.json:');
        console.log(`known bug ${bug.id}, seed ${seed}:\n${report.join('\n')}`);
        return true;
      });
      if (bug.seeds.length > 0 && reproduced.length === bug.seeds.length) throw new Error(`${bug.id} still fails on seeds ${reproduced.join(', ')}`);
    });
  }
});
