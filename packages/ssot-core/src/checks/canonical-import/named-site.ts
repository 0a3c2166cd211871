import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import {
  appendListElements,
  removeListElements,
  removeStatement,
  renderDeclaration,
  renderSpecifier,
  replaceNode,
  replaceSpecifier,
} from '../../edits/import-edits';
import { textStyleOf, type TextStyle } from '../../edits/text-style';
import type { Finding, TextEdit } from '../../finding';
import { moduleKey, type CanonicalTarget, type LegacyModule } from '../../legacy-index';
import { isTypeOnlyImport, type ModuleSite } from '../../module-sites';
import { NO_SPECIFIER_REASON, proveMove, writeModuleFor, type WrittenModule } from './canonical-target';
import { findMergeTarget, type MergeTarget } from './merge-target';

/** One name an import or export declaration takes from its module. */
interface Binding {
  /** The export name in the module (`default` for a default import). */
  readonly sourceName: string;
  /** The local name (imports) or exported name (re-exports). */
  readonly boundName: string;
  readonly typeOnly: boolean;
  readonly node: TS.ImportSpecifier | TS.ExportSpecifier | TS.Identifier;
}

interface MovedGroup {
  readonly target: WrittenModule;
  readonly bindings: { readonly binding: Binding; readonly canonical: CanonicalTarget }[];
}

interface NamedDeclaration {
  readonly keyword: 'import' | 'export';
  readonly typeOnly: boolean;
  readonly defaultName: TS.Identifier | undefined;
  readonly list: TS.NamedImports | TS.NamedExports | undefined;
  readonly bindings: readonly Binding[];
}

/** How a named import or re-export moves to its canonical modules: the edits, and why they are unsafe if so. */
export interface NamedSiteMove {
  readonly verb: 'Import' | 'Export';
  /** `'A' from './a' and 'B' (legacy name 'Old') from './b'`. */
  readonly targets: string;
  /** The canonical modules, as shown in a suggestion. */
  readonly canonicals: string;
  /** Undefined when no specifier from this file resolves to a canonical module. */
  readonly edits: TextEdit[] | undefined;
  /** Undefined when the edits are proven safe. */
  readonly reason: string | undefined;
}

/**
 * `import { a, b as c } from 'legacy'` and `export { a } from 'legacy'`: each legacy name moves to its canonical
 * module and name, keeping its local (or exported) name; names with one home share a declaration, names that
 * are not legacy stay where they are, and an existing import of the canonical module is reused.
 * Undefined when the declaration takes no legacy name.
 */
export function planNamedSiteMove(ctx: CheckContext, site: ModuleSite, legacy: LegacyModule): NamedSiteMove | undefined {
  const declaration = describeDeclaration(ctx.ts, site);
  const groups = new Map<string, MovedGroup>();
  const kept: Binding[] = [];
  for (const binding of declaration.bindings) {
    const canonical = ctx.legacy.targetOf(legacy, binding.sourceName);
    if (!canonical) {
      kept.push(binding);
      continue;
    }
    const key = moduleKey(canonical.module);
    let group = groups.get(key);
    if (!group) {
      group = { target: writeModuleFor(ctx, site, canonical.module), bindings: [] };
      groups.set(key, group);
    }
    group.bindings.push({ binding, canonical });
  }
  if (groups.size === 0) return undefined;
  const verb = declaration.keyword === 'import' ? 'Import' : 'Export';
  const targets = [...groups.values()].map(describeGroup).join(' and ');
  const canonicals = groupsDisplay(groups);
  const reason = unsafeReason(ctx, site, legacy, [...groups.values()]);
  if (reason === 'no-specifier') {
    const missing = [...groups.values()].find((group) => group.target.specifier === undefined);
    return { verb, targets, canonicals, edits: undefined, reason: missing ? NO_SPECIFIER_REASON(missing.target) : '' };
  }
  return { verb, targets, canonicals, edits: planEdits(ctx, site, declaration, [...groups.values()], kept), reason };
}

