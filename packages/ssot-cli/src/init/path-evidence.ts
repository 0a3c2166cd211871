import { normalizePath } from 'ssot-config';
import { angularEntryPointOf, packageOf } from 'ssot-core';
import type { ExportedSymbol } from '../audit/discover-reexports';
import type { PathEvidence } from './canonical-choice';
import type { InitFacts } from './init-facts';

/**
 * What the code says about each path of a symbol, from the facts of the programs read: its `@deprecated` tags;
 * whether a module is a public entry point (a package.json entry, or an index barrel no project file imports: its
 * importers are outside, as a library's `src/index` or `public-api`); whether most of the project files that
 * import one of the symbol's modules import this one; the names a module exports; the package, or the Angular
 * library entry point, a file is in.
 * `display` writes a module as the config will.
 */
export function pathEvidence(facts: InitFacts, display: (file: string) => string): PathEvidence {
  const importersOf = (file: string) => facts.importers.get(file) ?? new Set<string>();

  // The modules that pass the symbol on are not its users: a barrel imports what it re-exports.
  const mostImported = (file: string, symbol: ExportedSymbol): string | undefined => {
    const passOn = new Set(symbol.paths.map((exportPath) => exportPath.file));
    const users = (module: string) => [...importersOf(module)].filter((importer) => !passOn.has(importer));
    const all = new Set(symbol.paths.flatMap((exportPath) => users(exportPath.file)));
    const these = users(file).length;
    if (these * 2 <= all.size) return undefined;
    return `imported by ${these} of the ${all.size} project files that import one of ${symbol.name}'s modules`;
  };

  const unimportedBarrel = (file: string): string | undefined =>
    facts.barrels.has(file) && importersOf(file).size === 0 ? 'an index barrel no project file imports: its importers are outside the project' : undefined;

  return {
    deprecationOf: (exportPath) => facts.deprecations.get(`${exportPath.file}#${exportPath.exportName}`),
    entryPointOf: (exportPath) => facts.packageEntries.get(exportPath.file) ?? unimportedBarrel(exportPath.file),
    popularityOf: (exportPath, symbol) => mostImported(exportPath.file, symbol),
    exportNamesOf: (file) => facts.exportNames.get(file) ?? [],
    // The engine's boundaries: what it may write a relative path across, and what it reaches by name only.
    unitOf: (file) => {
      const normalized = normalizePath(file);
      return angularEntryPointOf(normalized)?.dir ?? packageOf(normalized)?.dir;
    },
    entryNameOf: (file) => facts.entryNames.get(file),
    display,
  };
}
