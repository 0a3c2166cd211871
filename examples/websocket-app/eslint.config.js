import tseslint from 'typescript-eslint';
import ssot from 'eslint-plugin-ssot';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ssot.configs["recommended-type-checked"],
];
