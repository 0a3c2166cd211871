import type { TSESLint } from '@typescript-eslint/utils';
import * as parser from '@typescript-eslint/parser';
import type { SsotRuleDocs } from './create-rule';
import { findingInputsSetting } from './finding-inputs-setting';

interface RuleWithDocs { meta: { docs?: Partial<SsotRuleDocs> } }

/** The files ssot checks by default: everything TypeScript's parser reads. */
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

type ConfigName = 'recommended' | 'recommended-type-checked';

/**
 * Flat configs, derived from each rule's `docs`: `recommended` holds the recommended rules that need no type
 * information, `recommended-type-checked` every recommended rule. The `legacy-` configs hold the same rules for
 * ESLint 8's `.eslintrc` (`"extends": ["plugin:ssot/legacy-recommended"]`).
 */
export function deriveConfigs(
  // Not typescript-eslint's Plugin type, which allows flat configs only: ESLint reads no config of a plugin here.
  plugin: object,
  rules: Record<string, RuleWithDocs>,
): Record<ConfigName, TSESLint.FlatConfig.Config> & Record<`legacy-${ConfigName}`, TSESLint.ClassicConfig.Config> {
  const findingInputs = findingInputsSetting();
  const select = (includeTyped: boolean): TSESLint.FlatConfig.Rules =>
    Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs?.recommended && (includeTyped || !rule.meta.docs.requiresTypeChecking))
        .map(([name]) => [`ssot/${name}`, 'error' as const]),
    );
  const flat = (name: ConfigName, includeTyped: boolean): TSESLint.FlatConfig.Config => ({
    name: `ssot/${name}`,
    files: TYPESCRIPT_FILES,
    languageOptions: { parser },
    plugins: { ssot: plugin },
    // Part of the config hash ESLint's cache keys on: see findingInputsSetting.
    settings: { ssot: { findingInputs } },
    rules: select(includeTyped),
  });
  // An .eslintrc names its parser by path. The plugin's own @typescript-eslint/parser, by absolute path: the one
  // a project resolves by name may be an older major another config pinned (eslint-config-next 14 pins some).
  const legacy = (includeTyped: boolean): TSESLint.ClassicConfig.Config => ({
    plugins: ['ssot'],
    settings: { ssot: { findingInputs } },
    overrides: [{ files: ['*.ts', '*.tsx', '*.mts', '*.cts'], parser: require.resolve('@typescript-eslint/parser'), rules: select(includeTyped) }],
  });
  return {
    recommended: flat('recommended', false),
    'recommended-type-checked': flat('recommended-type-checked', true),
    'legacy-recommended': legacy(false),
    'legacy-recommended-type-checked': legacy(true),
  };
}
