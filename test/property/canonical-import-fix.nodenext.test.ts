import { projectVariants } from './generators/project-variants';
import { describeFixProperty } from './harness/fix-property';
import { avoidsKnownBugs } from './harness/known-bugs';

// The other half, in nodenext projects: ESM (specifiers need `.js`) and CommonJS (with a tsconfig alias),
// where `.mts`/`.cts` files and `require` or `import()` sites load modules in different modes.
describeFixProperty(
  'nodenext',
  'test/property/canonical-import-fix.nodenext.test.ts',
  projectVariants.filter((variant) => variant.resolution !== 'bundler'),
  0.5,
  1, // the seed offset: each half generates its own files
  avoidsKnownBugs,
);
