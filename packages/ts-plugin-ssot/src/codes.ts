import type { CheckName } from 'ssot-core';

/** `Diagnostic.source` of everything this plugin reports, as editors show it ("ssot(93001)"). */
export const DIAGNOSTIC_SOURCE = 'ssot';

/** The one diagnostic a broken ssot.config.json leaves on each file it governs. */
export const CONFIG_ERROR_CODE = 93000;

/**
 * One diagnostic code per check, defined here only. Numbers stay stable across releases: users filter on them,
 * and clients remember which codes have fixes.
 */
const codeByCheck: Readonly<Record<CheckName, number>> = {
  'canonical-import': 93001,
  'use-factory': 93002,
  'protocol-conformance': 93003,
  'single-implementation': 93004,
  'shim-purity': 93005,
};

const checkByCode = new Map<number, CheckName>(
  Object.entries(codeByCheck).map(([check, code]) => [code, check as CheckName]),
);

export function codeForCheck(check: CheckName): number {
  return codeByCheck[check];
}

export function checkForCode(code: number): CheckName | undefined {
  return checkByCode.get(code);
}

/** Every code a check reports: the codes whose quick fixes this plugin provides. */
export const checkCodes: readonly number[] = Object.values(codeByCheck);
