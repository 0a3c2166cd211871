import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import { importCandidateTest } from '../../import-candidates';
import { moduleKey } from '../../legacy-index';
import { importBindingNames } from '../../binding-uses';
import { isTypeOnlyImport, type ModuleSite } from '../../module-sites';
import { hasDirectiveAbove } from '../../edits/directives';
import type { LoadNeutrality } from './load-neutrality';
import type { MovedGroup, NamedMove } from './named-move';

/** A group of one legacy site that moves, and where its names go. */
export interface GroupPlacement {
  readonly move: NamedMove;
  readonly group: MovedGroup;
  readonly host: Host;
}

/**
 * The declaration the names of one canonical module are gathered in: an existing import (or re-export) of it,
 * a legacy declaration rewritten in place, or a new declaration written after a legacy one.
 */
export type Host =
  | {
      readonly kind: 'existing';
      readonly site: ModuleSite;
      readonly list: TS.NamedImports | TS.NamedExports;
      readonly typeOnly: boolean;
      /** Nothing but the list: the declaration can go once its names moved elsewhere. */
      readonly plain: boolean;
    }
  | { readonly kind: 'in-place'; readonly move: NamedMove; readonly group: MovedGroup }
  | { readonly kind: 'new'; readonly move: NamedMove; readonly group: MovedGroup };

/** An existing import of the canonical module that goes, its names moving to an earlier host. */
export interface ExistingJoin {
  readonly site: ModuleSite;
  readonly list: TS.NamedImports | TS.NamedExports;
  readonly host: Host;
}

export interface Placements {
  readonly groups: readonly GroupPlacement[];
  /** The legacy groups each host takes from other sites, in file order. */
  readonly joined: ReadonlyMap<Host, readonly GroupPlacement[]>;
  /** Existing imports that move into an earlier host (which loads their module already). */
  readonly existingJoins: readonly ExistingJoin[];
}

/**
 * Where each moving group goes, so that a file never gains two imports of one module it could have merged:
 * groups moving to one canonical module gather in one declaration (an existing import of it if there is one,
 * else the first legacy declaration, rewritten in place), unless moving names between two declarations could
 * change which modules run first (`neutral`), or a comment directive (`@ts-ignore`, `eslint-disable-next-line`)
 * stands above a declaration that would otherwise go. `isolated` places every group at its own site.
 */
export function placeGroups(
  ctx: CheckContext,
  moves: readonly NamedMove[],
  neutral: LoadNeutrality,
  isolated = false,
): Placements {
  const placements: GroupPlacement[] = [];
  const joined = new Map<Host, GroupPlacement[]>();
  const clusters = new Map<string, Candidate[]>();
  for (const move of moves) {
    const inPlace = inPlaceGroup(move);
    for (const group of move.groups) {
      const key = `${move.declaration.keyword}\0${moduleKey(group.target.module)}`;
      let cluster = clusters.get(key);
      if (!cluster) {
        cluster = isolated ? [] : existingCandidates(ctx, move, group);
        clusters.set(key, cluster);
      }
      cluster.push({ kind: 'legacy', move, group, inPlace: group === inPlace, pinned: isolated || pinned(ctx, move) });
    }
  }
  const existingJoins: ExistingJoin[] = [];
  for (const cluster of clusters.values()) {
    cluster.sort((a, b) => positionOf(a) - positionOf(b));
    const runners: Runner[] = [];
    for (const segment of segments(cluster, neutral)) {
      placeSegment(ctx, segment, runners, { groups: placements, joined, existingJoins });
    }
  }
  return { groups: placements, joined, existingJoins };
}

/**
 * A host from an earlier segment that loads its module whatever the file's uses: a later declaration whose loads
 * it already made may still join it, since that declaration's own load ran nothing new.
 */
interface Runner {
  readonly host: Host;
  readonly units: readonly string[];
}

type Candidate =
  | { readonly kind: 'existing'; readonly host: Host & { kind: 'existing' } }
  | { readonly kind: 'legacy'; readonly move: NamedMove; readonly group: MovedGroup; readonly inPlace: boolean; readonly pinned: boolean };

