import { describe, expect, it } from 'vitest';
import type { Discovery, Migration, SymbolFigures } from '../src/report/audit-report';
import { collectFigures } from '../src/report/figures';

const discovery: Discovery = { multiPathExports: [], sharedInterfaces: [], duplicateNames: [], reexportChains: [] };

function symbol(name: string, config: string, legacy: number): SymbolFigures {
  return {
    name,
    module: './src/a',
    config,
    legacyImports: {
      total: legacy,
      byPath: [
        { module: './src/old', name, count: legacy },
        { module: './src/index', name: 'OldName', count: 0 },
      ],
    },
    directInstantiations: 0,
    subclasses: 0,
    protocol: null,
    shims: ['./src/old'],
    shimViolations: 0,
    filesAffected: legacy,
  };
}

function migrationOf(symbols: SymbolFigures[]): Migration {
  const totals = {
    legacyImports: 2,
    directInstantiations: 0,
    subclasses: 0,
    implementations: 0,
    excessImplementations: 0,
    signatureDivergences: 0,
    shims: 1,
    shimViolations: 0,
    filesAffected: 2,
  };
  return { configs: ['ssot.config.json'], totals, symbols, modules: [] };
}

describe('collectFigures', () => {
  it('names totals, each symbol, each legacy path (with its legacy name when renamed) and discovery', () => {
    const figures = collectFigures(discovery, migrationOf([symbol('Store', 'ssot.config.json', 2)]));

    expect(figures).toMatchObject({
      'totals.legacyImports': 2,
      'totals.shims': 1,
      'symbols.Store.legacyImports': 2,
      'symbols.Store.legacyImports[./src/old]': 2,
      'symbols.Store.legacyImports[./src/index#OldName]': 0,
      'symbols.Store.shims': 1,
      'symbols.Store.filesAffected': 2,
      'discovery.multiPathExports': 0,
    });
    expect(figures).not.toHaveProperty('symbols.Store.implementations');
  });

  it('tells apart two symbols of one name by their config', () => {
    const figures = collectFigures(
      discovery,
      migrationOf([symbol('Store', 'a/ssot.config.json', 1), symbol('Store', 'b/ssot.config.json', 1)]),
    );

    expect(figures['symbols.Store@a/ssot.config.json.legacyImports']).toBe(1);
    expect(figures['symbols.Store@b/ssot.config.json.legacyImports']).toBe(1);
  });
});
