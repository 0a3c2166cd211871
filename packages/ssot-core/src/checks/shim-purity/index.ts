import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import type { ModuleSite } from '../../module-sites';
import { getExportMap } from '../../export-map';
import { isAllowedInShim } from '../../shim-content';
import { unitProblem } from '../../fix-check';
import { editsAtSite } from '../canonical-import/named-edits';
import { allGroups, analyseNamedSite, describeGroups } from '../canonical-import/named-move';

/**
 * Legacy modules stay pure compatibility shims: re-exports of canonical modules, nothing else (a deprecation
 * comment or warning call aside), and never through another legacy module. Canonical modules never import a
 * legacy module, which would close a cycle through the shim.
 */
export function checkShimPurity(ctx: CheckContext): Finding[] {
  if (ctx.legacy.isShim(ctx.fileName)) return checkShim(ctx);
  if (ctx.legacy.isBarrel(ctx.fileName)) return checkBarrel(ctx);
  if (ctx.legacy.isCanonical(ctx.fileName)) return checkCanonicalModule(ctx);
  return [];
}

function checkShim(ctx: CheckContext): Finding[] {
  const { ts, sourceFile } = ctx;
  const findings: Finding[] = [];
  const sitesByStatement = new Map<TS.Node, ModuleSite>(ctx.sites.map((site) => [site.node, site]));
  for (const statement of sourceFile.statements) {
    const site = sitesByStatement.get(statement);
    if (site) {
      const finding = checkShimSite(ctx, site);
      if (finding) findings.push(finding);
    } else if (!isAllowedInShim(ts, statement, sourceFile)) {
      findings.push(implementationFinding(ctx, statement));
    }
  }
  return findings;
}

/**
 * A barrel keeps its own exports; only the re-exports of the names that are legacy in it answer to shim rules:
 * each comes from its canonical module, not through another legacy module.
 */
function checkBarrel(ctx: CheckContext): Finding[] {
  const legacy = ctx.legacy.legacyModule(ctx.fileName);
  if (!legacy) return [];
  const findings: Finding[] = [];
  for (const site of ctx.sites) {
    if (site.kind !== 'export' || !ctx.ts.isExportDeclaration(site.node)) continue;
    const clause = site.node.exportClause;
    // A legacy name whose home re-exports this barrel (a deprecated alias the package entry passes on) cannot be
    // re-exported from that home: the barrel would import its own importer.
    const answers = (name: string) => {
      const home = legacy.names.get(name)?.module;
      return home !== undefined && !home.files.some((file) => reexportsFile(ctx, file, ctx.fileName));
    };
    if (!clause || !ctx.ts.isNamedExports(clause) || !clause.elements.some((element) => answers(element.name.text))) continue;
    const finding = checkShimSite(ctx, site);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkShimSite(ctx: CheckContext, site: ModuleSite): Finding | undefined {
  const target = ctx.resolveSite(site);
  if (target === undefined || ctx.legacy.isCanonical(target)) return undefined;
  const range = { start: site.specifier.getStart(ctx.sourceFile), end: site.specifier.end };
  const legacy = ctx.legacy.legacyModule(target);
  if (!legacy) {
    return { check: 'shim-purity', messageId: 'notFromCanonical', data: { specifier: site.specifier.text }, ...range };
  }
  // A shim's re-export is fixed on its own: a mock in the shim file would not move with it.
  const move = site.kind === 'export' ? analyseNamedSite(ctx, site, legacy, () => false) : undefined;
  const edits = move?.refused.length === 0 && move.groups.length > 0 ? editsAtSite(ctx, move, true) : undefined;
  const problem = edits && unitProblem(ctx, edits, { sameUses: true });
  const targets = move ? describeGroups(allGroups(move)) : site.kind === 'export-all' ? 'everything' : 'what it imports';
  if (move && edits && problem === undefined) {
    return { check: 'shim-purity', messageId: 'chain', data: { targets, specifier: site.specifier.text }, ...range, fix: edits };
  }
  const reason =
    problem ??
    move?.refused[0]?.reason ??
    (site.kind === 'export-all'
      ? '`export *` of a legacy module has no one canonical module to point at'
      : 'only `export { ... } from` re-exports are rewritten');
  return {
    check: 'shim-purity',
    messageId: 'chainUnsafe',
    data: { targets, specifier: site.specifier.text, reason },
    ...range,
  };
}

/**
 * A canonical module that imports a shim keeps the shim alive. When the shim re-exports this very module (its
 * export map leads a specifier here, or to a legacy module that does), the import closes a cycle: said so.
 */
function checkCanonicalModule(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const site of ctx.sites) {
    const target = ctx.resolveSite(site);
    const legacy = target === undefined || !ctx.legacy.isShim(target) ? undefined : ctx.legacy.legacyModule(target);
    if (!legacy) continue;
    const cycle = reexportsFile(ctx, legacy.file, ctx.fileName);
    findings.push({
      check: 'shim-purity',
      messageId: cycle ? 'canonicalImportsLegacy' : 'canonicalImportsShim',
      data: { specifier: site.specifier.text },
      start: site.specifier.getStart(ctx.sourceFile),
      end: site.specifier.end,
    });
  }
  return findings;
}

function implementationFinding(ctx: CheckContext, statement: TS.Statement): Finding {
  const { ts, sourceFile } = ctx;
  const names = declaredNames(ts, statement);
  const nameNode = (statement as TS.Statement & { name?: TS.Node }).name;
  const start = (nameNode ?? statement).getStart(sourceFile);
  const lineEnd = sourceFile.text.indexOf('\n', start);
  const end = nameNode ? nameNode.end : Math.min(statement.end, lineEnd === -1 ? statement.end : lineEnd);
  if (names.length > 0) {
    return { check: 'shim-purity', messageId: 'implementation', data: { name: names.join("', '") }, start, end };
  }
  const firstLine = sourceFile.text.slice(start, end).trim();
  const code = firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine;
  return { check: 'shim-purity', messageId: 'code', data: { code }, start, end };
}

function declaredNames(ts: typeof TS, statement: TS.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
    );
  }
  const name = (statement as TS.Statement & { name?: TS.Node }).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}

/**
 * Whether `module` re-exports `file`: one of its `export ... from` (or imported-then-exported) specifiers leads
 * there, directly or through other legacy modules (the seeds' manager -> unified-manager -> websocket-manager).
 */
function reexportsFile(ctx: CheckContext, module: string, file: string, seen = new Set<string>()): boolean {
  if (seen.has(module)) return false;
  seen.add(module);
  const map = getExportMap(ctx.ts, module, ctx.program);
  if (!map) return false;
  const specifiers = new Set(map.stars.map((star) => star.specifier));
  for (const source of map.exports.values()) if (source.kind === 'reexport' || source.kind === 'namespace') specifiers.add(source.specifier);
  const mode = ctx.resolver.fileFormat(module);
  return [...specifiers].some((specifier) => {
    const target = ctx.resolver.resolve(specifier, module, mode);
    return target === file || (target !== undefined && ctx.legacy.legacyModule(target) !== undefined && reexportsFile(ctx, target, file, seen));
  });
}
