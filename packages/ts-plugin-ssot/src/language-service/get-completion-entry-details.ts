import type * as TS from 'typescript';
import { deprecateLegacyDetails, steerPreferences } from '../auto-import-steering';
import { failOpen } from '../fail-open';
import type { PluginState } from '../plugin-state';

/** The details (and the import edit) of a completion, with the same steering as the completion list. */
export function getCompletionEntryDetails(state: PluginState) {
  return (
      delegate: TS.LanguageService['getCompletionEntryDetails'],
    ): TS.LanguageService['getCompletionEntryDetails'] =>
    (fileName, position, entryName, formatOptions, source, preferences, data, ...rest) => {
      const steered = failOpen(state.logger, 'getCompletionEntryDetails (auto-import steering)', preferences, () =>
        steerPreferences(state, fileName, preferences),
      );
      const details = delegate(fileName, position, entryName, formatOptions, source, steered, data, ...rest);
      if (!details) return details;
      return failOpen(state.logger, 'getCompletionEntryDetails', details, () =>
        deprecateLegacyDetails(state, fileName, details, source, data),
      );
    };
}
