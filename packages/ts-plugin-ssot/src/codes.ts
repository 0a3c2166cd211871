import { CONFIG_ERROR_CODE, DIAGNOSTIC_SOURCE, diagnosticCodes, type CheckName } from 'ssot-core';

export { CONFIG_ERROR_CODE, DIAGNOSTIC_SOURCE };

const checkByCode = new Map<number, CheckName>(
  Object.entries(diagnosticCodes).map(([check, code]) => [code, check as CheckName]),
);

export function codeForCheck(check: CheckName): number {
  return diagnosticCodes[check];
}

export function checkForCode(code: number): CheckName | undefined {
  return checkByCode.get(code);
}

/** Every code a check reports: the codes whose quick fixes this plugin provides. */
export const checkCodes: readonly number[] = Object.values(diagnosticCodes);
