// The part of TypeScript 7.0's unstable API (`typescript/unstable/sync`, `typescript/unstable/ast`) this backend
// uses, written out here so that nothing else in ssot names the API, and 7.1's changes stay in this folder.

export interface Typescript7Sync {
  readonly API: new (options: { cwd?: string }) => Typescript7Api;
  readonly SymbolFlags: { readonly Alias: number };
}

export interface Typescript7Ast {
  readonly SyntaxKind: { readonly SourceFile: number };
}

export interface Typescript7Api {
  updateSnapshot(params: { openProjects?: string[]; fileChanges?: Typescript7FileChanges }): Typescript7Snapshot;
  /** Drops the syntax trees the client keeps (7.0.2 serves a file's old tree after a change otherwise). */
  clearSourceFileCache(): void;
  close(): void;
}

export interface Typescript7FileChanges {
  changed?: string[];
  created?: string[];
  deleted?: string[];
}

export interface Typescript7Snapshot {
  getProject(configFileName: string): Typescript7Project | undefined;
  dispose(): void;
}

export interface Typescript7Project {
  readonly configFileName: string;
  readonly program: {
    getSourceFileNames(): readonly string[];
    /** The file's syntax tree, sent by the compiler; this backend reads only the module references it lists. */
    getSourceFile(fileName: string): Typescript7SourceFile | undefined;
    getSourceFileMetadata(fileName: string): { readonly isFromExternalLibrary: boolean } | undefined;
    getConfigFileParsingDiagnostics(): readonly Typescript7Diagnostic[];
    getProgramDiagnostics(): readonly Typescript7Diagnostic[];
  };
  readonly checker: {
    getSymbolAtPosition(file: string, positions: readonly number[]): (Typescript7Symbol | undefined)[];
    /** What an alias (an import, a re-export) refers to, through every alias on the way. */
    getAliasedSymbol(symbol: Typescript7Symbol): Typescript7Symbol;
  };
}

export interface Typescript7Diagnostic {
  readonly fileName?: string | undefined;
  readonly code: number;
  readonly pos: number;
  /** 1 is an error. */
  readonly category: number;
  readonly text: string;
}

export interface Typescript7Symbol {
  readonly flags: number;
  readonly declarations?: readonly { readonly kind: number; readonly path: string }[] | undefined;
}

export interface Typescript7SourceFile {
  /** The module specifiers the compiler resolves for the file: string literals of imports, re-exports, ... */
  readonly imports: readonly Typescript7StringLiteral[];
  /** The names of `declare module '...'` augmentations. */
  readonly moduleAugmentations: readonly Typescript7StringLiteral[];
}

export interface Typescript7StringLiteral {
  readonly text: string;
  /** The end of the literal, after its closing quote. */
  readonly end: number;
}
