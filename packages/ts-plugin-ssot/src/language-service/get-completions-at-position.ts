import type * as TS from 'typescript';
import { deprecateLegacyCompletions, steerPreferences } from '../auto-import-steering';
import { failOpen } from '../fail-open';
import type { PluginState } from '../plugin-state';

/** Completions whose auto-imports come from canonical modules; what still goes through an old home sorts last. */
export function getCompletionsAtPosition(state: PluginState) {
  return (delegate: TS.LanguageService['getCompletionsAtPosition']): TS.LanguageService['getCompletionsAtPosition'] =>
    (fileName, position, options, ...rest) => {
      const steered = failOpen(state.logger, 'getCompletionsAtPosition (auto-import steering)', options, () =>
        steerPreferences(state, fileName, options),
      );
      const completions = delegate(fileName, position, steered, ...rest);
      if (!completions) return completions;
      return failOpen(state.logger, 'getCompletionsAtPosition', completions, () =>
        deprecateLegacyCompletions(state, fileName, completions),
      );
    };
}
