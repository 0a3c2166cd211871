import type { ModuleMove } from 'ssot-config';
import type { Finding } from 'ssot-core';
import type { ConfigIndex, LegacyRefOf } from './config-index';

/** What one canonical-import finding imports through a legacy path. */
export interface LegacyImport {
  /** The legacy homes it uses; every home of the module when the site takes the module as a whole. */
  readonly refs: readonly LegacyRefOf[];
  readonly move: ModuleMove | undefined;
}

/**
 * Attributes a canonical-import finding to the legacy homes it goes through, from the subject the engine gives
 * it (the legacy file its site loads and the names it takes): the homes of those names, or every legacy home
 * in the module when the site takes it as a whole.
 */
export function legacyImportOf(finding: Finding, index: ConfigIndex): LegacyImport {
  const subject = finding.subject;
  if (!subject) return { refs: [], move: undefined };
  const refs = index.legacyRefsIn(subject.legacyFile);
  const names = subject.names;
  const taken = names ? refs.filter(({ ref }) => names.includes(ref.name)) : refs;
  const move = index.moveOf(subject.legacyFile);
  return { refs: taken.length > 0 || move ? taken : refs, move };
}
