import type * as TS from 'typescript';
import type { CheckContext } from './check-context';

/**
 * Rules out, without resolving them, the import lists of a file that cannot import from one module: a list that
 * takes a name the module does not export would not type-check as an import of it. The searches for an
 * existing import to join call this before they resolve a candidate; a candidate it keeps is still resolved.
 *
 * When some file of the module cannot list its exports (`export =`, an unreadable `export *`), every list is
 * kept. Names that only a `declare module` augmentation adds are not seen without the checker, so a list of
 * them is ruled out, and the fix adds an import rather than joining that one.
 */
export function importCandidateTest(
  ctx: CheckContext,
  moduleFiles: readonly string[],
): (list: TS.NamedImports | TS.NamedExports) => boolean {
  const exported = new Set<string>();
  for (const file of moduleFiles) {
    const names = ctx.oracle.exportNames(file);
    if (!names) return () => true;
    for (const name of names) exported.add(name);
  }
  return (list) => namesTakenBy(ctx.ts, list).every((name) => exported.has(name));
}

/** The export names a list takes (`a` of `{ a as b }`), and `default` for a default import beside it. */
function namesTakenBy(ts: typeof TS, list: TS.NamedImports | TS.NamedExports): string[] {
  const names = list.elements.map((element) => (element.propertyName ?? element.name).text);
  if (ts.isImportClause(list.parent) && list.parent.name) names.push('default');
  return names;
}
