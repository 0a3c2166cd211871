import type * as TS from 'typescript';
import type { ModuleRef } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import { importCandidateTest } from '../../import-candidates';
import { isTypeOnlyImport, type ModuleSite } from '../../module-sites';

/** An import or re-export list that moved names can join. */
export interface MergeTarget {
  readonly list: TS.NamedImports | TS.NamedExports;
  readonly typeOnly: boolean;
}

/**
 * An existing `import { ... } from '<canonical>'` (or `export { ... } from`) of the file, of the same kind as
 * `site`, that names moving off a `typeOnly` declaration can join; undefined when there is none.
 */
export function findMergeTarget(
  ctx: CheckContext,
  site: ModuleSite,
  typeOnly: boolean,
  module: ModuleRef,
): MergeTarget | undefined {
  const mayImport = importCandidateTest(ctx, module.files);
  let fallback: MergeTarget | undefined;
  for (const other of ctx.sites) {
    if (other === site || other.kind !== site.kind) continue;
    const candidate = mergeableList(ctx.ts, other);
    if (!candidate || !mayImport(other)) continue;
    const otherFile = ctx.resolveSite(other);
    if (otherFile === undefined || !module.files.includes(otherFile)) continue;
    if (candidate.typeOnly === typeOnly) return candidate;
    // A value declaration can take type-only names (with inline `type`); a type-only one cannot take values.
    if (typeOnly && !candidate.typeOnly) fallback ??= candidate;
  }
  return fallback;
}

function mergeableList(ts: typeof TS, site: ModuleSite): MergeTarget | undefined {
  const node = site.node;
  if (ts.isImportDeclaration(node)) {
    const bindings = node.importClause?.namedBindings;
    if (!node.importClause || !bindings || !ts.isNamedImports(bindings)) return undefined;
    return { list: bindings, typeOnly: isTypeOnlyImport(ts, node.importClause) };
  }
  if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
    return { list: node.exportClause, typeOnly: node.isTypeOnly };
  }
  return undefined;
}