export function checkNamedSite(ctx: CheckContext, site: ModuleSite, legacy: LegacyModule): Finding | undefined {
  const move = planNamedSiteMove(ctx, site, legacy);
  if (!move) return undefined;
  const data = { targets: move.targets, specifier: site.specifier.text };
  const range = { start: site.specifier.getStart(ctx.sourceFile), end: site.specifier.end };
  if (move.reason === undefined && move.edits) {
    return { check: 'canonical-import', messageId: `legacy${move.verb}`, data, ...range, fix: move.edits };
  }
  return {
    check: 'canonical-import',
    messageId: `legacy${move.verb}Unsafe`,
    data: { ...data, reason: move.reason ?? '' },
    ...range,
    suggestions: move.edits && [{ messageId: 'useCanonical', data: { canonical: move.canonicals }, edits: move.edits }],
  };
}

function describeDeclaration(ts: typeof TS, site: ModuleSite): NamedDeclaration {
  if (site.kind === 'import') {
    const clause = (site.node as TS.ImportDeclaration).importClause as TS.ImportClause;
    const list = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : undefined;
    const bindings: Binding[] = [];
    if (clause.name) {
      bindings.push({ sourceName: 'default', boundName: clause.name.text, typeOnly: false, node: clause.name });
    }
    for (const element of list?.elements ?? []) {
      bindings.push({
        sourceName: (element.propertyName ?? element.name).text,
        boundName: element.name.text,
        typeOnly: element.isTypeOnly,
        node: element,
      });
    }
    return { keyword: 'import', typeOnly: isTypeOnlyImport(ts, clause), defaultName: clause.name, list, bindings };
  }
  const declaration = site.node as TS.ExportDeclaration;
  const list = declaration.exportClause as TS.NamedExports;
  const bindings = list.elements.map((element) => ({
    sourceName: (element.propertyName ?? element.name).text,
    boundName: element.name.text,
    typeOnly: element.isTypeOnly,
    node: element,
  }));
  return { keyword: 'export', typeOnly: declaration.isTypeOnly, defaultName: undefined, list, bindings };
}

/** Why the move cannot be applied automatically: 'no-specifier', a proof's reason, or undefined when safe. */
function unsafeReason(
  ctx: CheckContext,
  site: ModuleSite,
  legacy: LegacyModule,
  groups: readonly MovedGroup[],
): string | undefined {
  for (const group of groups) {
    if (group.target.specifier === undefined) return 'no-specifier';
    for (const { binding, canonical } of group.bindings) {
      const proof = proveMove(ctx, site, legacy.file, binding.sourceName, group.target, canonical.name);
      if (!proof.safe) return proof.reason;
    }
  }
  return undefined;
}

function planEdits(
  ctx: CheckContext,
  site: ModuleSite,
  declaration: NamedDeclaration,
  groups: readonly MovedGroup[],
  kept: readonly Binding[],
): TextEdit[] {
  const { sourceFile } = ctx;
  const style = textStyleOf(sourceFile, site.node, site.specifier);
  const merges = new Map(groups.map((group) => [group, findMergeTarget(ctx, site, declaration.typeOnly, group.target.module)]));
  const [onlyGroup] = groups;
  const onlyMerge = onlyGroup && merges.get(onlyGroup);
  if (kept.length === 0 && groups.length === 1 && onlyGroup && onlyMerge) {
    return [mergeInto(onlyMerge, onlyGroup, declaration, sourceFile, style), removeStatement(sourceFile, site.node)];
  }
  // When nothing stays, a group that has no import to join keeps the declaration (and its comments); a group of
  // inline-`type` names only is left to become an `import type` of its own.
  const canStay = (group: MovedGroup) => !merges.get(group) && !movesDefaultToNamed(declaration, group);
  const onlyInlineTypes = (group: MovedGroup) => group.bindings.every(({ binding }) => binding.typeOnly);
  const inPlace =
    kept.length === 0
      ? (groups.find((group) => canStay(group) && !onlyInlineTypes(group)) ?? groups.find(canStay))
      : undefined;
  const edits: TextEdit[] = [];
  const newDeclarations: string[] = [];
  for (const group of groups) {
    if (group === inPlace) continue;
    const merge = merges.get(group);
    if (merge) edits.push(mergeInto(merge, group, declaration, sourceFile, style));
    else newDeclarations.push(renderGroup(declaration, group, style));
  }
  if (inPlace) {
    edits.push(...rewriteInPlace(ctx, site, declaration, inPlace));
    edits.push(...removeMovedBindings(declaration, groups.filter((group) => group !== inPlace), sourceFile));
  } else if (kept.length === 0) {
    edits.push(
      newDeclarations.length > 0
        ? replaceNode(sourceFile, site.node, newDeclarations.join(style.newline))
        : removeStatement(sourceFile, site.node),
    );
    return edits;
  } else {
    edits.push(...removeMovedBindings(declaration, groups, sourceFile));
  }
  if (newDeclarations.length > 0) {
    edits.push({ start: site.node.end, end: site.node.end, text: style.newline + newDeclarations.join(style.newline) });
  }
  return edits;
}

