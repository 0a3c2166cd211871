import type { ModuleRef, SsotConfig } from 'ssot-config';

/** Where a legacy export now lives. */
export interface CanonicalTarget {
  readonly module: ModuleRef;
  readonly name: string;
}

/** A module that is legacy for some or all of its exports. */
export interface LegacyModule {
  readonly file: string;
  /** Legacy export name -> its canonical home, for symbol entries. */
  readonly names: ReadonlyMap<string, CanonicalTarget>;
  /** Set when the whole module moved: every export keeps its name in `move`. */
  readonly move: ModuleRef | undefined;
}

/** The config turned around: from a resolved file to what is legacy in it. */
export interface LegacyIndex {
  legacyModule(file: string): LegacyModule | undefined;
  /**
   * The key a legacy package that exists only as `declare module '<specifier>'` is indexed by (`ambient:<specifier>`),
   * for a specifier that resolves to no file; undefined when the specifier names no such package.
   */
  ambientKey(specifier: string): string | undefined;
  /** The canonical target of `name` exported by `module`, if that export is legacy. */
  targetOf(module: LegacyModule, name: string): CanonicalTarget | undefined;
  /** The distinct canonical modules the legacy exports of `module` now live in. */
  homesOf(module: LegacyModule): readonly ModuleRef[];
  /** A compatibility shim: legacy, canonical for nothing, and no barrel. Shims may import legacy modules. */
  isShim(file: string): boolean;
  /** A module that stays though some of its exports are legacy (the config's `barrels`). */
  isBarrel(file: string): boolean;
  /** The canonical module of some symbol or module move. */
  isCanonical(file: string): boolean;
  /** Whether importing `name` from `file` goes through a legacy home (a legacy name, or a moved module). */
  isLegacyExport(file: string, name: string): boolean;
  /** The legacy names of symbols (`symbols[].legacy[].name`), whatever modules move as a whole. */
  readonly symbolLegacyNames: ReadonlySet<string>;
  /** Every module the config names as a legacy home, once each. */
  readonly legacyRefs: readonly ModuleRef[];
  /** Every module the config names as a home to keep: canonical modules, module-move targets, factories, protocols. */
  readonly homeRefs: readonly ModuleRef[];
}

const indexByConfig = new WeakMap<SsotConfig, LegacyIndex>();

export function getLegacyIndex(config: SsotConfig): LegacyIndex {
  let index = indexByConfig.get(config);
  if (!index) {
    index = buildLegacyIndex(config);
    indexByConfig.set(config, index);
  }
  return index;
}

function buildLegacyIndex(config: SsotConfig): LegacyIndex {
  const modules = new Map<string, { file: string; names: Map<string, CanonicalTarget>; move: ModuleRef | undefined }>();
  const entryFor = (file: string) => {
    let entry = modules.get(file);
    if (!entry) {
      entry = { file, names: new Map(), move: undefined };
      modules.set(file, entry);
    }
    return entry;
  };
  for (const symbol of config.symbols) {
    for (const legacy of symbol.legacy) {
      for (const file of filesOf(legacy.module)) {
        entryFor(file).names.set(legacy.name, { module: symbol.module, name: symbol.name });
      }
    }
  }
  for (const move of config.modules) {
    for (const file of filesOf(move.legacy)) entryFor(file).move = move.canonical;
  }
  const barrelFiles = new Set(config.barrels.flatMap((barrel) => barrel.files));
  const canonicalFiles = new Set<string>();
  for (const symbol of config.symbols) for (const file of symbol.module.files) canonicalFiles.add(file);
  for (const move of config.modules) for (const file of move.canonical.files) canonicalFiles.add(file);

  const legacyRefs = new Map<string, ModuleRef>();
  for (const symbol of config.symbols) for (const legacy of symbol.legacy) legacyRefs.set(moduleKey(legacy.module), legacy.module);
  for (const move of config.modules) legacyRefs.set(moduleKey(move.legacy), move.legacy);
  const homeRefs = [
    ...config.symbols.flatMap((symbol) =>
      [symbol.module, symbol.factory?.module, symbol.protocol?.module].filter((ref): ref is ModuleRef => ref !== undefined),
    ),
    ...config.modules.map((move) => move.canonical),
  ];

  const legacyNames = new Set<string>();
  for (const symbol of config.symbols) for (const legacy of symbol.legacy) legacyNames.add(legacy.name);

  const homes = new Map<LegacyModule, ModuleRef[]>();
  return {
    legacyRefs: [...legacyRefs.values()],
    homeRefs,
    isLegacyExport(file, name) {
      const module = modules.get(file);
      return module !== undefined && (module.move !== undefined || module.names.has(name));
    },
    symbolLegacyNames: legacyNames,
    legacyModule: (file) => modules.get(file),
    ambientKey: (specifier) => (modules.has(AMBIENT + specifier) ? AMBIENT + specifier : undefined),
    targetOf: (module, name) => (module.move ? { module: module.move, name } : module.names.get(name)),
    homesOf(module) {
      let found = homes.get(module);
      if (!found) {
        const byKey = new Map<string, ModuleRef>();
        for (const target of module.names.values()) byKey.set(moduleKey(target.module), target.module);
        found = module.move ? [module.move] : [...byKey.values()];
        homes.set(module, found);
      }
      return found;
    },
    isShim: (file) => modules.has(file) && !canonicalFiles.has(file) && !barrelFiles.has(file),
    isBarrel: (file) => barrelFiles.has(file),
    isCanonical: (file) => canonicalFiles.has(file),
  };
}

const AMBIENT = 'ambient:';

/** The files a module is indexed by: its resolved files, or its ambient key. */
function filesOf(module: ModuleRef): readonly string[] {
  return module.ambient !== undefined && module.files.length === 0 ? [AMBIENT + module.specifier] : module.files;
}

/** Two config entries naming the same file are one module, whatever their spelling. */
export function moduleKey(module: ModuleRef): string {
  return filesOf(module).join('\0');
}
