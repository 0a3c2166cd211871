import ts = require('typescript');
import { getResolverForProgram, normalizePath, type ModuleMove } from 'ssot-config';
import { findModuleSites, type Finding, type ModuleSite } from 'ssot-core';
import type { ConfigIndex, LegacyRefOf } from './config-index';

/** What one canonical-import finding imports through a legacy path. */
export interface LegacyImport {
  /** The legacy homes it uses; every home of the module when the site takes the module as a whole. */
  readonly refs: readonly LegacyRefOf[];
  readonly move: ModuleMove | undefined;
}

/** The module sites of each file, found once. */
const sitesByFile = new WeakMap<ts.SourceFile, readonly ModuleSite[]>();

/**
 * Attributes a canonical-import finding (its range is the specifier) to the legacy homes it goes through:
 * the names a named import or re-export takes, or, for sites that take the module as a whole (namespace
 * imports, `export *`, `require()`, `import()`, mocks), every legacy home in the module.
 */
export function legacyImportOf(
  program: ts.Program,
  sourceFile: ts.SourceFile,
  finding: Finding,
  index: ConfigIndex,
): LegacyImport {
  let sites = sitesByFile.get(sourceFile);
  if (!sites) {
    sites = findModuleSites(ts, sourceFile);
    sitesByFile.set(sourceFile, sites);
  }
  const site = sites.find((candidate) => candidate.specifier.getStart(sourceFile) === finding.start);
  const file = site && resolveSite(program, sourceFile, site);
  if (file === undefined) return { refs: [], move: undefined };
  const refs = index.legacyRefsIn(file);
  const names = site && namesTaken(site);
  const taken = names ? refs.filter(({ ref }) => names.includes(ref.name)) : refs;
  const move = index.moveOf(file);
  return { refs: taken.length > 0 || move ? taken : refs, move };
}

/** The program's own resolution (through the checker), else the shared resolver for the program's options. */
function resolveSite(program: ts.Program, sourceFile: ts.SourceFile, site: ModuleSite): string | undefined {
  const declaration = program.getTypeChecker().getSymbolAtLocation(site.specifier)?.valueDeclaration;
  if (declaration && ts.isSourceFile(declaration)) return normalizePath(declaration.fileName);
  const mode = site.kind === 'require' || site.kind === 'import-equals' ? 'require' : site.kind === 'dynamic-import' ? 'import' : undefined;
  return getResolverForProgram(ts, program).resolve(site.specifier.text, sourceFile.fileName, mode);
}

/** The export names a site takes, or undefined when it takes the module as a whole. */
function namesTaken(site: ModuleSite): string[] | undefined {
  const node = site.node;
  if (site.kind === 'import' && ts.isImportDeclaration(node) && node.importClause) {
    const clause = node.importClause;
    if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) return undefined;
    const names = clause.name ? ['default'] : [];
    if (clause.namedBindings) {
      for (const element of clause.namedBindings.elements) names.push((element.propertyName ?? element.name).text);
    }
    return names;
  }
  if (site.kind === 'export' && ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
    return node.exportClause.elements.map((element) => (element.propertyName ?? element.name).text);
  }
  if (site.kind === 'import-type' && ts.isImportTypeNode(node) && node.qualifier) {
    let qualifier: ts.EntityName = node.qualifier;
    while (ts.isQualifiedName(qualifier)) qualifier = qualifier.left;
    return [qualifier.text];
  }
  return undefined;
}
