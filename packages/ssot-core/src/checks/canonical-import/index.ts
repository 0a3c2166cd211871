import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import type { ModuleSite } from '../../module-sites';
import { checkModuleLevelSite } from './module-level-site';
import { checkNamedSite } from './named-site';

/** Every import, re-export, require, dynamic import, import type and mock of a legacy module or legacy name. */
export function checkCanonicalImport(ctx: CheckContext): Finding[] {
  if (ctx.legacy.isShim(ctx.fileName)) return [];
  const findings: Finding[] = [];
  for (const site of ctx.sites) {
    const file = ctx.resolveSite(site);
    const legacy = file === undefined ? undefined : ctx.legacy.legacyModule(file);
    if (!legacy) continue;
    const finding = takesNames(ctx, site) ? checkNamedSite(ctx, site, legacy) : checkModuleLevelSite(ctx, site, legacy);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** `import { a }`, `import a`, `export { a } from`: sites that name what they take. */
function takesNames(ctx: CheckContext, site: ModuleSite): boolean {
  if (site.kind === 'export') return true;
  if (site.kind !== 'import') return false;
  const bindings = (site.node as import('typescript').ImportDeclaration).importClause?.namedBindings;
  return !bindings || !ctx.ts.isNamespaceImport(bindings);
}