/** `import M, { x } from 'legacy'` where M's new home is a named export cannot be rewritten in place. */
function movesDefaultToNamed(declaration: NamedDeclaration, group: MovedGroup): boolean {
  return group.bindings.some(
    ({ binding, canonical }) => binding.node === declaration.defaultName && canonical.name !== 'default',
  );
}

/** Rewrite the specifier and rename the group's legacy names in place. */
function rewriteInPlace(
  ctx: CheckContext,
  site: ModuleSite,
  declaration: NamedDeclaration,
  group: MovedGroup,
): TextEdit[] {
  const { sourceFile } = ctx;
  const edits: TextEdit[] = [replaceSpecifier(sourceFile, site.specifier, group.target.specifier as string)];
  for (const { binding, canonical } of group.bindings) {
    if (binding.node === declaration.defaultName || canonical.name === binding.sourceName) continue;
    edits.push(replaceNode(sourceFile, binding.node, renderSpecifier(canonical.name, binding.boundName, binding.typeOnly)));
  }
  return edits;
}

function renderGroup(declaration: NamedDeclaration, group: MovedGroup, style: TextStyle): string {
  const typeOnly = declaration.typeOnly || group.bindings.every(({ binding }) => binding.typeOnly);
  const specifiers = group.bindings.map(({ binding, canonical }) =>
    renderSpecifier(canonical.name, binding.boundName, binding.typeOnly && !typeOnly),
  );
  return renderDeclaration(declaration.keyword, typeOnly, specifiers, group.target.specifier as string, style);
}

function mergeInto(
  merge: MergeTarget,
  group: MovedGroup,
  declaration: NamedDeclaration,
  sourceFile: TS.SourceFile,
  style: TextStyle,
): TextEdit {
  const present = new Set(merge.list.elements.map((element) => element.name.text));
  const texts = group.bindings
    .filter(({ binding }) => !present.has(binding.boundName))
    .map(({ binding, canonical }) =>
      renderSpecifier(
        canonical.name,
        binding.boundName,
        merge.typeOnly ? false : binding.typeOnly || declaration.typeOnly,
      ),
    );
  if (texts.length === 0) return { start: merge.list.end, end: merge.list.end, text: '' };
  return appendListElements(merge.list, texts, sourceFile, style);
}

function removeMovedBindings(
  declaration: NamedDeclaration,
  groups: readonly MovedGroup[],
  sourceFile: TS.SourceFile,
): TextEdit[] {
  const moved = new Set<TS.Node>(groups.flatMap((group) => group.bindings.map(({ binding }) => binding.node)));
  const edits: TextEdit[] = [];
  const list = declaration.list;
  const listEmptied = list?.elements.every((element) => moved.has(element)) ?? false;
  const defaultName = declaration.defaultName;
  if (defaultName && moved.has(defaultName) && list) {
    // `M, { a }` minus M  ->  `{ a }`
    edits.push({ start: defaultName.getStart(sourceFile), end: list.getStart(sourceFile), text: '' });
  }
  if (list && listEmptied && defaultName && !moved.has(defaultName)) {
    // `M, { a }` minus a  ->  `M`
    edits.push({ start: defaultName.end, end: list.end, text: '' });
  } else if (list) {
    edits.push(...removeListElements(list.elements, moved, sourceFile));
  }
  return edits;
}

function describeGroup(group: MovedGroup): string {
  const names = group.bindings.map(({ binding, canonical }) =>
    canonical.name === binding.sourceName ? `'${canonical.name}'` : `'${canonical.name}' (legacy name '${binding.sourceName}')`,
  );
  return `${names.join(', ')} from '${group.target.display}'`;
}

function groupsDisplay(groups: ReadonlyMap<string, MovedGroup>): string {
  return [...groups.values()].map((group) => group.target.display).join("' and '");
}
