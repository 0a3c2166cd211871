import * as path from 'node:path';
import ts = require('typescript');
import { getResolverForTsconfig } from 'ssot-config';
import type { ExportedSymbol } from '../audit/discover-reexports';
import type { DiscoveryResult } from '../audit/discovery';
import { mergeExportedSymbols, mergeImplementations } from '../audit/merge-discovery';
import type { Project } from '../audit/project';
import type { SharedInterface } from '../report/audit-report';
import { findDeprecation, type Deprecation } from './deprecation';
import { findImporters } from './module-importers';
import { angularEntryNameOf, packageEntryFinder } from './package-entries';

/**
 * What `--init` reads from one program, as plain data: the program can go before the next one is built, and the
 * facts of a solution's programs merge into one proposal.
 */
export interface InitFacts {
  /** The symbols exported through several paths. */
  readonly symbols: readonly ExportedSymbol[];
  /** Each interface with the classes that implement it, one or more. */
  readonly implemented: readonly SharedInterface[];
  /** By `file#exportName`: the `@deprecated` tag on the statement that exports the name there. */
  readonly deprecations: ReadonlyMap<string, Deprecation>;
  /** By file, of the paths' modules: why it is an entry point of its package. */
  readonly packageEntries: ReadonlyMap<string, string>;
  /** By file, of the paths' modules: the name of the Angular library entry point that resolves to it. */
  readonly entryNames: ReadonlyMap<string, string>;
  /** The paths' modules named as a barrel (index, public-api) and made only of imports and re-exports. */
  readonly barrels: ReadonlySet<string>;
  /** By module: the project files that import it (test files and ignored files left out). */
  readonly importers: ReadonlyMap<string, ReadonlySet<string>>;
  /** By file, of the modules a proposal may name: the names it exports. */
  readonly exportNames: ReadonlyMap<string, readonly string[]>;
}

/** The facts of one program's discovery that a proposal needs. */
export function collectInitFacts(project: Project, found: DiscoveryResult): InitFacts {
  const resolver = getResolverForTsconfig(ts, project.tsconfig);
  const packageEntry = packageEntryFinder(project);
  const deprecations = new Map<string, Deprecation>();
  const packageEntries = new Map<string, string>();
  const entryNames = new Map<string, string>();
  const barrels = new Set<string>();
  const exportNames = new Map<string, readonly string[]>();
  const readExportNames = (file: string) => {
    if (!exportNames.has(file)) exportNames.set(file, exportNamesOf(project, file));
  };
  for (const symbol of found.exportedSymbols) {
    for (const { file, exportName } of symbol.paths) {
      const sourceFile = project.program.getSourceFile(file);
      const deprecation = sourceFile && findDeprecation(project.checker, resolver, sourceFile, exportName);
      if (deprecation) deprecations.set(`${file}#${exportName}`, deprecation);
      const entry = packageEntry(file);
      if (entry) packageEntries.set(file, entry);
      const entryName = angularEntryNameOf(project, file);
      if (entryName !== undefined) entryNames.set(file, entryName);
      if (sourceFile && isBarrel(sourceFile)) barrels.add(file);
      readExportNames(file);
    }
  }
  for (const shared of found.implemented) {
    readExportNames(path.join(project.root, shared.module));
    for (const implementation of shared.implementations) readExportNames(path.join(project.root, implementation.module));
  }
  return {
    symbols: found.exportedSymbols,
    implemented: found.implemented,
    deprecations,
    packageEntries,
    entryNames,
    barrels,
    importers: findImporters(project, found.includes),
    exportNames,
  };
}

/**
 * The facts of a solution's programs as one: a symbol two programs found has the paths either found, an interface
 * the implementations either found, a module the importers of both.
 */
export function mergeInitFacts(facts: readonly InitFacts[]): InitFacts {
  const [only] = facts;
  if (only && facts.length === 1) return only;
  const importers = new Map<string, Set<string>>();
  for (const [module, files] of facts.flatMap((fact) => [...fact.importers])) {
    const known = importers.get(module) ?? new Set<string>();
    for (const file of files) known.add(file);
    importers.set(module, known);
  }
  return {
    symbols: mergeExportedSymbols(facts.flatMap((fact) => fact.symbols)),
    implemented: mergeImplementations(facts.flatMap((fact) => fact.implemented)),
    deprecations: firstOfEach(facts.map((fact) => fact.deprecations)),
    packageEntries: firstOfEach(facts.map((fact) => fact.packageEntries)),
    entryNames: firstOfEach(facts.map((fact) => fact.entryNames)),
    barrels: new Set(facts.flatMap((fact) => [...fact.barrels])),
    importers,
    exportNames: firstOfEach(facts.map((fact) => fact.exportNames)),
  };
}

function firstOfEach<V>(maps: readonly ReadonlyMap<string, V>[]): Map<string, V> {
  const merged = new Map<string, V>();
  for (const map of maps) for (const [key, value] of map) if (!merged.has(key)) merged.set(key, value);
  return merged;
}

function exportNamesOf(project: Project, file: string): readonly string[] {
  const sourceFile = project.program.getSourceFile(file);
  const moduleSymbol = sourceFile && project.checker.getSymbolAtLocation(sourceFile);
  return moduleSymbol ? project.checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name) : [];
}

/** The names a package's public barrel goes by: `index.ts`, Angular's `public-api.ts`. */
const ENTRY_FILE_NAME = /\/(?:index|public[-_]api)\.[mc]?tsx?$/;

/** A module named as a barrel and made of imports, and exports of what it imported or of other modules. */
function isBarrel(sourceFile: ts.SourceFile): boolean {
  return ENTRY_FILE_NAME.test(sourceFile.fileName) && sourceFile.statements.every(isImportOrReexport);
}

function isImportOrReexport(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression))
  );
}
