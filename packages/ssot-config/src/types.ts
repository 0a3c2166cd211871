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
  readonly at: ConfigLocation;
}

/** One export of one module: `name` exported by `module`. */
export interface ExportRef {
  readonly module: ModuleRef;
  readonly name: string;
  readonly at: ConfigLocation;
}

/** A symbol with one canonical home and the legacy homes or names it is still reachable through. */
export interface SymbolEntry {
  readonly name: string;
  readonly module: ModuleRef;
  readonly legacy: readonly ExportRef[];
  readonly factory: ExportRef | undefined;
  readonly protocol: ExportRef | undefined;
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
  readonly ignore: readonly string[];
  /** Whether a file is matched by the config's ignore globs. */
  isIgnored(file: string): boolean;
}
