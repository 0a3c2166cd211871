import { projectVariants } from './generators/project-variants';
import { describeFixProperty } from './harness/fix-property';
import { avoidsKnownBugs } from './harness/known-bugs';

// Half of the generated files, in the projects that resolve like a bundler (one with a tsconfig alias, one
// whose canonical module is a directory index). See README "Property tests" for the invariants.
describeFixProperty(
  'bundler',
  'test/property/canonical-import-fix.bundler.test.ts',
  projectVariants.filter((variant) => variant.resolution === 'bundler'),
  0.5,
  0, // the seed offset: each half generates its own files
  avoidsKnownBugs,
);
