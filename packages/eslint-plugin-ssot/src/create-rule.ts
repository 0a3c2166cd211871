import { ESLintUtils } from '@typescript-eslint/utils';

/** What every ssot rule says about itself; `configs` are derived from it. */
export interface SsotRuleDocs {
  /** In `configs.recommended` (and `recommended-type-checked`). */
  recommended: boolean;
  /** Needs `parserOptions.projectService` (or `project`); only in `recommended-type-checked`. */
  requiresTypeChecking: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/ssot-tools/ssot/blob/main/packages/eslint-plugin-ssot/docs/rules/';

export const createRule = ESLintUtils.RuleCreator<SsotRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);
