import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ssot from 'eslint-plugin-ssot';

export const RULE_ID = 'ssot/canonical-import';

/** What `eslint --fix` would leave: the text after every fix pass, and the problems still reported on it. */
export interface FixResult {
  readonly output: string;
  readonly fixed: boolean;
  readonly messages: readonly Linter.LintMessage[];
}

/**
 * Lints and fixes text the way `eslint --fix` does (up to ten passes, the rule re-run on each result), with
 * only ssot/canonical-import on and no type information: the file is checked as its real path in the project,
 * so resolution and the project's ssot.config.json apply, but it need not exist on disk.
 */
export function createFixer(cwd: string): (text: string, filename: string) => FixResult {
  const linter = new Linter({ configType: 'flat', cwd });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { ssot: ssot as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { [RULE_ID]: 'error' },
    },
  ];
  return (text, filename) => {
    const { output, fixed, messages } = linter.verifyAndFix(text, config, { filename });
    return { output, fixed, messages };
  };
}
