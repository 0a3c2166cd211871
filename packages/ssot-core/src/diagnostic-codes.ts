import type { CheckName } from './finding';

/** `source` of every diagnostic the editor fronts publish (tsserver plugin, `ssot lsp`): editors show "ssot(93001)". */
export const DIAGNOSTIC_SOURCE = 'ssot';

/** The one diagnostic a broken ssot.config.json leaves on each file it governs. */
export const CONFIG_ERROR_CODE = 93000;

/**
 * One diagnostic code per check, for every editor front. Numbers stay stable across releases: users filter on
 * them, and clients remember which codes have fixes.
 */
export const diagnosticCodes: Readonly<Record<CheckName, number>> = {
  'canonical-import': 93001,
  'use-factory': 93002,
  'protocol-conformance': 93003,
  'single-implementation': 93004,
  'shim-purity': 93005,
};
