import type { Discovery } from '../report/audit-report';
import { findDuplicateNames } from './discover-duplicates';
import { findSharedInterfaces } from './discover-implementations';
import { findLongChains, findMultiPathExports, toMultiPathExport, type ExportedSymbol } from './discover-reexports';
import type { Project } from './project';
import type { ProjectDeclarations } from './project-declarations';

/** What discovery found, with the symbols kept for the config proposal of `--init`. */
export interface DiscoveryResult {
  readonly discovery: Discovery;
  readonly exportedSymbols: readonly ExportedSymbol[];
}

/** Fragmentation that needs no config: several paths to one export, shared interfaces, duplicate names, chains. */
export function discover(project: Project, declarations: ProjectDeclarations): DiscoveryResult {
  const exportedSymbols = findMultiPathExports(project);
  return {
    exportedSymbols,
    discovery: {
      multiPathExports: exportedSymbols.map((found) => toMultiPathExport(found, project.relative)),
      sharedInterfaces: findSharedInterfaces(project, declarations),
      duplicateNames: findDuplicateNames(project, declarations),
      reexportChains: findLongChains(exportedSymbols, project.relative),
    },
  };
}
