// What users write today: core no-restricted-imports with the legacy paths as strings, all four spellings.
import floor from './floor.mjs';
import { restrictions } from './restrictions.mjs';

export default [
  ...floor,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: restrictions.patterns, message: 'Import from the canonical module.' }] },
      ],
    },
  },
];
