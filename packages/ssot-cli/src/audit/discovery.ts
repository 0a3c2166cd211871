import type { Discovery, SharedInterface } from '../report/audit-report';
import { findDuplicateNames, namesDeclared, type NameDeclared } from './discover-duplicates';
import { findImplementedInterfaces, sharedOnly } from './discover-implementations';
import { findLongChains, findMultiPathExports, toMultiPathExport, type ExportedSymbol } from './discover-reexports';
import { discoveryFileFilter } from './discovery-files';
import type { Project } from './project';
import type { ProjectDeclarations } from './project-declarations';

/** What discovery found, with the symbols kept for the config proposal of `--init`. */
export interface DiscoveryResult {
  readonly discovery: Discovery;
  readonly exportedSymbols: readonly ExportedSymbol[];
  /** Whether discovery looked at a file (test files and ignored files are left out). */
  readonly includes: (file: string) => boolean;
  /** The classes and functions it looked at, by name: duplicates across programs are found from these. */
  readonly names: readonly NameDeclared[];
  /** Each interface with the classes that implement it, one or more: shared interfaces across programs. */
  readonly implemented: readonly SharedInterface[];
}

/**
 * Fragmentation that needs no config: several paths to one export, shared interfaces, duplicate names, chains.
 * Test files and ignored files are left out (see discoveryFileFilter); `readConfigs: false` takes the default
 * test globs everywhere, for `--init`.
 */
export function discover(project: Project, declarations: ProjectDeclarations, options: { readConfigs: boolean }): DiscoveryResult {
  const includes = discoveryFileFilter(project, options);
  const inDiscovery = <T extends { readonly file: string }>(list: readonly T[]): T[] => list.filter((item) => includes(item.file));
  const discovered: ProjectDeclarations = {
    classes: inDiscovery(declarations.classes),
    interfaces: inDiscovery(declarations.interfaces),
    functions: inDiscovery(declarations.functions),
  };
  const exportedSymbols = findMultiPathExports(project, includes);
  const names = namesDeclared(discovered);
  const implemented = findImplementedInterfaces(project, discovered);
  return {
    exportedSymbols,
    includes,
    names,
    implemented,
    discovery: {
      multiPathExports: exportedSymbols.map((found) => toMultiPathExport(found, project.relative)),
      sharedInterfaces: sharedOnly(implemented),
      duplicateNames: findDuplicateNames(names, project.relative),
      reexportChains: findLongChains(exportedSymbols, project.relative),
    },
  };
}
