import type { TSESLint } from '@typescript-eslint/utils';
import * as parser from '@typescript-eslint/parser';
import type { SsotRuleDocs } from './create-rule';

interface RuleWithDocs { meta: { docs?: Partial<SsotRuleDocs> } }

/** The files ssot checks by default: everything TypeScript's parser reads. */
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/**
 * Flat configs, derived from each rule's `docs`: `recommended` holds the recommended rules that need no type
 * information, `recommended-type-checked` every recommended rule.
 */
export function deriveConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, RuleWithDocs>,
): Record<'recommended' | 'recommended-type-checked', TSESLint.FlatConfig.Config> {
  const select = (includeTyped: boolean): TSESLint.FlatConfig.Rules =>
    Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs?.recommended && (includeTyped || !rule.meta.docs.requiresTypeChecking))
        .map(([name]) => [`ssot/${name}`, 'error' as const]),
    );
  const base = (name: string, includeTyped: boolean): TSESLint.FlatConfig.Config => ({
    name: `ssot/${name}`,
    files: TYPESCRIPT_FILES,
    languageOptions: { parser },
    plugins: { ssot: plugin },
    rules: select(includeTyped),
  });
  return { recommended: base('recommended', false), 'recommended-type-checked': base('recommended-type-checked', true) };
}
