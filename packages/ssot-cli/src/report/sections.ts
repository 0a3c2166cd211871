import type { ExportPath, FigureChange, Migration, MultiPathExport, ProjectSummary, ReexportChain, SymbolFigures } from './audit-report';
import { signed } from './text-table';

/** The rows the terminal table and the Markdown comment share, so the two cannot disagree. */

/** `192 files`, or for a solution-style tsconfig `192 files in 3 projects: a/tsconfig.json, ...`. */
export function filesAudited(project: ProjectSummary): string {
  const files = `${project.files} file${project.files === 1 ? '' : 's'}`;
  if (!project.projects) return files;
  return `${files} in ${project.projects.length} project${project.projects.length === 1 ? '' : 's'}: ${project.projects.join(', ')}`;
}

export const MIGRATION_HEADER = ['symbol', 'legacy imports', 'new', 'implementations', 'over max', 'divergences', 'shims', 'files'];

export function migrationRows(migration: Migration): string[][] {
  const row = (name: string, figures: readonly number[]): string[] => [name, ...figures.map(String)];
  const rows = migration.symbols.map((symbol) =>
    row(symbol.name, [
      symbol.legacyImports.total,
      symbol.directInstantiations,
      symbol.protocol?.implementations.length ?? 0,
      symbol.protocol?.excessImplementations ?? 0,
      symbol.protocol?.signatureDivergences ?? 0,
      symbol.shims.length,
      symbol.filesAffected,
    ]),
  );
  for (const move of migration.modules) rows.push(row(`${move.legacy} (module)`, [move.legacyImports, 0, 0, 0, 0, 0, move.filesAffected]));
  const { totals } = migration;
  rows.push(
    row('total', [
      totals.legacyImports,
      totals.directInstantiations,
      totals.implementations,
      totals.excessImplementations,
      totals.signatureDivergences,
      totals.shims,
      totals.filesAffected,
    ]),
  );
  return rows;
}

/** Figures the table has no column for, said in one line when any is not zero. */
export function migrationFootnote(migration: Migration): string | undefined {
  const { subclasses, shimViolations } = migration.totals;
  if (subclasses === 0 && shimViolations === 0) return undefined;
  return `Also: ${subclasses} subclass(es) of factory-made classes, ${shimViolations} shim-purity finding(s).`;
}

export const LEGACY_PATH_HEADER = ['symbol', 'legacy path', 'imports'];

export function legacyPathRows(symbols: readonly SymbolFigures[]): string[][] {
  return symbols.flatMap((symbol) =>
    symbol.legacyImports.byPath.map((path) => [
      symbol.name,
      path.name === symbol.name ? path.module : `${path.module} (as ${path.name})`,
      String(path.count),
    ]),
  );
}

/** `module as Name -> next -> declaring module`: where one path leads. */
export function describePath(exportPath: ExportPath, symbolName: string): string {
  const renamed = exportPath.exportName === symbolName ? '' : ` as ${exportPath.exportName}`;
  const hops = exportPath.chain.slice(1).map((step) => (step.name === symbolName ? step.module : `${step.module}#${step.name}`));
  return `${exportPath.module}${renamed}${hops.length > 0 ? ` -> ${hops.join(' -> ')}` : ''}`;
}

export function describeChain(chain: ReexportChain): string {
  return `${chain.chain.map((step) => `${step.module}#${step.name}`).join(' -> ')} (${chain.hops} hops)`;
}

export function describeExport(found: MultiPathExport): string {
  return `${found.name} (${found.kind}, ${found.declaredIn}): ${found.paths.length} paths`;
}

export const CHANGE_HEADER = ['figure', 'before -> after', 'change'];

export function changeRows(changes: readonly FigureChange[]): string[][] {
  return changes.map(({ figure, before, after }) => [
    figure,
    `${before ?? '(new)'} -> ${after ?? '(gone)'}`,
    before !== null && after !== null ? changeMark(after - before) : '',
  ]);
}

function changeMark(delta: number): string {
  if (delta === 0) return '=';
  return delta > 0 ? `▲ ${signed(delta)}` : `▼ ${signed(delta)}`;
}
