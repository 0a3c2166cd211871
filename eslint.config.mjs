// Lints the repository's own code. The examples carry their own eslint.config.js (ESLint finds the config
// nearest to each file), and their intentional problems are not ours to fix here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'packages/ssot-config/schema-validator.js', 'examples/**', '**/tests/fixtures/**', 'test/fixtures/**', '.tmp/**'],
  },
  js.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `import x = require()` and `require('../package.json')` are how a CommonJS package reads its own metadata.
      '@typescript-eslint/no-require-imports': 'off',
      // Conflicts with no-non-null-assertion (strict): a cast after a proven check reads better than `!`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['**/*.test.ts', 'packages/*/tests/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
