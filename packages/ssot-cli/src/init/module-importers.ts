import ts = require('typescript');
import { findModuleSites, type SiteKind } from 'ssot-core';
import type { Project } from '../audit/project';

/** Sites that load a module: mocks and `importActual` name one without importing it. */
const IMPORTING_SITES = new Set<SiteKind>(['import', 'export', 'side-effect', 'export-all', 'dynamic-import', 'require', 'import-equals', 'import-type']);

/**
 * The project files that import each module, by file: every site the engine finds (ssot-core's findModuleSites),
 * resolved as the program resolved it. Only files that `includes` lets through count as importers.
 */
export function findImporters(project: Project, includes: (file: string) => boolean): ReadonlyMap<string, ReadonlySet<string>> {
  const importers = new Map<string, Set<string>>();
  for (const sourceFile of project.files) {
    if (!includes(sourceFile.fileName)) continue;
    for (const site of findModuleSites(ts, sourceFile)) {
      if (!IMPORTING_SITES.has(site.kind)) continue;
      const target = project.checker.getSymbolAtLocation(site.specifier)?.valueDeclaration;
      if (!target || !ts.isSourceFile(target) || target === sourceFile) continue;
      let files = importers.get(target.fileName);
      if (!files) {
        files = new Set();
        importers.set(target.fileName, files);
      }
      files.add(sourceFile.fileName);
    }
  }
  return importers;
}
