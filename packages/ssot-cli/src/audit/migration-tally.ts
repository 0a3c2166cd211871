import type { ModuleMove, SsotConfig, SymbolEntry } from 'ssot-config';
import { legacyPathKey } from './config-index';

/** The counts a symbol and the totals keep, filled finding by finding. */
export interface TotalsTally {
  legacyImports: number;
  directInstantiations: number;
  subclasses: number;
  excessImplementations: number;
  signatureDivergences: number;
  shimViolations: number;
  readonly files: Set<string>;
}

/** Counts of one symbol. */
export interface SymbolTally extends TotalsTally {
  readonly symbol: SymbolEntry;
  readonly config: SsotConfig;
  /** By legacy path key, in the config's order, zero counts included so each path stays a figure. */
  readonly byPath: Map<string, { readonly module: string; readonly name: string; count: number }>;
}

export interface MoveTally {
  readonly move: ModuleMove;
  readonly config: SsotConfig;
  legacyImports: number;
  readonly files: Set<string>;
}

function zeroTally(): TotalsTally {
  return {
    legacyImports: 0,
    directInstantiations: 0,
    subclasses: 0,
    excessImplementations: 0,
    signatureDivergences: 0,
    shimViolations: 0,
    files: new Set(),
  };
}

/** The running counts of an audit: one entry per configured symbol and module move, and the totals. */
export class MigrationTally {
  readonly symbols = new Map<SymbolEntry, SymbolTally>();
  readonly moves = new Map<ModuleMove, MoveTally>();
  readonly totals: TotalsTally = zeroTally();

  /** Adds a config's symbols and module moves (zero counts, so each stays a figure); a config added again is kept once. */
  addConfig(config: SsotConfig): void {
    for (const symbol of config.symbols) {
      if (this.symbols.has(symbol)) continue;
      const byPath = new Map<string, { module: string; name: string; count: number }>();
      for (const ref of symbol.legacy) {
        byPath.set(legacyPathKey(symbol, ref), { module: ref.module.specifier, name: ref.name, count: 0 });
      }
      this.symbols.set(symbol, { symbol, config, byPath, ...zeroTally() });
    }
    for (const move of config.modules) {
      if (!this.moves.has(move)) this.moves.set(move, { move, config, legacyImports: 0, files: new Set() });
    }
  }

  /** The tally of each symbol (unknown ones skipped), with `file` recorded as affected. */
  symbolsIn(symbols: Iterable<SymbolEntry>, file: string): SymbolTally[] {
    const found: SymbolTally[] = [];
    for (const symbol of new Set(symbols)) {
      const tally = this.symbols.get(symbol);
      if (!tally) continue;
      tally.files.add(file);
      found.push(tally);
    }
    return found;
  }

  moveIn(move: ModuleMove, file: string): MoveTally | undefined {
    const tally = this.moves.get(move);
    tally?.files.add(file);
    return tally;
  }
}
