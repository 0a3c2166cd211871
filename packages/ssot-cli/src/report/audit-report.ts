/**
 * The audit report: what `ssot audit --json` prints, and what `--baseline` reads back. Its shape is published
 * as audit-report.schema.json and documented in the README; bump `schemaVersion` on any incompatible change.
 * Every path is relative to the project root (the tsconfig's directory) with forward slashes, except config
 * module specifiers, which are kept as the config writes them.
 */
export const REPORT_SCHEMA_VERSION = 1;

export interface AuditReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly project: ProjectSummary;
  readonly discovery: Discovery;
  /** Null when no ssot.config.json governs the project's files. */
  readonly migration: Migration | null;
  /** Every figure under a stable name (see figures.ts): what `--baseline` compares. */
  readonly figures: Readonly<Record<string, number>>;
}

export interface ProjectSummary {
  /** The tsconfig.json the program was built from, relative to the working directory. */
  readonly tsconfig: string;
  /**
   * Present for a solution-style tsconfig (no file of its own, only references): the tsconfigs of the projects
   * it stands for, one program each, relative to the working directory.
   */
  readonly projects?: readonly string[];
  /** Project source files audited (no node_modules, no declaration files), each once. */
  readonly files: number;
}

/** One export of one module. */
export interface ModuleExport {
  readonly module: string;
  readonly name: string;
}

export type DeclarationKind = 'class' | 'interface' | 'function' | 'type' | 'enum' | 'variable' | 'namespace';

/** A module path to a symbol: the module, its export name, and each re-export hop down to the declaration. */
export interface ExportPath {
  readonly module: string;
  readonly exportName: string;
  /** This module first, the declaring module last; one element when the module declares the symbol itself. */
  readonly chain: readonly ModuleExport[];
  readonly hops: number;
}

export interface MultiPathExport {
  readonly name: string;
  readonly kind: DeclarationKind;
  readonly declaredIn: string;
  readonly paths: readonly ExportPath[];
}

export type ImplementationKind = 'canonical' | 'explicit' | 'configured' | 'inherited' | 'structural';

export interface ClassImplementation {
  readonly name: string;
  readonly module: string;
  readonly line: number;
  /** `explicit`: says `implements`; `structural`: its instance type is assignable without saying so. */
  readonly how: ImplementationKind;
}

export interface SharedInterface {
  readonly name: string;
  readonly module: string;
  readonly line: number;
  readonly implementations: readonly ClassImplementation[];
}

export interface NamedDeclaration {
  readonly module: string;
  readonly line: number;
  readonly kind: 'class' | 'function';
}

export interface DuplicateName {
  readonly name: string;
  readonly declarations: readonly NamedDeclaration[];
}

export interface ReexportChain extends ExportPath {
  readonly name: string;
  readonly declaredIn: string;
}

export interface Discovery {
  readonly multiPathExports: readonly MultiPathExport[];
  readonly sharedInterfaces: readonly SharedInterface[];
  readonly duplicateNames: readonly DuplicateName[];
  /** Export paths with more than one re-export hop. */
  readonly reexportChains: readonly ReexportChain[];
}

/** Imports that still go through one legacy path of a symbol. */
export interface LegacyPathFigure {
  /** The legacy module as the config writes it. */
  readonly module: string;
  /** The symbol's export name in that module. */
  readonly name: string;
  readonly count: number;
}

export interface ProtocolFigures {
  readonly name: string;
  readonly module: string;
  readonly maxImplementations: number;
  readonly implementations: readonly ClassImplementation[];
  /** Findings of single-implementation. */
  readonly excessImplementations: number;
  /** Findings of protocol-conformance: members missing or declared with another signature. */
  readonly signatureDivergences: number;
}

export interface SymbolFigures {
  readonly name: string;
  readonly module: string;
  /** The config that declares it, relative to the working directory. */
  readonly config: string;
  readonly legacyImports: { readonly total: number; readonly byPath: readonly LegacyPathFigure[] };
  readonly directInstantiations: number;
  readonly subclasses: number;
  readonly protocol: ProtocolFigures | null;
  /** Legacy modules of the symbol that still exist, as the config writes them. */
  readonly shims: readonly string[];
  /** Findings of shim-purity in the symbol's legacy or canonical modules. */
  readonly shimViolations: number;
  readonly filesAffected: number;
}

export interface ModuleMoveFigures {
  readonly legacy: string;
  readonly canonical: string;
  readonly config: string;
  readonly legacyImports: number;
  readonly filesAffected: number;
}

export interface MigrationTotals {
  /** Sites importing through a legacy path (each counted once, whatever it imports). */
  readonly legacyImports: number;
  readonly directInstantiations: number;
  readonly subclasses: number;
  readonly implementations: number;
  readonly excessImplementations: number;
  readonly signatureDivergences: number;
  /** Distinct legacy modules that still exist. */
  readonly shims: number;
  readonly shimViolations: number;
  /** Distinct files with at least one finding. */
  readonly filesAffected: number;
}

export interface Migration {
  readonly configs: readonly string[];
  readonly totals: MigrationTotals;
  readonly symbols: readonly SymbolFigures[];
  readonly modules: readonly ModuleMoveFigures[];
}

/** One figure before and after; null on the side where it does not exist. */
export interface FigureChange {
  readonly figure: string;
  readonly before: number | null;
  readonly after: number | null;
}

/** Present when `--baseline` or `--max-legacy` is given. */
export interface RatchetResult {
  /** The baseline report, relative to the working directory. */
  readonly baseline: string | null;
  readonly maxLegacy: number | null;
  /** Every figure of either report that is not zero on both sides, in figure order. */
  readonly changes: readonly FigureChange[];
  /** Each broken limit, in words; the exit code is 1 when there is any. */
  readonly violations: readonly string[];
}

export type ReportWithRatchet = AuditReport & { readonly ratchet?: RatchetResult };