function positionOf(candidate: Candidate): number {
  return candidate.kind === 'existing' ? candidate.host.site.node.pos : candidate.move.site.node.pos;
}

/**
 * Consecutive candidates share a segment when moving names between them cannot reorder modules with side
 * effects (nothing between them runs any, or what both load has none) and no code stands between them.
 */
function segments(cluster: readonly Candidate[], neutral: LoadNeutrality): Candidate[][] {
  const result: Candidate[][] = [];
  let current: Candidate[] = [];
  let previous: Candidate | undefined;
  for (const candidate of cluster) {
    const joinable =
      previous !== undefined &&
      // Names may move either way inside a segment, so no code may stand between: in CommonJS output an import
      // runs where it stands, and a use between would see the binding before its new import (a TDZ error).
      !neutral.codeBetween(statementOf(previous), statementOf(candidate)) &&
      (neutral.between(statementOf(previous), statementOf(candidate)) || (movesNothing(previous, neutral) && movesNothing(candidate, neutral)));
    if (!joinable && current.length > 0) {
      result.push(current);
      current = [];
    }
    current.push(candidate);
    previous = candidate;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function statementOf(candidate: Candidate): TS.Node {
  return candidate.kind === 'existing' ? candidate.host.site.node : candidate.move.site.node;
}

/** Taking names from, or giving names to, this declaration changes no effectful load. */
function movesNothing(candidate: Candidate, neutral: LoadNeutrality): boolean {
  if (candidate.kind === 'existing') return neutral.loadsNothing(candidate.host.site.node);
  return candidate.group.bindings.every(({ binding }) => binding.typeOnly) || neutral.loadsNothing(candidate.move.site.node, candidate.group.target.file);
}

function placeSegment(
  ctx: CheckContext,
  segment: readonly Candidate[],
  runners: Runner[],
  out: { groups: GroupPlacement[]; joined: Map<Host, GroupPlacement[]>; existingJoins: ExistingJoin[] },
): void {
  const coveringRunner = (statement: TS.Node, typeOnly: boolean, kind?: Host['kind']) =>
    runners.find(
      ({ host, units }) =>
        (kind === undefined || host.kind === kind) &&
        (typeOnly || !hostIsTypeOnly(host)) &&
        ctx.loadModel.unitsOf(statement as TS.Statement).every((unit) => units.includes(unit)),
    )?.host;
  let valueHost: Host | undefined;
  let typeHost: Host | undefined;
  for (const candidate of segment) {
    if (candidate.kind !== 'existing') continue;
    const { host } = candidate;
    // Only a legacy declaration rewritten in place takes an existing import in: ssot merges no imports it did not touch.
    const runner = host.plain ? coveringRunner(host.site.node, host.typeOnly, 'in-place') : undefined;
    if (runner) {
      out.existingJoins.push({ site: host.site, list: host.list, host: runner });
      continue;
    }
    if (host.typeOnly) typeHost ??= host;
    else valueHost ??= host;
  }
  for (const candidate of segment) {
    if (candidate.kind !== 'legacy') continue;
    const { move, group } = candidate;
    const typeOnlyGroup = group.bindings.every(({ binding }) => binding.typeOnly);
    const carriesDefault = group.bindings.some(
      ({ binding, canonical }) => binding.node === move.declaration.defaultName && canonical.name === 'default',
    );
    // A default import that stays a default import, or a declaration that must stay where it is, hosts itself.
    if (candidate.pinned || carriesDefault) {
      out.groups.push({ move, group, host: ownHostOf(candidate) });
      continue;
    }
    // Type-only names can join a value declaration (as `type X`); value names never join an `import type`.
    const host =
      (typeOnlyGroup ? (typeHost ?? valueHost) : valueHost) ?? coveringRunner(move.site.node, typeOnlyGroup);
    if (host) {
      const placement = { move, group, host };
      out.groups.push(placement);
      const list = out.joined.get(host);
      if (list) list.push(placement);
      else out.joined.set(host, [placement]);
      continue;
    }
    const own = ownHostOf(candidate);
    out.groups.push({ move, group, host: own });
    if (hostIsTypeOnly(own)) typeHost = own;
    else valueHost = own;
  }
  for (const host of [valueHost, typeHost]) {
    const statement = host && hostStatement(host);
    if (host && statement && runsForSure(ctx, statement)) runners.push({ host, units: ctx.loadModel.unitsOf(statement) });
  }
}

/** The statement a host is, before the fix (a new declaration has none yet). */
function hostStatement(host: Host): TS.Statement | undefined {
  if (host.kind === 'existing') return host.site.node as TS.Statement;
  return host.kind === 'in-place' ? (host.move.site.node as TS.Statement) : undefined;
}

/** The statement loads its module whatever TypeScript elides: a re-export, or an import with a name used as a value. */
function runsForSure(ctx: CheckContext, statement: TS.Statement): boolean {
  const { ts } = ctx;
  if (ts.isExportDeclaration(statement)) return !statement.isTypeOnly;
  const names = importBindingNames(ts, statement).filter((binding) => !binding.typeOnly);
  if (names.length === 0) return false;
  if (ctx.resolver.compilerOptions.verbatimModuleSyntax === true) return true;
  const uses = ctx.importUses(names.map(({ name }) => name));
  return names.some(({ name }) => uses(name) === 'value');
}

/** Whether a host declaration will be written `import type` / `export type`. */
export function hostIsTypeOnly(host: Host): boolean {
  if (host.kind === 'existing') return host.typeOnly;
  if (host.kind === 'in-place') return host.move.declaration.typeOnly;
  return host.move.declaration.typeOnly || host.group.bindings.every(({ binding }) => binding.typeOnly);
}

function ownHostOf(candidate: { move: NamedMove; group: MovedGroup; inPlace: boolean }): Host {
  return { kind: candidate.inPlace ? 'in-place' : 'new', move: candidate.move, group: candidate.group };
}

/**
 * The group that takes over the legacy declaration itself (its specifier rewritten), when nothing else stays on
 * the legacy module: not a default import whose new home is a named export, preferably not a group of inline
 * `type` names only (which reads better as an `import type` of its own).
 */
function inPlaceGroup(move: NamedMove): MovedGroup | undefined {
  if (move.kept.length > 0 || move.refused.length > 0) return undefined;
  const canStay = (group: MovedGroup) =>
    !group.bindings.some(({ binding, canonical }) => binding.node === move.declaration.defaultName && canonical.name !== 'default');
  const onlyInlineTypes = (group: MovedGroup) => group.bindings.every(({ binding }) => binding.typeOnly) && !move.declaration.typeOnly;
  return move.groups.find((group) => canStay(group) && !onlyInlineTypes(group)) ?? move.groups.find(canStay);
}

/** A declaration under a comment directive stays where it is: removing it would hand the directive to the next line. */
function pinned(ctx: CheckContext, move: NamedMove): boolean {
  return hasDirectiveAbove(ctx.ts, ctx.sourceFile, move.site.node);
}

/** The file's imports (or re-exports) of `group`'s canonical module that names can join. */
function existingCandidates(ctx: CheckContext, move: NamedMove, group: MovedGroup): Candidate[] {
  const { ts } = ctx;
  const files = group.target.module.files;
  const mayImport = importCandidateTest(ctx, files);
  const candidates: Candidate[] = [];
  for (const site of ctx.sites) {
    if (site.kind !== move.site.kind || site === move.site) continue;
    const list = namedList(ts, site);
    if (!list || hasDirectiveAbove(ctx.ts, ctx.sourceFile, site.node) || !mayImport(site)) continue;
    const file = ctx.resolveSite(site);
    if (file === undefined || !files.includes(file) || ctx.legacy.legacyModule(file)) continue;
    const plain = !ts.isImportDeclaration(site.node) || site.node.importClause?.name === undefined;
    candidates.push({ kind: 'existing', host: { kind: 'existing', site, list: list.list, typeOnly: list.typeOnly, plain } });
  }
  return candidates;
}

function namedList(ts: typeof TS, site: ModuleSite): { list: TS.NamedImports | TS.NamedExports; typeOnly: boolean } | undefined {
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
