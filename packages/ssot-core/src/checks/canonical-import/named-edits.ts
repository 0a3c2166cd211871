import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import {
  appendListElements,
  commentsBeside,
  layoutOf,
  removeStatement,
  renderDeclaration,
  renderList,
  renderSpecifier,
  replaceNode,
  replaceSpecifier,
  type ListElement,
} from '../../edits/import-edits';
import { textStyleOf, type TextStyle } from '../../edits/text-style';
import type { TextEdit } from '../../finding';
import { isTypeOnlyImport } from '../../module-sites';
import type { SiteEdits } from './fix-units';
import type { Binding, MovedGroup, NamedMove } from './named-move';
import { createLoadNeutrality } from './load-neutrality';
import { hostIsTypeOnly, placeGroups, type GroupPlacement, type Host, type Placements } from './placement';

/**
 * The edits that carry out `placements`: each legacy declaration is rewritten in place, trimmed to what stays,
 * replaced by the new declarations it hosts, or removed; each existing import that hosts names gains them.
 */
export function editsForPlacements(ctx: CheckContext, moves: readonly NamedMove[], placements: Placements): SiteEdits[] {
  const result: SiteEdits[] = [];
  const hostOf = new Map<MovedGroup, Host>(placements.groups.map((placement) => [placement.group, placement.host]));
  for (const move of moves) {
    const joinedHere = (host: Host | undefined) => (host ? (placements.joined.get(host) ?? []) : []);
    const ownHosts = move.groups.map((group) => hostOf.get(group)).filter((host): host is Host => host !== undefined && host.kind !== 'existing' && host.move === move);
    const joinedSites = ownHosts.flatMap((host) => joinedHere(host).map((placement) => placement.move.site));
    const existingHere = (host: Host | undefined, typeOnly: boolean) => (host ? existingElements(ctx, placements, host, typeOnly) : []);
    result.push({ sites: [move.site, ...joinedSites], edits: statementEdits(ctx, move, hostOf, joinedHere, existingHere) });
  }
  for (const [host, joined] of placements.joined) {
    if (host.kind !== 'existing') continue;
    result.push({ sites: joined.map((placement) => placement.move.site), edits: [appendToExisting(ctx, host, joined)] });
  }
  for (const join of placements.existingJoins) {
    if (join.host.kind === 'existing') continue;
    result.push({ sites: [join.host.move.site], edits: [removeStatement(ctx.sourceFile, join.site.node)] });
  }
  return result;
}

/** The elements of an existing import that moves into `host`, as written (with `type` when the host needs it). */
function existingElements(ctx: CheckContext, placements: Placements, host: Host, hostTypeOnly: boolean): ListElement[] {
  return placements.existingJoins
    .filter((join) => join.host === host)
    .flatMap((join) => {
      const node = join.site.node;
      const declarationTypeOnly = ctx.ts.isImportDeclaration(node)
        ? node.importClause !== undefined && isTypeOnlyImport(ctx.ts, node.importClause)
        : (node as TS.ExportDeclaration).isTypeOnly;
      return join.list.elements.map((element, index) => {
        const text = element.getText(ctx.sourceFile);
        const typed = declarationTypeOnly && !hostTypeOnly && !element.isTypeOnly ? `type ${text}` : text;
        return { ...commentsBeside(join.list, index, ctx.sourceFile), text: typed };
      });
    });
}

/**
 * The edits that move one declaration's names on their own: into its own declaration or new ones after it, or
 * (`joinExisting`) into the file's existing imports of their canonical modules.
 */
export function editsAtSite(ctx: CheckContext, move: NamedMove, joinExisting = false): TextEdit[] {
  const placements = placeGroups(ctx, [move], createLoadNeutrality(ctx, ctx.loadModel), !joinExisting);
  return editsForPlacements(ctx, [move], placements).flatMap((piece) => piece.edits);
}

