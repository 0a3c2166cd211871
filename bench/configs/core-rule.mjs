// What users write today: core no-restricted-imports with the legacy paths as strings, all four spellings.
import floor from './floor.mjs';
import { restrictions } from './restrictions.mjs';

/** The rule as configured here, for the typed variant too. */
export const coreRule = {
  files: ['**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: restrictions.patterns, message: 'Import from the canonical module.' }] },
    ],
  },
};

export default [...floor, coreRule];
