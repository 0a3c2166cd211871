import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type * as ts from 'typescript';
import ssot from 'eslint-plugin-ssot';
import { applyFixPass } from './eslint-fix-pass';

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
export type Fixer = ((text: string, filename: string) => FixResult) & {
  /** One pass only, as ESLint makes each: the fixes of one lint, in range order, none overlapping the last. */
  onePass(text: string, filename: string): string;
};

export function createFixer(cwd: string): Fixer {
  const linter = new Linter({ configType: 'flat', cwd });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { ssot: ssot as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { [RULE_ID]: 'error' },
    },
  ];
  const fix = (text: string, filename: string): FixResult => {
    const { output, fixed, messages } = linter.verifyAndFix(text, config, { filename });
    return { output, fixed, messages };
  };
  const onePass = (text: string, filename: string): string => {
    // ESLint's ranges leave out a byte order mark, and its output keeps it.
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const messages = linter.verify(text, config, { filename });
    return bom + applyFixPass(text.slice(bom.length), messages).output;
  };
  return Object.assign(fix, { onePass });
}

/**
 * The rule with type information, as `recommended-type-checked` runs it: each file is linted as part of
 * `program` (typescript-eslint's `programs` option), whose copy of the file must hold the same text. One pass:
 * the fixes of one lint applied as ESLint applies them. A typed program is built per text, so the typed variant
 * checks one pass and then that the pass left nothing to fix.
 */
export interface TypedLinter {
  lint(text: string, filename: string, program: ts.Program): Linter.LintMessage[];
  onePass(text: string, filename: string, program: ts.Program): { output: string; messages: Linter.LintMessage[] };
}

export function createTypedLinter(cwd: string): TypedLinter {
  const linter = new Linter({ configType: 'flat', cwd });
  const configFor = (program: ts.Program): Linter.Config[] => [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { programs: [program] } },
      plugins: { ssot: ssot as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { [RULE_ID]: 'error' },
    },
  ];
  const lint = (text: string, filename: string, program: ts.Program) => linter.verify(text, configFor(program), { filename });
  return {
    lint,
    onePass: (text, filename, program) => {
      const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
      const messages = lint(text, filename, program);
      return { output: bom + applyFixPass(text.slice(bom.length), messages).output, messages };
    },
  };
}
