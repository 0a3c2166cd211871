// What the synthetic monorepo holds, before any text is written: 8 workspace packages, their modules, the
// legacy modules with their canonical homes and near-miss decoys, and the factory classes.

export const PACKAGE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const CONCEPTS = [
  'format-date', 'parse-query', 'retry-policy', 'event-bus', 'token-store', 'cache-key', 'rate-limit',
  'url-builder', 'json-codec', 'log-sink', 'feature-flag', 'id-source', 'clock-skew', 'config-reader',
  'path-join', 'error-map', 'metric-tags', 'job-queue', 'session-store', 'auth-guard',
];
const MODULES_PER_FEATURE = 12;
const ROOT_EXPORTED_MODULES = 6;
/** core/connection*, core/scheduler*, compat/connection, testing/connection-fixture. */
const FACTORY_FILES = 7;
export const LARGE_FILES = [300, 800];

/**
 * @param {{ files: number }} options total number of .ts files; 20 legacy modules from 300 files up (fewer below,
 * one per package at least, so a small project keeps room for ordinary modules).
 */
export function planProject({ files }) {
  const legacyCount = files >= 300 ? CONCEPTS.length : Math.max(PACKAGE_LETTERS.length, Math.round(files / 15));
  const packages = PACKAGE_LETTERS.map((letter) => ({
    letter,
    name: `@bench/pkg-${letter}`,
    dir: `packages/pkg-${letter}`,
    alias: `@${letter}`,
    modules: [],
    legacy: [],
  }));
  const legacy = CONCEPTS.slice(0, legacyCount).map((concept, i) => {
    const pkg = packages[i % packages.length];
    const canonicalName = camelCase(concept);
    const entry = {
      concept,
      pkg,
      canonicalName,
      // Every other legacy module also had an old export name.
      legacyName: i % 2 === 0 ? canonicalName : `legacy${pascalCase(concept)}`,
      canonicalPath: `${pkg.dir}/src/core/${concept}.ts`,
      legacyPath: `${pkg.dir}/src/legacy/${concept}.ts`,
      /** Decoy: a similarly named module beside the legacy one. */
      similarPath: `${pkg.dir}/src/legacy/${concept}-v2.ts`,
      similarName: `${canonicalName}V2`,
      /** Decoy: a non-legacy module exporting its own declaration under the legacy export name. */
      sameNamePath: `${pkg.dir}/src/compat/${concept}.ts`,
    };
    pkg.legacy.push(entry);
    return entry;
  });
  const barrels = packages.filter((pkg) => pkg.legacy.length > 0).length;
  const fixed = legacy.length * 4 + barrels + packages.length + FACTORY_FILES + LARGE_FILES.length;
  const ordinary = files - fixed;
  if (ordinary < packages.length * 4) throw new Error(`--files ${files} is too small: ${fixed} files are fixed`);

  packages.forEach((pkg, p) => {
    const count = Math.floor(ordinary / packages.length) + (p < ordinary % packages.length ? 1 : 0);
    for (let i = 0; i < count; i++) pkg.modules.push(ordinaryModule(pkg, i));
  });
  const [first] = packages;
  const large = LARGE_FILES.map((lines) => ({
    ...ordinaryModule(first, `L${lines}`),
    path: `${first.dir}/src/large-${lines}.ts`,
    targetLines: lines,
  }));
  return {
    packages,
    legacy,
    large,
    rootModules: (pkg) => pkg.modules.slice(0, ROOT_EXPORTED_MODULES),
    fileCount: files,
  };
}

function ordinaryModule(pkg, index) {
  const id = `${pkg.letter.toUpperCase()}${index}`;
  const feature = typeof index === 'number' ? Math.floor(index / MODULES_PER_FEATURE) : 0;
  return {
    pkg,
    id,
    path: `${pkg.dir}/src/feature-${feature}/mod-${index}.ts`,
    exports: { run: `run${id}`, value: `value${id}`, shape: `Shape${id}` },
    targetLines: undefined,
  };
}

function camelCase(kebab) {
  return kebab.replace(/-(\w)/g, (_, c) => c.toUpperCase());
}

function pascalCase(kebab) {
  const camel = camelCase(kebab);
  return camel[0].toUpperCase() + camel.slice(1);
}
