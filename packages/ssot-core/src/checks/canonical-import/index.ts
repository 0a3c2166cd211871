import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { Finding, ImportSubject, Suggestion, TextEdit } from '../../finding';
import { namesTakenBy, type ModuleSite } from '../../module-sites';
import { unitProblem } from '../../fix-check';
import { formUnits, type FixUnit } from './fix-units';
import { createLoadNeutrality } from './load-neutrality';
import { mockedWith } from './canonical-target';
import { checkModuleLevelSite } from './module-level-site';
import { editsAtSite, editsForPlacements } from './named-edits';
import { legacyNameTest } from './legacy-names';
import { allGroups, analyseNamedSite, describeGroups, listNames, suggestedMove, type NamedMove } from './named-move';
import { placeGroups } from './placement';

/**
 * Every import, re-export, require, dynamic import, import type and mock of a legacy module or legacy name.
 * The fixes of one file are planned together: names moving to one canonical module gather in one declaration,
 * the edits never overlap, and each set of edits that must go together is checked against the whole file
 * (it parses, binds each name once, and runs modules with side effects in the same order) before it is offered.
 */
export function checkCanonicalImport(ctx: CheckContext): Finding[] {
  if (ctx.legacy.isShim(ctx.fileName)) return [];
  const named: NamedMove[] = [];
  const moduleLevel = new Map<ModuleSite, Finding>();
  const subjects = new Map<ModuleSite, ImportSubject>();
  let mayBeLegacy: ((name: string) => boolean) | undefined;
  // A mock in this file moves in the same fix as the imports of its module (mockedWith), when it can move: the
  // mocks are judged first, so that the other sites know.
  const mockFix = (mock: ModuleSite): boolean => moduleLevel.get(mock)?.fix !== undefined;
  const mocksFirst = [...ctx.sites.filter((site) => site.kind === 'mock'), ...ctx.sites.filter((site) => site.kind !== 'mock')];
  for (const site of mocksFirst) {
    // A barrel's re-exports of its own legacy names are its legacy role, held to shim rules by shim-purity.
    if (reexportsOwnLegacyName(ctx, site)) continue;
    const isNamed = takesNames(ctx, site);
    // A declaration that takes no legacy name moves nothing from any module: no need to know which one it reads.
    if (isNamed) {
      mayBeLegacy ??= legacyNameTest(ctx);
      if (!namesTakenBy(ctx.ts, site).some(mayBeLegacy)) continue;
    }
    const file = ctx.resolveSite(site);
    const legacy = file === undefined ? undefined : ctx.legacy.legacyModule(file);
    if (!legacy) continue;
    subjects.set(site, { legacyFile: legacy.file, names: isNamed ? namesTakenBy(ctx.ts, site) : qualifiedName(ctx, site) });
    if (isNamed) {
      const move = analyseNamedSite(ctx, site, legacy, mockFix);
      if (move) named.push(move);
    } else {
      const finding = checkModuleLevelSite(ctx, site, legacy, mockFix);
      if (finding) moduleLevel.set(site, finding);
    }
  }
  if (named.length === 0 && moduleLevel.size === 0) return [];
  const plan = planFixes(ctx, named, moduleLevel);
  const findings: Finding[] = [];
  for (const site of ctx.sites) {
    const move = named.find((candidate) => candidate.site === site);
    const finding = move ? namedFinding(ctx, move, plan) : moduleLevelFinding(moduleLevel.get(site), plan.get(site));
    const subject = subjects.get(site);
    if (finding) findings.push(subject ? { ...finding, subject } : finding);
  }
  return findings;
}

/** What became of a site's fix: the edits of its unit, or why they were refused. */
type Planned = { readonly edits: readonly TextEdit[] } | { readonly problem: string; readonly isolated?: readonly TextEdit[] };

/**
 * The fix of each site: units formed from the file-wide placement, each checked; a unit that fails is planned
 * again site by site (no names gathered across declarations), and a site whose own edits still fail is refused.
 */
function planFixes(ctx: CheckContext, named: readonly NamedMove[], moduleLevel: ReadonlyMap<ModuleSite, Finding>): Map<ModuleSite, Planned> {
  const neutrality = createLoadNeutrality(ctx, ctx.loadModel);
  const movable = named.filter((move) => move.groups.length > 0);
  const pieces = editsForPlacements(ctx, movable, placeGroups(ctx, movable, neutrality));
  for (const [site, finding] of moduleLevel) if (finding.fix) pieces.push({ sites: [site], edits: finding.fix });
  // A site and the mocks of its module in this file share a unit: the import never moves without its mock.
  const joined = pieces.map((piece) => ({ ...piece, sites: [...piece.sites, ...piece.sites.flatMap((site) => mocksOfSite(ctx, site))] }));
  const planned = new Map<ModuleSite, Planned>();
  for (const unit of formUnits(joined)) {
    const problem = unitProblem(ctx, unit.edits, { sameUses: true });
    if (problem === undefined) {
      for (const site of unit.sites) planned.set(site, { edits: unit.edits });
    } else {
      planAlone(ctx, unit, movable, moduleLevel, planned);
    }
  }
  return planned;
}

