// The imports of one ordinary module: about 8, mixing relative, alias, workspace and external specifiers;
// 5% reach a legacy module through one of four spellings, and some are near-miss decoys that must not be reported.
import { aliasSpecifier, legacyBarrelPath, packageSpecifier, relativeSpecifier, rootIndexPath } from './specifiers.mjs';

const LEGACY_SHARE = 0.05;
export const LEGACY_SPELLINGS = ['relative', 'alias', 'package-subpath', 'barrel'];
const KINDS = [
  ['relative', 0.36],
  ['alias', 0.24],
  ['package-subpath', 0.12],
  ['package-root', 0.12],
  ['external', 0.08],
  ['decoy', 0.08],
];
const DECOYS = ['similar-module', 'same-export-name', 'canonical-module'];

/**
 * Returns `pickImports(module, { legacy })`: a list of `{ kind, spelling, specifier, names: [{ imported, local,
 * use }], expected }`, where `expected` marks an import ssot/canonical-import must report. `legacy` forces one.
 */
export function createImportPicker(plan, random) {
  let legacyTurn = 0;
  let decoyTurn = 0;
  const anyModule = () => random.pick(random.pick(plan.packages).modules);

  function pickImports(module, { legacy: forceLegacy = false } = {}) {
    const state = { module, targets: new Set([module.path]), locals: new Set(Object.values(module.exports)) };
    const imports = [];
    const count = 6 + random.int(5);
    for (let slot = 0; slot < count; slot++) {
      const legacy = (forceLegacy && slot === 0) || random.chance(LEGACY_SHARE);
      for (let attempt = 0; attempt < 5; attempt++) {
        const planned = legacy ? legacyImport(state, LEGACY_SPELLINGS[legacyTurn % 4]) : regularImport(state, weightedKind());
        if (!planned || state.targets.has(planned.target)) continue;
        if (legacy) legacyTurn++;
        state.targets.add(planned.target);
        imports.push({ ...planned, names: planned.names.map((name) => bind(state, name)) });
        break;
      }
    }
    return imports;
  }

  function legacyImport(state, spelling) {
    const entry = spelling === 'relative' ? pickOrUndefined(state.module.pkg.legacy) : random.pick(plan.legacy);
    if (!entry) return undefined;
    const { pkg } = entry;
    const [target, specifier] =
      spelling === 'relative'
        ? [entry.legacyPath, relativeSpecifier(state.module.path, entry.legacyPath)]
        : spelling === 'alias'
          ? [entry.legacyPath, aliasSpecifier(pkg, entry.legacyPath)]
          : spelling === 'package-subpath'
            ? [entry.legacyPath, packageSpecifier(pkg, entry.legacyPath)]
            : [legacyBarrelPath(pkg), `${pkg.name}/legacy`];
    return { kind: 'legacy', spelling, target, specifier, names: [{ imported: entry.legacyName, use: 'run' }], expected: true };
  }

  function regularImport(state, kind) {
    const { module } = state;
    switch (kind) {
      case 'relative': {
        const target = random.pick(module.pkg.modules);
        return moduleImport(target, relativeSpecifier(module.path, target.path, random.chance(0.1)), kind);
      }
      case 'alias': {
        const target = anyModule();
        return moduleImport(target, aliasSpecifier(target.pkg, target.path), kind);
      }
      case 'package-subpath': {
        const target = anyModule();
        return moduleImport(target, packageSpecifier(target.pkg, target.path), kind);
      }
      case 'package-root': {
        const pkg = random.pick(plan.packages);
        const canonical = pkg.legacy.length > 0 && random.chance(0.25) ? random.pick(pkg.legacy) : undefined;
        const names = canonical
          ? [{ imported: canonical.canonicalName, use: 'run' }]
          : exportNames(random.pick(plan.rootModules(pkg)));
        return { kind, spelling: 'package-root', target: rootIndexPath(pkg), specifier: pkg.name, names, expected: false };
      }
      case 'external':
        return {
          kind,
          spelling: 'external',
          target: 'rxjs',
          specifier: 'rxjs',
          names: [{ imported: 'Observable', use: 'rxjs' }, { imported: 'map' }, { imported: 'filter' }],
          expected: false,
        };
      default:
        return decoyImport(module, DECOYS[decoyTurn++ % DECOYS.length]);
    }
  }

  /** Looks legacy to a string match or by name, and is not: no finding may come of it. */
  function decoyImport(module, decoy) {
    const entry = random.pick(plan.legacy);
    const [target, imported] =
      decoy === 'similar-module'
        ? [entry.similarPath, entry.similarName]
        : decoy === 'same-export-name'
          ? [entry.sameNamePath, entry.legacyName]
          : [entry.canonicalPath, entry.canonicalName];
    const spellings = [() => aliasSpecifier(entry.pkg, target), () => packageSpecifier(entry.pkg, target)];
    if (entry.pkg === module.pkg) spellings.push(() => relativeSpecifier(module.path, target));
    const specifier = random.pick(spellings)();
    return { kind: 'decoy', spelling: decoy, target, specifier, names: [{ imported, use: 'run' }], expected: false };
  }

  function moduleImport(target, specifier, kind) {
    return { kind, spelling: kind, target: target.path, specifier, names: exportNames(target), expected: false };
  }

  /** One to three of a module's exports: its function, its constant, its interface (as an inline `type`). */
  function exportNames(target) {
    const all = [
      { imported: target.exports.run, use: 'run' },
      { imported: target.exports.value, use: 'value' },
      { imported: target.exports.shape, use: 'shape', typeOnly: true },
    ];
    const start = random.int(3);
    const length = 1 + random.int(3);
    return Array.from({ length }, (_, i) => all[(start + i) % 3]);
  }

  function weightedKind() {
    let roll = random.next();
    for (const [kind, weight] of KINDS) {
      roll -= weight;
      if (roll < 0) return kind;
    }
    return KINDS[0][0];
  }

  function pickOrUndefined(items) {
    return items.length > 0 ? random.pick(items) : undefined;
  }

  return pickImports;
}

/** A free local name for an imported one: `runA3`, or `runA3_2` when the file already binds `runA3`. */
function bind(state, name) {
  let local = name.imported;
  for (let n = 2; state.locals.has(local); n++) local = `${name.imported}_${n}`;
  state.locals.add(local);
  return { ...name, local };
}
