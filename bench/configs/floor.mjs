// The floor: typescript-eslint's parser on every file, and no rule at all.
import tseslint from 'typescript-eslint';

export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }];
