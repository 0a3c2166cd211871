// The typed floor on a real project: the real floor with typescript-eslint's projectService, so that every file
// is linted with the type information of the tsconfig that holds it. No rule.
import floor from './floor.mjs';

export default [
  ...floor,
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } } },
];