/** The edits of one legacy declaration's own statement. */
function statementEdits(
  ctx: CheckContext,
  move: NamedMove,
  hostOf: ReadonlyMap<MovedGroup, Host>,
  joinedHere: (host: Host | undefined) => readonly GroupPlacement[],
  existingHere: (host: Host | undefined, typeOnly: boolean) => readonly ListElement[],
): TextEdit[] {
  const { sourceFile } = ctx;
  const { site, declaration } = move;
  const style = textStyleOf(sourceFile, site.node, site.specifier);
  const inPlace = move.groups.find((group) => {
    const host = hostOf.get(group);
    return host?.kind === 'in-place' && host.move === move;
  });
  const inPlaceHost = inPlace && hostOf.get(inPlace);
  const newHosts = move.groups.flatMap((group) => {
    const host = hostOf.get(group);
    return host?.kind === 'new' && host.move === move ? [host] : [];
  });
  const rendered = newHosts.map((host) => renderNewHost(ctx, move, host, joinedHere(host), existingHere(host, hostIsTypeOnly(host)), style));
  const staying = new Set<Binding>([...move.kept, ...move.refused.map((refused) => refused.binding), ...(inPlace?.bindings.map(({ binding }) => binding) ?? [])]);
  if (staying.size === 0) {
    return [rendered.length > 0 ? replaceNode(sourceFile, site.node, rendered.join(style.newline)) : removeStatement(sourceFile, site.node)];
  }
  const edits: TextEdit[] = [];
  if (inPlace && inPlaceHost) {
    edits.push(replaceSpecifier(sourceFile, site.specifier, inPlace.target.specifier as string));
  }
  const renamed = new Map(inPlace?.bindings.map(({ binding, canonical }) => [binding, canonical.name]) ?? []);
  const defaultName = declaration.defaultName;
  const list = declaration.list;
  const inPlaceTypeOnly = inPlaceHost ? hostIsTypeOnly(inPlaceHost) : false;
  const joined = [
    ...joinedHere(inPlaceHost).flatMap((placement) => joinedElements(ctx, placement, inPlaceTypeOnly)),
    ...existingHere(inPlaceHost, inPlaceTypeOnly),
  ];
  const defaultLeaves = defaultName !== undefined && !bindingStays(declaration.bindings, defaultName, staying);
  if (list) {
    const listChanges = joined.length > 0 || list.elements.some((element) => !elementStays(declaration.bindings, element, staying));
    if (listChanges) {
      const elements = list.elements.flatMap((element, index) => {
        const binding = declaration.bindings.find((candidate) => candidate.node === element);
        if (!binding || !staying.has(binding)) return [];
        return [{ ...commentsBeside(list, index, sourceFile), text: elementText(binding, renamed.get(binding)) }];
      });
      const all = [...elements, ...joined];
      if (all.length === 0 && defaultName && !defaultLeaves) {
        // `D, { a }` minus a  ->  `D`
        edits.push({ start: defaultName.end, end: list.end, text: '' });
      } else {
        edits.push(replaceNode(sourceFile, list, renderList(all, layoutOf(list, sourceFile), style.newline)));
      }
    } else {
      for (const [binding, name] of renamed) {
        if (binding.node !== defaultName && name !== binding.sourceName) {
          edits.push(replaceNode(sourceFile, binding.node, renderSpecifier(name, binding.boundName, binding.typeOnly && !declaration.typeOnly)));
        }
      }
    }
  }
  if (defaultLeaves && list) {
    // `D, { a }` minus D  ->  `{ a }` (a default import that leaves alone leaves nothing: the statement went above)
    edits.push({ start: defaultName.getStart(sourceFile), end: list.getStart(sourceFile), text: '' });
  }
  if (rendered.length > 0) edits.push({ start: site.node.end, end: site.node.end, text: style.newline + rendered.join(style.newline) });
  return edits;
}

function bindingStays(bindings: readonly Binding[], node: TS.Node, staying: ReadonlySet<Binding>): boolean {
  const binding = bindings.find((candidate) => candidate.node === node);
  return binding !== undefined && staying.has(binding);
}

function elementStays(bindings: readonly Binding[], element: TS.Node, staying: ReadonlySet<Binding>): boolean {
  return bindingStays(bindings, element, staying);
}

/** An element as it stays in its own list: renamed to its canonical name when it moved in place. */
function elementText(binding: Binding, canonicalName: string | undefined): string {
  return renderSpecifier(canonicalName ?? binding.sourceName, binding.boundName, isInlineType(binding));
}

function isInlineType(binding: Binding): boolean {
  const node = binding.node as TS.Node & { isTypeOnly?: boolean };
  return node.isTypeOnly === true;
}

/** The elements a group brings to a host: canonical names, local names kept, `type` where the host needs it. */
function joinedElements(ctx: CheckContext, placement: GroupPlacement, hostTypeOnly: boolean): ListElement[] {
  const { move, group } = placement;
  const list = move.declaration.list;
  return group.bindings.map(({ binding, canonical }) => {
    const index = list ? list.elements.findIndex((element) => element === binding.node) : -1;
    const comments = list && index >= 0 ? commentsBeside(list, index, ctx.sourceFile) : {};
    return { ...comments, text: renderSpecifier(canonical.name, binding.boundName, binding.typeOnly && !hostTypeOnly) };
  });
}

/** A new declaration of the canonical module, written after (or instead of) the legacy declaration it comes from. */
function renderNewHost(
  ctx: CheckContext,
  move: NamedMove,
  host: Host & { kind: 'new' },
  joined: readonly GroupPlacement[],
  existing: readonly ListElement[],
  style: TextStyle,
): string {
  const typeOnly = hostIsTypeOnly(host);
  const own: GroupPlacement = { move, group: host.group, host };
  const elements = [...[own, ...joined].flatMap((placement) => joinedElements(ctx, placement, typeOnly)), ...existing];
  const list = move.declaration.list;
  const layout = list ? layoutOf(list, ctx.sourceFile) : undefined;
  return renderDeclaration(move.declaration.keyword, typeOnly, elements, host.group.target.specifier as string, style, layout);
}

/** An existing import of the canonical module takes the joined names it does not already bind. */
function appendToExisting(ctx: CheckContext, host: Host & { kind: 'existing' }, joined: readonly GroupPlacement[]): TextEdit {
  const present = new Set(host.list.elements.map((element) => element.name.text));
  const style = textStyleOf(ctx.sourceFile, host.site.node, host.site.specifier);
  const texts = joined
    .flatMap((placement) => joinedElements(ctx, placement, host.typeOnly).filter((_, i) => !present.has(placement.group.bindings[i]?.binding.boundName ?? '')))
    .map(inlineText);
  if (texts.length === 0) return { start: host.list.end, end: host.list.end, text: '' };
  return appendListElements(host.list, texts, ctx.sourceFile, style);
}

/** An element with its comments on one line: a line comment becomes a block comment, so it hides nothing. */
function inlineText(element: ListElement): string {
  const asBlock = (comment: string | undefined) => comment?.replace(/\/\/(.*)$/gm, (_, body: string) => `/*${body} */`);
  return [asBlock(element.before), element.text, asBlock(element.after)].filter(Boolean).join(' ');
}
