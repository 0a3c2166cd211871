import type * as TS from 'typescript';
import { steerPreferences } from '../auto-import-steering';
import { checkForFixId, combinedFixForFindings } from '../code-fixes';
import { failOpen } from '../fail-open';
import { getFileFindings } from '../file-findings';
import type { PluginState } from '../plugin-state';

/**
 * Fix-all in a file for one check. Our fix ids are answered here and never reach TypeScript, which throws on
 * a fix id it does not know; theirs go on with auto-imports steered.
 */
export function getCombinedCodeFix(state: PluginState) {
  return (delegate: TS.LanguageService['getCombinedCodeFix']): TS.LanguageService['getCombinedCodeFix'] =>
    (scope, fixId, formatOptions, preferences, ...rest) => {
      const check = checkForFixId(fixId);
      if (check === undefined) {
        const steered = failOpen(state.logger, 'getCombinedCodeFix (auto-import steering)', preferences, () =>
          steerPreferences(state, scope.fileName, preferences),
        );
        return delegate(scope, fixId, formatOptions, steered, ...rest);
      }
      return failOpen(state.logger, 'getCombinedCodeFix', { changes: [] }, () => {
        const result = getFileFindings(state, scope.fileName, [check]);
        if (result.kind !== 'findings') return { changes: [] };
        return combinedFixForFindings(scope.fileName, result.findings, check);
      });
    };
}
