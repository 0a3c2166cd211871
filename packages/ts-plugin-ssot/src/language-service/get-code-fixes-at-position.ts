import type * as TS from 'typescript';
import { steerPreferences } from '../auto-import-steering';
import { codeFixesForFindings } from '../code-fixes';
import { checkForCode } from '../codes';
import { failOpen } from '../fail-open';
import { getFileFindings } from '../file-findings';
import type { PluginState } from '../plugin-state';

/**
 * TypeScript's fixes for its codes (with auto-imports steered to canonical modules), then the fix and the
 * suggestions of each finding in the range whose code was asked for.
 */
export function getCodeFixesAtPosition(state: PluginState) {
  return (delegate: TS.LanguageService['getCodeFixesAtPosition']): TS.LanguageService['getCodeFixesAtPosition'] =>
    (fileName, start, end, errorCodes, formatOptions, preferences, ...rest) => {
      const steered = failOpen(state.logger, 'getCodeFixesAtPosition (auto-import steering)', preferences, () =>
        steerPreferences(state, fileName, preferences),
      );
      // Our codes are left out of TypeScript's request: its registry has nothing for them.
      const checks = errorCodes.flatMap((code) => checkForCode(code) ?? []);
      const theirs = checks.length > 0 ? errorCodes.filter((code) => checkForCode(code) === undefined) : errorCodes;
      const fixes = delegate(fileName, start, end, theirs, formatOptions, steered, ...rest);
      if (checks.length === 0) return fixes;
      return failOpen(state.logger, 'getCodeFixesAtPosition', fixes, () => {
        const result = getFileFindings(state, fileName, checks);
        if (result.kind !== 'findings') return fixes;
        return [...fixes, ...codeFixesForFindings(fileName, result.findings, start, end)];
      });
    };
}
