import type { CheckContext } from './check-context';
import { namesTakenBy, type ModuleSite } from './module-sites';

/**
 * Rules out, without resolving them, the import lists of a file that cannot import from one module: a list that
 * takes a name the module does not export would not type-check as an import of it. The searches for an
 * existing import to join call this before they resolve a candidate; a candidate it keeps is still resolved.
 *
 * When some file of the module cannot list its exports (`export =`, an unreadable `export *`), every list is
 * kept. Names that only a `declare module` augmentation adds are not seen without the checker, so a list of
 * them is ruled out, and the fix adds an import rather than joining that one.
 */
export function importCandidateTest(ctx: CheckContext, moduleFiles: readonly string[]): (site: ModuleSite) => boolean {
  let exported: ReadonlySet<string> | null | undefined;
  return (site) => {
    // Listed on the first candidate: most searches find none, or stop at the first.
    if (exported === undefined) exported = exportNamesOf(ctx, moduleFiles);
    const names = exported;
    return names === null || namesTakenBy(ctx.ts, site).every((name) => names.has(name));
  };
}

/** Every name some file of the module exports; null when one of them cannot list its exports. */
function exportNamesOf(ctx: CheckContext, moduleFiles: readonly string[]): ReadonlySet<string> | null {
  const exported = new Set<string>();
  for (const file of moduleFiles) {
    const names = ctx.oracle.exportNames(file);
    if (!names) return null;
    for (const name of names) exported.add(name);
  }
  return exported;
}
