// The floor on a real project: typescript-eslint's parser on every TypeScript file, no rule, its build output
// left out. bench/real-code.mjs runs it with --no-inline-config: the project's own directives name plugins this
// config does not load.
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/build/**', '**/coverage/**', '**/.angular/**', '**/.next/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tseslint.parser } },
];
