import type { TSESLint } from '@typescript-eslint/utils';

/** What every ssot rule says about itself; `configs` are derived from it. */
export interface SsotRuleDocs {
  /** In `configs.recommended` (and `recommended-type-checked`). */
  recommended: boolean;
  /** Needs `parserOptions.projectService` (or `project`); only in `recommended-type-checked`. */
  requiresTypeChecking: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/ssot-tools/ssot/blob/main/packages/eslint-plugin-ssot/docs/rules/';

type RuleMeta<MessageIds extends string> = Omit<TSESLint.RuleMetaData<MessageIds, SsotRuleDocs>, 'docs'> & {
  docs: SsotRuleDocs & { description: string };
};

/**
 * A rule whose docs URL is derived from its name, so the two cannot drift. (typescript-eslint's RuleCreator does
 * the same; ssot rules take no options, and this keeps @typescript-eslint/utils out of the plugin's load time.)
 */
export function createRule<MessageIds extends string>(rule: {
  name: string;
  meta: RuleMeta<MessageIds>;
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, []>>) => TSESLint.RuleListener;
}): TSESLint.RuleModule<MessageIds, [], SsotRuleDocs> & { name: string } {
  return {
    name: rule.name,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: `${DOCS_BASE_URL}${rule.name}.md` } },
    // typescript-eslint's RuleModule type still lists the deprecated top-level copy of meta.defaultOptions.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    defaultOptions: [],
    create: rule.create,
  };
}
