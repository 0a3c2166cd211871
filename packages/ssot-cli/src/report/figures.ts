import type { Discovery, Migration } from './audit-report';

/**
 * Every figure of a report under a stable name, the unit `--baseline` compares:
 *
 *   totals.legacyImports                                   the migration's totals (with a config)
 *   symbols.WebSocketManager.legacyImports                 one symbol's figures (`Name@config` when two
 *                                                          configs declare the name)
 *   symbols.WebSocketManager.legacyImports[./src/manager]  one legacy path (`module#name` when renamed)
 *   modules[rxjs/operators].legacyImports                  one module move
 *   discovery.multiPathExports                             what discovery found (always present)
 */
export function collectFigures(discovery: Discovery, migration: Migration | null): Record<string, number> {
  const figures: Record<string, number> = {};
  if (migration) {
    for (const [name, value] of Object.entries(migration.totals) as [string, number][]) figures[`totals.${name}`] = value;
    const named = new Map<string, number>();
    for (const symbol of migration.symbols) named.set(symbol.name, (named.get(symbol.name) ?? 0) + 1);
    for (const symbol of migration.symbols) {
      // Two configs may each declare a symbol of one name: the config then tells them apart.
      const prefix = `symbols.${symbol.name}${(named.get(symbol.name) ?? 0) > 1 ? `@${symbol.config}` : ''}`;
      figures[`${prefix}.legacyImports`] = symbol.legacyImports.total;
      for (const path of symbol.legacyImports.byPath) {
        const key = path.name === symbol.name ? path.module : `${path.module}#${path.name}`;
        figures[`${prefix}.legacyImports[${key}]`] = path.count;
      }
      figures[`${prefix}.directInstantiations`] = symbol.directInstantiations;
      figures[`${prefix}.subclasses`] = symbol.subclasses;
      if (symbol.protocol) {
        figures[`${prefix}.implementations`] = symbol.protocol.implementations.length;
        figures[`${prefix}.excessImplementations`] = symbol.protocol.excessImplementations;
        figures[`${prefix}.signatureDivergences`] = symbol.protocol.signatureDivergences;
      }
      figures[`${prefix}.shims`] = symbol.shims.length;
      figures[`${prefix}.shimViolations`] = symbol.shimViolations;
      figures[`${prefix}.filesAffected`] = symbol.filesAffected;
    }
    for (const move of migration.modules) {
      figures[`modules[${move.legacy}].legacyImports`] = move.legacyImports;
      figures[`modules[${move.legacy}].filesAffected`] = move.filesAffected;
    }
  }
  figures['discovery.multiPathExports'] = discovery.multiPathExports.length;
  figures['discovery.sharedInterfaces'] = discovery.sharedInterfaces.length;
  figures['discovery.duplicateNames'] = discovery.duplicateNames.length;
  figures['discovery.reexportChains'] = discovery.reexportChains.length;
  return figures;
}
