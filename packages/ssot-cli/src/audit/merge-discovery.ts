import type { Discovery, SharedInterface } from '../report/audit-report';
import { findDuplicateNames } from './discover-duplicates';
import { compareImplementations, sharedOnly } from './discover-implementations';
import { compareMultiPathExports, comparePaths, findLongChains, toMultiPathExport, type ExportedSymbol } from './discover-reexports';
import type { DiscoveryResult } from './discovery';

/** What discovery found in one program, with the exported symbols, names and implemented interfaces it looked at. */
export type DiscoveredNames = Pick<DiscoveryResult, 'discovery' | 'exportedSymbols' | 'names' | 'implemented'>;

/**
 * What discovery found in the programs of a solution's projects, as one discovery: an export or interface that
 * two programs both found is listed once, with the paths (and so the chains) and implementations either found;
 * duplicate names are looked for across every program's classes and functions, and an interface of one project
 * counts the classes of every project that references it. `relative` is the paths' base, the solution's
 * directory.
 */
export function mergeDiscoveries(results: readonly DiscoveredNames[], relative: (file: string) => string): Discovery {
  const [only] = results;
  if (only && results.length === 1) return only.discovery;
  const symbols = mergeExportedSymbols(results.flatMap((result) => result.exportedSymbols));
  return {
    multiPathExports: symbols.map((symbol) => toMultiPathExport(symbol, relative)),
    sharedInterfaces: sharedOnly(mergeImplementations(results.flatMap((result) => result.implemented))),
    duplicateNames: findDuplicateNames(results.flatMap((result) => result.names), relative),
    reexportChains: findLongChains(symbols, relative),
  };
}

/** The symbols two programs both found, once each, with the paths either found; most paths first. */
export function mergeExportedSymbols(found: readonly ExportedSymbol[]): ExportedSymbol[] {
  const bySymbol = new Map<string, ExportedSymbol>();
  for (const entry of found) {
    const key = `${entry.declaringFile}\0${entry.name}\0${entry.kind}`;
    const known = bySymbol.get(key);
    const paths = known ? onceEach([...known.paths, ...entry.paths], (exportPath) => `${exportPath.file}\0${exportPath.exportName}`) : entry.paths;
    bySymbol.set(key, { ...entry, paths: [...paths].sort(comparePaths) });
  }
  return [...bySymbol.values()].sort(compareMultiPathExports);
}

/** The interfaces two programs both found, once each, with the implementations either found. */
export function mergeImplementations(found: readonly SharedInterface[]): SharedInterface[] {
  const byInterface = new Map<string, SharedInterface>();
  for (const entry of found) {
    const key = `${entry.module}\0${entry.line}\0${entry.name}`;
    const known = byInterface.get(key);
    const implementations = known
      ? onceEach([...known.implementations, ...entry.implementations], (implementation) => `${implementation.module}\0${implementation.line}`)
      : entry.implementations;
    byInterface.set(key, { ...entry, implementations: [...implementations].sort(compareImplementations) });
  }
  return [...byInterface.values()];
}

/** The first of the items with each key, in order. */
function onceEach<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
