import type * as TS from 'typescript';

// The part of TypeScript 7.0's unstable API (`typescript/unstable/sync`, `typescript/unstable/ast`) this backend
// uses, written out here so that nothing else in ssot names the API, and 7.1's changes stay in this folder.

export interface Typescript7Sync {
  readonly API: new (options: { cwd?: string }) => Typescript7Api;
  readonly SymbolFlags: { readonly Alias: number };
}

export interface Typescript7Ast {
  /** Every kind by name (the numbers are not TypeScript 6's). */
  readonly SyntaxKind: { readonly SourceFile: number; readonly CallSignature: number; readonly [name: string]: number | string };
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
    getSourceFile(fileName: string): (Typescript7SourceFile & Typescript7Node) | undefined;
    getSourceFileMetadata(fileName: string): { readonly isFromExternalLibrary: boolean } | undefined;
    getConfigFileParsingDiagnostics(): readonly Typescript7Diagnostic[];
    getProgramDiagnostics(): readonly Typescript7Diagnostic[];
  };
  readonly checker: Typescript7Checker;
  /** Prints a node the checker built (signatureToSignatureDeclaration). */
  readonly emitter: { printNode(node: Typescript7Node): string };
}

/** The checker's queries the type checks ask (see typed-program.ts), each a round trip to the compiler. */
export interface Typescript7Checker {
  getSymbolAtPosition(file: string, positions: readonly number[]): (Typescript7Symbol | undefined)[];
  /** What an alias (an import, a re-export) refers to, through every alias on the way. */
  getAliasedSymbol(symbol: Typescript7Symbol): Typescript7Symbol;
  getSymbolAtLocation(nodes: readonly Typescript7Node[]): (Typescript7Symbol | undefined)[];
  getTypeAtLocation(nodes: readonly Typescript7Node[]): (Typescript7Type | undefined)[];
  getTypeOfSymbol(symbol: Typescript7Symbol): Typescript7Type | undefined;
  getDeclaredTypeOfSymbol(symbol: Typescript7Symbol): Typescript7Type;
  getTypeFromTypeNode(node: Typescript7Node): Typescript7Type | undefined;
  getContextualType(node: Typescript7Node): Typescript7Type | undefined;
  getApparentType(type: Typescript7Type): Typescript7Type | undefined;
  getNonNullableType(type: Typescript7Type): Typescript7Type | undefined;
  getBaseTypes(type: Typescript7Type): readonly Typescript7Type[];
  getPropertiesOfType(type: Typescript7Type): readonly Typescript7Symbol[];
  getPropertyOfType(type: Typescript7Type, name: string): Typescript7Symbol | undefined;
  getSignaturesOfType(type: Typescript7Type, kind: number): readonly Typescript7Signature[];
  getReturnTypeOfSignature(signature: Typescript7Signature): Typescript7Type | undefined;
  getParameterType(signature: Typescript7Signature, index: number): Typescript7Type | undefined;
  isTypeAssignableTo(source: Typescript7Type, target: Typescript7Type): boolean;
  /** The arguments are in this order, not TypeScript 6's (name, location, meaning, excludeGlobals). */
  resolveName(name: string, meaning: number, location: Typescript7Node | undefined, excludeGlobals: boolean): Typescript7Symbol | undefined;
  getMemberInModuleExports(moduleSymbol: Typescript7Symbol, name: string): Typescript7Symbol | undefined;
  typeToString(type: Typescript7Type, enclosing: Typescript7Node | undefined, flags: number): string;
  signatureToSignatureDeclaration(
    signature: Typescript7Signature,
    kind: number,
    enclosing: Typescript7Node | undefined,
    flags: number,
  ): Typescript7Node | undefined;
  getAnyType(): Typescript7Type;
}

/** A node of the compiler's syntax tree of a file, as the client rebuilds it. */
export interface Typescript7Node {
  readonly kind: number;
  readonly pos: number;
  readonly end: number;
  forEachChild<T>(visitor: (node: Typescript7Node) => T): T | undefined;
}

/** Where a declaration is: a node of a file's tree, found again by `resolve`. */
export interface Typescript7NodeHandle {
  readonly kind: number;
  readonly path: string;
  readonly index: number;
  resolve(project: Typescript7Project): Typescript7Node | undefined;
}

export interface Typescript7Type {
  /** The same in one project's snapshot for the same type: the client keeps one object per id. */
  readonly id: number;
  /** TypeScript 6's TypeFlags bits (only composite masks differ). */
  readonly flags: number;
  getSymbol(): Typescript7Symbol | undefined;
  getTarget(): Typescript7Type;
  getTypeParameters(): readonly Typescript7Type[];
  /** A union's or intersection's members; undefined for other types. */
  getTypes(): readonly Typescript7Type[] | undefined;
  isClassOrInterface(): boolean;
  isTypeReference(): boolean;
}

export interface Typescript7Signature {
  readonly id: number;
  readonly declaration?: Typescript7NodeHandle | undefined;
  getTypeParameters(): readonly Typescript7Type[];
  getParameters(): readonly Typescript7Symbol[];
}

export interface Typescript7Diagnostic {
  readonly fileName?: string | undefined;
  readonly code: number;
  readonly pos: number;
  /** 1 is an error. */
  readonly category: number;
  readonly text: string;
}

/** TypeScript's `__String`: a name as symbol tables key it (both compilers escape names alike). */
export type EscapedName = Extract<TS.__String, string & object>;

export interface Typescript7Symbol {
  readonly id: number;
  readonly name: string;
  /** The name as member and export tables key it, as TypeScript 6 escapes it. */
  readonly escapedName: EscapedName;
  /** TypeScript 6's SymbolFlags bits (only composite masks differ). */
  readonly flags: number;
  readonly declarations?: readonly Typescript7NodeHandle[] | undefined;
  readonly valueDeclaration?: Typescript7NodeHandle | undefined;
}

export interface Typescript7SourceFile {
  readonly text: string;
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
