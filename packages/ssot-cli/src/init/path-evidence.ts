import ts = require('typescript');
import { getResolverForTsconfig } from 'ssot-config';
import type { ExportedSymbol } from '../audit/discover-reexports';
import type { DiscoveryResult } from '../audit/discovery';
import type { Project } from '../audit/project';
import type { PathEvidence } from './canonical-choice';
import { findDeprecation } from './deprecation';
import { findImporters } from './module-importers';
import { packageEntryFinder } from './package-entries';

/**
 * What the code says about each path of a symbol: its `@deprecated` tags; whether a module is a public entry
 * point (a package.json entry, or an index barrel no project file imports: its importers are outside, as a
 * library's `src/index` or `public-api`); and whether most of the project files that import one of the symbol's
 * modules import this one; the names a module exports. `display` writes a module as the config will.
 */
export function collectPathEvidence(project: Project, found: DiscoveryResult, display: (file: string) => string): PathEvidence {
  const resolver = getResolverForTsconfig(ts, project.tsconfig);
  const packageEntry = packageEntryFinder(project);
  let importers: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  const importersOf = (file: string) => (importers ??= findImporters(project, found.includes)).get(file) ?? new Set<string>();

  // The modules that pass the symbol on are not its users: a barrel imports what it re-exports.
  const mostImported = (file: string, symbol: ExportedSymbol): string | undefined => {
    const passOn = new Set(symbol.paths.map((exportPath) => exportPath.file));
    const users = (module: string) => [...importersOf(module)].filter((importer) => !passOn.has(importer));
    const all = new Set(symbol.paths.flatMap((exportPath) => users(exportPath.file)));
    const these = users(file).length;
    if (these * 2 <= all.size) return undefined;
    return `imported by ${these} of the ${all.size} project files that import one of ${symbol.name}'s modules`;
  };

  const unimportedBarrel = (file: string): string | undefined => {
    const sourceFile = project.program.getSourceFile(file);
    if (!sourceFile || !ENTRY_FILE_NAME.test(file) || importersOf(file).size > 0) return undefined;
    if (!sourceFile.statements.every(isImportOrReexport)) return undefined;
    return 'an index barrel no project file imports: its importers are outside the project';
  };

  return {
    deprecationOf: (exportPath) => {
      const sourceFile = project.program.getSourceFile(exportPath.file);
      return sourceFile && findDeprecation(project.checker, resolver, sourceFile, exportPath.exportName);
    },
    entryPointOf: (exportPath) => packageEntry(exportPath.file) ?? unimportedBarrel(exportPath.file),
    popularityOf: (exportPath, symbol) => mostImported(exportPath.file, symbol),
    exportNamesOf: (file) => {
      const sourceFile = project.program.getSourceFile(file);
      const moduleSymbol = sourceFile && project.checker.getSymbolAtLocation(sourceFile);
      return moduleSymbol ? project.checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name) : [];
    },
    display,
  };
}

/** The names a package's public barrel goes by: `index.ts`, Angular's `public-api.ts`. */
const ENTRY_FILE_NAME = /\/(?:index|public[-_]api)\.[mc]?tsx?$/;

/** What a barrel is made of: imports, and exports of what it imported or of other modules. */
function isImportOrReexport(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression))
  );
}
