import type { CheckName } from 'ssot-core';
import type { TSESLint } from '@typescript-eslint/utils';
import canonicalImport from './canonical-import';
import protocolConformance from './protocol-conformance';
import shimPurity from './shim-purity';
import singleImplementation from './single-implementation';
import useFactory from './use-factory';

/**
 * One rule per engine check, named as the check. Keyed by CheckName: a check added to the engine without its rule
 * here does not compile (and meta.test.ts then asks for its docs).
 */
export const rules = {
  'canonical-import': canonicalImport,
  'use-factory': useFactory,
  'protocol-conformance': protocolConformance,
  'single-implementation': singleImplementation,
  'shim-purity': shimPurity,
} satisfies Record<CheckName, TSESLint.RuleModule<string, readonly unknown[]>>;
