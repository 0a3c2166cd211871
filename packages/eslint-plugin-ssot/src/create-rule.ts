import type { TSESLint } from '@typescript-eslint/utils';
import { docsUrl, type CheckName } from 'ssot-core';

/** What every ssot rule says about itself; `configs` are derived from it. */
export interface SsotRuleDocs {
  /** In `configs.recommended` (and `recommended-type-checked`). */
  recommended: boolean;
  /** Needs `parserOptions.projectService` (or `project`); only in `recommended-type-checked`. */
  requiresTypeChecking: boolean;
}

type RuleMeta<MessageIds extends string> = Omit<TSESLint.RuleMetaData<MessageIds, SsotRuleDocs>, 'docs'> & {
  docs: SsotRuleDocs & { description: string };
};

/**
 * A rule whose docs URL is derived from its name, so the two cannot drift. (typescript-eslint's RuleCreator does
 * the same; ssot rules take no options, and this keeps @typescript-eslint/utils out of the plugin's load time.)
 */
export function createRule<MessageIds extends string>(rule: {
  name: CheckName;
  meta: RuleMeta<MessageIds>;
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, []>>) => TSESLint.RuleListener;
}): TSESLint.RuleModule<MessageIds, [], SsotRuleDocs> & { name: CheckName } {
  return {
    name: rule.name,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: docsUrl(rule.name) } },
    // typescript-eslint's RuleModule type still lists the deprecated top-level copy of meta.defaultOptions.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    defaultOptions: [],
    create: rule.create,
  };
}
