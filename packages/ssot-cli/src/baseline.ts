import * as fs from 'node:fs';
import { CliError } from './cli-error';
import type { FigureChange } from './report/audit-report';

/** The figures of a previous `ssot audit --json` report. */
export function readBaselineFigures(file: string): Record<string, number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`ssot: cannot read the baseline ${file}. Fix: write one with \`ssot audit --json > ${file}\`.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliError(`ssot: the baseline ${file} is not JSON (${(error as Error).message}). Fix: write it with \`ssot audit --json\`.`);
  }
  const figures = isRecord(parsed) ? parsed.figures : undefined;
  if (!isRecord(parsed) || parsed.schemaVersion !== 1 || !isRecord(figures)) {
    throw new CliError(
      `ssot: the baseline ${file} is not an ssot audit report (schemaVersion 1 with "figures"). Fix: write it with \`ssot audit --json\`.`,
    );
  }
  const result: Record<string, number> = {};
  for (const [name, value] of Object.entries(figures)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new CliError(`ssot: the baseline ${file} has a figure that is not a number: figures["${name}"].`);
    }
    result[name] = value;
  }
  return result;
}

/**
 * Each figure before and after, in the order of the current report (figures only in the baseline last),
 * leaving out those that are zero, or absent, on both sides.
 */
export function compareFigures(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): FigureChange[] {
  const names = [...Object.keys(after), ...Object.keys(before).filter((name) => !Object.hasOwn(after, name))];
  return names
    .map((figure) => ({
      figure,
      before: Object.hasOwn(before, figure) ? (before[figure] as number) : null,
      after: Object.hasOwn(after, figure) ? (after[figure] as number) : null,
    }))
    .filter((change) => (change.before ?? 0) !== 0 || (change.after ?? 0) !== 0);
}

/** Figures present in both reports that went up. New figures (a symbol added to the config) are not rises. */
export function risenFigures(changes: readonly FigureChange[]): FigureChange[] {
  return changes.filter((change) => change.before !== null && change.after !== null && change.after > change.before);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
