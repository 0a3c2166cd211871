import type * as TS from 'typescript';
import { configErrorDiagnostic, findingToDiagnostic } from '../diagnostics';
import { failOpen } from '../fail-open';
import { getFileFindings } from '../file-findings';
import type { PluginState } from '../plugin-state';

/** TypeScript's diagnostics, then one per finding of every check (or one for a broken ssot.config.json). */
export function getSemanticDiagnostics(state: PluginState) {
  return (delegate: TS.LanguageService['getSemanticDiagnostics']): TS.LanguageService['getSemanticDiagnostics'] =>
    (fileName, ...rest) => {
      const diagnostics = delegate(fileName, ...rest);
      return failOpen(state.logger, 'getSemanticDiagnostics', diagnostics, () => {
        const result = getFileFindings(state, fileName);
        switch (result.kind) {
          case 'findings':
            return [
              ...diagnostics,
              ...result.findings.map((finding) => findingToDiagnostic(state.ts, result.sourceFile, finding)),
            ];
          case 'config-error':
            return [...diagnostics, configErrorDiagnostic(state.ts, result.sourceFile, result.error)];
          case 'not-checked':
            return diagnostics;
        }
      });
    };
}
