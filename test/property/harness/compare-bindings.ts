import type { Bound, FileBindings } from './bound-uses';

/**
 * How the fix changed what the file binds: each marked use and each re-export must lead to the same
 * declaration (a whole module: the same declaration for every export it had), and the fix must add no type
 * error (a type-only import used as a value, a name the new module lacks, a duplicate). Empty when nothing changed.
 */
export function bindingChanges(before: FileBindings, after: FileBindings): string[] {
  const problems: string[] = [];
  const compare = (what: string, was: Bound, now: Bound) => {
    if (was === undefined) return;
    if (!was.startsWith('module:')) {
      if (now !== was) problems.push(`${what} was bound to ${was}, after the fix to ${now ?? 'nothing'}`);
      return;
    }
    const wasTable = before.moduleTables.get(was) ?? new Map<string, Bound>();
    const nowTable = now === undefined ? undefined : after.moduleTables.get(now);
    if (!nowTable) {
      problems.push(`${what} was the module ${was}, after the fix ${now ?? 'nothing'}`);
      return;
    }
    for (const [name, declaration] of wasTable) {
      if (nowTable.get(name) !== declaration) {
        problems.push(`${what} (${was} -> ${now ?? ''}): export '${name}' was ${declaration ?? 'unresolved'}, after the fix ${nowTable.get(name) ?? 'missing'}`);
      }
    }
  };
  for (const [key, was] of before.uses) compare(`use ${key}`, was, after.uses.get(key));
  for (const [name, was] of before.exports) compare(`export '${name}'`, was, after.exports.get(name));
  // Messages name modules, which the fix changes: count diagnostics per code.
  const codeOf = (diagnostic: string) => diagnostic.slice(0, diagnostic.indexOf(':'));
  const budget = new Map<string, number>();
  for (const diagnostic of before.semantic) budget.set(codeOf(diagnostic), (budget.get(codeOf(diagnostic)) ?? 0) + 1);
  for (const diagnostic of after.semantic) {
    const left = budget.get(codeOf(diagnostic)) ?? 0;
    if (left === 0) problems.push(`new type error: ${diagnostic}`);
    budget.set(codeOf(diagnostic), left - 1);
  }
  return problems;
}
