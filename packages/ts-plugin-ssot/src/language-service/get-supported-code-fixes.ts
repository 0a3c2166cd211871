import type * as TS from 'typescript';
import { checkCodes } from '../codes';
import { failOpen } from '../fail-open';
import type { PluginState } from '../plugin-state';

/** TypeScript's fixable codes plus ours (already there when the global registry took them). */
export function getSupportedCodeFixes(state: PluginState) {
  return (delegate: TS.LanguageService['getSupportedCodeFixes']): TS.LanguageService['getSupportedCodeFixes'] =>
    (...args) => {
      const codes = delegate(...args);
      return failOpen(state.logger, 'getSupportedCodeFixes', codes, () => {
        const missing = checkCodes.map(String).filter((code) => !codes.includes(code));
        return missing.length > 0 ? [...codes, ...missing] : codes;
      });
    };
}
