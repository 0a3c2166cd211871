import { describe, expect, it } from 'vitest';
import { compareFigures, risenFigures } from '../src/baseline';
import { evaluateRatchet } from '../src/ratchet';
import type { AuditReport } from '../src/report/audit-report';

function reportWith(figures: Record<string, number>, legacyImports: number | null): AuditReport {
  const discovery = { multiPathExports: [], sharedInterfaces: [], duplicateNames: [], reexportChains: [] };
  const totals = {
    legacyImports: legacyImports ?? 0,
    directInstantiations: 0,
    subclasses: 0,
    implementations: 0,
    excessImplementations: 0,
    signatureDivergences: 0,
    shims: 0,
    shimViolations: 0,
    filesAffected: 0,
  };
  return {
    schemaVersion: 1,
    project: { tsconfig: 'tsconfig.json', files: 1 },
    discovery,
    migration: legacyImports === null ? null : { configs: ['ssot.config.json'], totals, symbols: [], modules: [] },
    figures,
  };
}

describe('compareFigures', () => {
  it('pairs each figure before and after, current order first, figures gone last', () => {
    expect(compareFigures({ gone: 2, a: 1, b: 5 }, { b: 3, a: 1, added: 4 })).toEqual([
      { figure: 'b', before: 5, after: 3 },
      { figure: 'a', before: 1, after: 1 },
      { figure: 'added', before: null, after: 4 },
      { figure: 'gone', before: 2, after: null },
    ]);
  });

  it('leaves out figures that are zero or absent on both sides', () => {
    expect(compareFigures({ zero: 0, gone: 0 }, { zero: 0, added: 0 })).toEqual([]);
  });
});

describe('risenFigures', () => {
  it('counts a figure as risen only when it exists on both sides and went up', () => {
    const changes = compareFigures({ up: 1, down: 3, same: 2, gone: 1 }, { up: 2, down: 1, same: 2, added: 9 });

    expect(risenFigures(changes).map((change) => change.figure)).toEqual(['up']);
  });
});

describe('evaluateRatchet', () => {
  it('passes when no figure rose', () => {
    const result = evaluateRatchet(reportWith({ 'totals.legacyImports': 3 }, 3), {
      baseline: { file: 'before.json', figures: { 'totals.legacyImports': 5 } },
    });

    expect(result).toEqual({
      baseline: 'before.json',
      maxLegacy: null,
      changes: [{ figure: 'totals.legacyImports', before: 5, after: 3 }],
      violations: [],
    });
  });

  it('names each figure that rose', () => {
    const result = evaluateRatchet(reportWith({ 'totals.legacyImports': 6, 'totals.shims': 2 }, 6), {
      baseline: { file: 'before.json', figures: { 'totals.legacyImports': 5, 'totals.shims': 2 } },
    });

    expect(result.violations).toEqual(['totals.legacyImports rose: 5 -> 6']);
  });

  it('fails above --max-legacy and passes at it', () => {
    expect(evaluateRatchet(reportWith({}, 4), { maxLegacy: 4 }).violations).toEqual([]);
    expect(evaluateRatchet(reportWith({}, 5), { maxLegacy: 4 })).toEqual({
      baseline: null,
      maxLegacy: 4,
      changes: [],
      violations: ['5 legacy imports, more than --max-legacy 4'],
    });
  });
});
