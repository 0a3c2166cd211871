import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { namesTakenBy, type ModuleSite } from '../../module-sites';
import { checkModuleLevelSite } from './module-level-site';
import { checkNamedSite } from './named-site';

/** Every import, re-export, require, dynamic import, import type and mock of a legacy module or legacy name. */
export function checkCanonicalImport(ctx: CheckContext): Finding[] {
  if (ctx.legacy.isShim(ctx.fileName)) return [];
  const findings: Finding[] = [];
  for (const site of ctx.sites) {
    const named = takesNames(ctx, site);
    // A declaration that takes no legacy name moves nothing from any module: no need to know which one it reads.
    if (named && !namesTakenBy(ctx.ts, site).some((name) => ctx.legacy.mayBeLegacyName(name))) continue;
    const file = ctx.resolveSite(site);
    const legacy = file === undefined ? undefined : ctx.legacy.legacyModule(file);
    if (!legacy) continue;
    const finding = named ? checkNamedSite(ctx, site, legacy) : checkModuleLevelSite(ctx, site, legacy);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * `import { a }`, `import a`, `export { a } from`: sites that name what they take. `import {} from` and
 * `export {} from` name nothing and only load the module, like `import 'm'`.
 */
function takesNames(ctx: CheckContext, site: ModuleSite): boolean {
  const { ts } = ctx;
  if (ts.isExportDeclaration(site.node)) {
    const clause = site.node.exportClause;
    return site.kind === 'export' && clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0;
  }
  if (site.kind !== 'import' || !ts.isImportDeclaration(site.node)) return false;
  const clause = site.node.importClause;
  const bindings = clause?.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) return false;
  return clause?.name !== undefined || (bindings !== undefined && bindings.elements.length > 0);
}
