import { compareFigures, risenFigures } from './baseline';
import type { AuditReport, RatchetResult } from './report/audit-report';

export interface RatchetOptions {
  /** The baseline's path as the user gave it, and its figures. */
  readonly baseline?: { readonly file: string; readonly figures: Readonly<Record<string, number>> } | undefined;
  readonly maxLegacy?: number | undefined;
}

/** The CI gate: no figure may rise since the baseline, and legacy imports may not exceed `--max-legacy`. */
export function evaluateRatchet(report: AuditReport, options: RatchetOptions): RatchetResult {
  const changes = options.baseline ? compareFigures(options.baseline.figures, report.figures) : [];
  const violations = risenFigures(changes).map(({ figure, before, after }) => `${figure} rose: ${before} -> ${after}`);
  const legacyImports = report.migration?.totals.legacyImports ?? 0;
  if (options.maxLegacy !== undefined && legacyImports > options.maxLegacy) {
    violations.push(`${legacyImports} legacy imports, more than --max-legacy ${options.maxLegacy}`);
  }
  return {
    baseline: options.baseline?.file ?? null,
    maxLegacy: options.maxLegacy ?? null,
    changes,
    violations,
  };
}
