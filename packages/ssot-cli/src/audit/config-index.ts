import type { ExportRef, ModuleMove, SsotConfig, SymbolEntry } from 'ssot-config';

/** A legacy home of a symbol: `ref.name` exported by `ref.module`. */
export interface LegacyRefOf {
  readonly symbol: SymbolEntry;
  readonly ref: ExportRef;
}

/** One config turned around for attribution: from a file or a name to the entries that mention it. */
export interface ConfigIndex {
  readonly config: SsotConfig;
  legacyRefsIn(file: string): readonly LegacyRefOf[];
  moveOf(file: string): ModuleMove | undefined;
  symbolsNamed(name: string): readonly SymbolEntry[];
  symbolsCanonicalIn(file: string): readonly SymbolEntry[];
}

const indexes = new WeakMap<SsotConfig, ConfigIndex>();

export function getConfigIndex(config: SsotConfig): ConfigIndex {
  let index = indexes.get(config);
  if (!index) {
    index = buildConfigIndex(config);
    indexes.set(config, index);
  }
  return index;
}

function buildConfigIndex(config: SsotConfig): ConfigIndex {
  const legacyByFile = new Map<string, LegacyRefOf[]>();
  const canonicalByFile = new Map<string, SymbolEntry[]>();
  const moves = new Map<string, ModuleMove>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const symbol of config.symbols) {
    for (const file of symbol.module.files) push(canonicalByFile, file, symbol);
    for (const ref of symbol.legacy) for (const file of ref.module.files) push(legacyByFile, file, { symbol, ref });
  }
  for (const move of config.modules) for (const file of move.legacy.files) moves.set(file, move);
  return {
    config,
    legacyRefsIn: (file) => legacyByFile.get(file) ?? [],
    moveOf: (file) => moves.get(file),
    symbolsNamed: (name) => config.symbols.filter((symbol) => symbol.name === name),
    symbolsCanonicalIn: (file) => canonicalByFile.get(file) ?? [],
  };
}

/** The key of a legacy path in figures: the module as the config writes it, and the name when it differs. */
export function legacyPathKey(symbol: SymbolEntry, ref: ExportRef): string {
  return ref.name === symbol.name ? ref.module.specifier : `${ref.module.specifier}#${ref.name}`;
}