/** Each site of a failed unit on its own: its own declaration only, checked again. */
function planAlone(
  ctx: CheckContext,
  unit: FixUnit,
  movable: readonly NamedMove[],
  moduleLevel: ReadonlyMap<ModuleSite, Finding>,
  planned: Map<ModuleSite, Planned>,
): void {
  const ownEdits = (site: ModuleSite): readonly TextEdit[] => {
    const move = movable.find((candidate) => candidate.site === site);
    return move ? editsAtSite(ctx, move) : (moduleLevel.get(site)?.fix ?? []);
  };
  for (const site of unit.sites) {
    const edits = [...ownEdits(site), ...mocksOfSite(ctx, site).flatMap(ownEdits)];
    const problem = unitProblem(ctx, edits, { sameUses: true });
    planned.set(site, problem === undefined ? { edits } : { problem, isolated: edits });
  }
}

/** The mocks in this file of the legacy module a site loads (none for a mock itself). */
function mocksOfSite(ctx: CheckContext, site: ModuleSite): ModuleSite[] {
  const file = ctx.resolveSite(site);
  return file === undefined ? [] : mockedWith(ctx, site, file);
}

function namedFinding(ctx: CheckContext, move: NamedMove, plan: ReadonlyMap<ModuleSite, Planned>): Finding {
  const { site } = move;
  const verb = move.declaration.keyword === 'import' ? 'Import' : 'Export';
  const range = { start: site.specifier.getStart(ctx.sourceFile), end: site.specifier.end };
  const data = { targets: describeGroups(allGroups(move)), specifier: site.specifier.text };
  const planned = plan.get(site);
  const [firstRefused] = move.refused;
  if (planned && 'edits' in planned) {
    if (!firstRefused) {
      const renamed = renamedInPlace(move);
      if (renamed) return { check: 'canonical-import', messageId: `legacyName${verb}`, data: { ...renamed, specifier: data.specifier }, ...range, fix: planned.edits };
      return { check: 'canonical-import', messageId: `legacy${verb}`, data, ...range, fix: planned.edits };
    }
    const kept = listNames(move.refused.map(({ binding }) => `'${binding.sourceName}'`));
    return {
      check: 'canonical-import',
      messageId: `legacy${verb}Partly`,
      data: { ...data, kept, reason: firstRefused.reason },
      ...range,
      fix: planned.edits,
    };
  }
  const reason = planned && 'problem' in planned ? planned.problem : (firstRefused?.reason ?? '');
  const suggestion = planned && 'problem' in planned ? planned.isolated : suggestionEdits(ctx, move);
  const suggestions: Suggestion[] = suggestion
    ? [{ messageId: 'useCanonical', data: { canonical: [...new Set(allGroups(move).map((group) => group.target.display))].join("' and '") }, edits: suggestion }]
    : [];
  return { check: 'canonical-import', messageId: `legacy${verb}Unsafe`, data: { ...data, reason }, ...range, suggestions };
}

/**
 * When every name moves to a new name of the very module the site names (a deprecated alias kept beside its
 * replacement: tRPC's `AnyRouter` and `AnyTRPCRouter`), the new and the old names; "not from legacy module X"
 * would name the module the fix keeps.
 */
function renamedInPlace(move: NamedMove): { names: string; legacyNames: string } | undefined {
  const groups = allGroups(move);
  if (!groups.every((group) => group.target.specifier === move.site.specifier.text)) return undefined;
  const bindings = groups.flatMap((group) => group.bindings);
  return {
    names: listNames(bindings.map(({ canonical }) => `'${canonical.name}'`)),
    legacyNames: listNames(bindings.map(({ binding }) => `'${binding.sourceName}'`)),
  };
}

/** The edits a suggestion offers when no name could move: only when each refusal leaves it to a person. */
function suggestionEdits(ctx: CheckContext, move: NamedMove): TextEdit[] | undefined {
  const suggested = suggestedMove(move);
  return suggested ? editsAtSite(ctx, suggested) : undefined;
}

function moduleLevelFinding(finding: Finding | undefined, planned: Planned | undefined): Finding | undefined {
  if (!finding?.fix || !planned) return finding;
  if ('edits' in planned) return { ...finding, fix: planned.edits };
  const { fix, ...rest } = finding;
  return {
    ...rest,
    messageId: `${finding.messageId}Unsafe`,
    data: { ...finding.data, reason: planned.problem },
    suggestions: [{ messageId: 'useCanonical', data: { canonical: finding.data.canonical ?? '' }, edits: fix }],
  };
}

/** `import('m').A.B` takes `A`; any other module-level site takes the module as a whole. */
function qualifiedName(ctx: CheckContext, site: ModuleSite): string[] | undefined {
  const { ts } = ctx;
  if (site.kind !== 'import-type' || !ts.isImportTypeNode(site.node) || !site.node.qualifier) return undefined;
  let qualifier: TS.EntityName = site.node.qualifier;
  while (ts.isQualifiedName(qualifier)) qualifier = qualifier.left;
  return [qualifier.text];
}

function reexportsOwnLegacyName(ctx: CheckContext, site: ModuleSite): boolean {
  if (site.kind !== 'export' || !ctx.legacy.isBarrel(ctx.fileName) || !ctx.ts.isExportDeclaration(site.node)) return false;
  const own = ctx.legacy.legacyModule(ctx.fileName);
  const clause = site.node.exportClause;
  return own !== undefined && clause !== undefined && ctx.ts.isNamedExports(clause) && clause.elements.some((element) => own.names.has(element.name.text));
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
