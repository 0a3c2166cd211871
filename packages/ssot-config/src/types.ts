/** Where in ssot.config.json a value stands: its JSON path and its line and column (1-based). */
export interface ConfigLocation {
  readonly jsonPath: string;
  readonly line: number;
  readonly column: number;
}

/** A module named in the config, with every file TypeScript resolves it to. */
export interface ModuleRef {
  /** The specifier as written in the config. */
  readonly specifier: string;
  /** Resolved files (usually one; two when a package resolves differently for import and require). */
  readonly files: readonly string[];
  /**
   * A legacy package that resolves to no file but is declared `declare module '<specifier>'` in this file of the
   * program: imports of it are found by their specifier (`files` is empty).
   */
  readonly ambient?: string | undefined;
  readonly at: ConfigLocation;
}

/** One export of one module: `name` exported by `module`. */
export interface ExportRef {
  readonly module: ModuleRef;
  readonly name: string;
  readonly at: ConfigLocation;
}

/** The function that must construct a symbol's class. */
export interface FactoryRef extends ExportRef {
  /** Globs (relative to the config) of files that may use `new` directly, besides the factory and canonical modules. */
  readonly allow: readonly string[];
  /** The factory takes the constructor's arguments as they are, so a fix needs no type information. */
  readonly acceptsConstructorArgs: boolean;
}

/** The interface a symbol's class implements, and the classes held to it. */
export interface ProtocolRef extends ExportRef {
  /** Classes named in the config as implementations, besides those that say `implements`. */
  readonly implementations: readonly ExportRef[];
  /** How many classes may implement it outside test files. */
  readonly maxImplementations: number;
}

/** A symbol with one canonical home and the legacy homes or names it is still reachable through. */
export interface SymbolEntry {
  readonly name: string;
  readonly module: ModuleRef;
  readonly legacy: readonly ExportRef[];
  readonly factory: FactoryRef | undefined;
  readonly protocol: ProtocolRef | undefined;
  readonly at: ConfigLocation;
}

/** A module whose every export now lives, under the same name, in another module. */
export interface ModuleMove {
  readonly legacy: ModuleRef;
  readonly canonical: ModuleRef;
  readonly at: ConfigLocation;
}

/** ssot.config.json after validation, with every module resolved. */
export interface SsotConfig {
  /** Absolute path of the config file. */
  readonly file: string;
  /** The directory its paths are relative to. */
  readonly dir: string;
  /** The tsconfig.json whose options resolved its modules, if one was found. */
  readonly tsconfig: string | undefined;
  readonly symbols: readonly SymbolEntry[];
  readonly modules: readonly ModuleMove[];
  /** Modules that stay though some of their exports are legacy: only those names are held to shim rules. */
  readonly barrels: readonly ModuleRef[];
  readonly ignore: readonly string[];
  /** Whether a file is matched by the config's ignore globs. */
  isIgnored(file: string): boolean;
  /** Whether a file is a test file (the config's testFiles globs, or the default ones). */
  isTestFile(file: string): boolean;
  /** Whether a file may construct the class of `symbol` directly: the factory or canonical module, or an allow glob. */
  mayConstruct(symbol: SymbolEntry, file: string): boolean;
}
