import type * as TS from 'typescript';
import type { UseOf } from '../../binding-uses';
import type { CheckContext } from '../../check-context';
import { moduleKey, type CanonicalTarget, type LegacyModule } from '../../legacy-index';
import { isTypeOnlyImport, type ModuleSite } from '../../module-sites';
import { legacyModuleReason, NO_SPECIFIER_REASON, proveMove, writeModuleFor, type WrittenModule } from './canonical-target';

/** One name an import or export declaration takes from its module. */
export interface Binding {
  /** The export name in the module (`default` for a default import). */
  readonly sourceName: string;
  /** The local name (imports) or exported name (re-exports). */
  readonly boundName: string;
  /** `type` on the element, or on the whole declaration. */
  readonly typeOnly: boolean;
  readonly node: TS.ImportSpecifier | TS.ExportSpecifier | TS.Identifier;
}

export interface MovedBinding {
  readonly binding: Binding;
  readonly canonical: CanonicalTarget;
}

/** The names of one declaration that move to one canonical module. */
export interface MovedGroup {
  readonly target: WrittenModule;
  readonly bindings: readonly MovedBinding[];
}

/** A legacy name that cannot move, and why. */
export interface RefusedBinding {
  readonly binding: Binding;
  readonly canonical: CanonicalTarget;
  readonly target: WrittenModule;
  readonly reason: string;
  /** Whether the edits may still be offered as a suggestion (false when they would bind another declaration). */
  readonly suggest: boolean;
}

export interface NamedDeclaration {
  readonly keyword: 'import' | 'export';
  readonly typeOnly: boolean;
  readonly defaultName: TS.Identifier | undefined;
  readonly list: TS.NamedImports | TS.NamedExports | undefined;
  readonly bindings: readonly Binding[];
}

/**
 * What a named import or re-export of a legacy module moves: the legacy names proven to be their canonical
 * declarations (grouped by canonical module), the legacy names that cannot move, and the names that are not
 * legacy (they stay where they are).
 */
export interface NamedMove {
  readonly site: ModuleSite;
  readonly legacy: LegacyModule;
  readonly declaration: NamedDeclaration;
  readonly groups: readonly MovedGroup[];
  readonly refused: readonly RefusedBinding[];
  readonly kept: readonly Binding[];
}

/** Undefined when the declaration takes no legacy name. */
export function analyseNamedSite(ctx: CheckContext, site: ModuleSite, legacy: LegacyModule, mockFix: (mock: ModuleSite) => boolean): NamedMove | undefined {
  const declaration = describeDeclaration(ctx.ts, site);
  const groups = new Map<string, { target: WrittenModule; bindings: MovedBinding[] }>();
  const refused: RefusedBinding[] = [];
  const kept: Binding[] = [];
  const moduleReason = legacyModuleReason(ctx, site, legacy, mockFix);
  // How the file uses the names the declaration binds, read in one walk when the first is asked.
  let uses: UseOf | undefined;
  const usesOf = () => (uses ??= ctx.importUses(declaration.bindings.map((binding) => binding.boundName)));
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
    if (moduleReason) {
      refused.push({ binding, canonical, target: group.target, reason: moduleReason, suggest: true });
      continue;
    }
    if (group.target.specifier === undefined) {
      refused.push({ binding, canonical, target: group.target, reason: NO_SPECIFIER_REASON(group.target), suggest: false });
      continue;
    }
    const use = useOf(ctx, site, binding, usesOf);
    const proof = proveMove(ctx, site, legacy.file, binding.sourceName, group.target, canonical.name, use);
    if (proof.safe) group.bindings.push({ binding, canonical });
    else refused.push({ binding, canonical, target: group.target, reason: proof.reason, suggest: proof.suggest });
  }
  if (groups.size === 0) return undefined;
  const moving = [...groups.values()].filter((group) => group.bindings.length > 0);
  return { site, legacy, declaration, groups: moving, refused, kept };
}

/**
 * The move as a suggestion would make it: the refused names that a person may still judge (ssot could not
 * prove them either way) move too; undefined when some refused name would bind another declaration, or none may.
 */
export function suggestedMove(move: NamedMove): NamedMove | undefined {
  if (move.refused.length === 0 || move.refused.some((refused) => !refused.suggest || refused.target.specifier === undefined)) {
    return undefined;
  }
  const groups = new Map<string, { target: WrittenModule; bindings: MovedBinding[] }>();
  for (const group of move.groups) groups.set(moduleKey(group.target.module), { target: group.target, bindings: [...group.bindings] });
  for (const { binding, canonical, target } of move.refused) {
    const key = moduleKey(target.module);
    let group = groups.get(key);
    if (!group) {
      group = { target, bindings: [] };
      groups.set(key, group);
    }
    group.bindings.push({ binding, canonical });
  }
  const order = new Map(move.declaration.bindings.map((binding, i) => [binding, i]));
  const sorted = [...groups.values()].map((group) => ({
    ...group,
    bindings: [...group.bindings].sort((a, b) => (order.get(a.binding) ?? 0) - (order.get(b.binding) ?? 0)),
  }));
  return { ...move, groups: sorted, refused: [] };
}

/** Every legacy name of the move, moving or refused, grouped by canonical module, for messages. */
export function allGroups(move: NamedMove): { target: WrittenModule; bindings: MovedBinding[] }[] {
  const groups = new Map<string, { target: WrittenModule; bindings: MovedBinding[] }>();
  const add = (target: WrittenModule, moved: MovedBinding) => {
    const key = moduleKey(target.module);
    let group = groups.get(key);
    if (!group) {
      group = { target, bindings: [] };
      groups.set(key, group);
    }
    group.bindings.push(moved);
  };
  for (const binding of move.declaration.bindings) {
    const moving = move.groups.find((group) => group.bindings.some((moved) => moved.binding === binding));
    const found = moving?.bindings.find((moved) => moved.binding === binding);
    if (moving && found) add(moving.target, found);
    const refused = move.refused.find((candidate) => candidate.binding === binding);
    if (refused) add(refused.target, { binding, canonical: refused.canonical });
  }
  return [...groups.values()];
}

/**
 * What the moved binding is used for: an import marked `type`, or (unless `verbatimModuleSyntax`, which keeps
 * every value import) one whose name is only ever used in types, needs no value export at its new home.
 */
function useOf(
  ctx: CheckContext,
  site: ModuleSite,
  binding: Binding,
  uses: () => UseOf,
): 'type' | 'value' {
  if (binding.typeOnly) return 'type';
  if (site.kind !== 'import' || ctx.resolver.compilerOptions.verbatimModuleSyntax === true) return 'value';
  return uses()(binding.boundName) === 'type' ? 'type' : 'value';
}

export function describeDeclaration(ts: typeof TS, site: ModuleSite): NamedDeclaration {
  if (site.kind === 'import') {
    const clause = (site.node as TS.ImportDeclaration).importClause as TS.ImportClause;
    const typeOnly = isTypeOnlyImport(ts, clause);
    const list = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : undefined;
    const bindings: Binding[] = [];
    if (clause.name) bindings.push({ sourceName: 'default', boundName: clause.name.text, typeOnly, node: clause.name });
    for (const element of list?.elements ?? []) {
      bindings.push({
        sourceName: (element.propertyName ?? element.name).text,
        boundName: element.name.text,
        typeOnly: typeOnly || element.isTypeOnly,
        node: element,
      });
    }
    return { keyword: 'import', typeOnly, defaultName: clause.name, list, bindings };
  }
  const declaration = site.node as TS.ExportDeclaration;
  const list = declaration.exportClause as TS.NamedExports;
  const bindings = list.elements.map((element) => ({
    sourceName: (element.propertyName ?? element.name).text,
    boundName: element.name.text,
    typeOnly: declaration.isTypeOnly || element.isTypeOnly,
    node: element,
  }));
  return { keyword: 'export', typeOnly: declaration.isTypeOnly, defaultName: undefined, list, bindings };
}

/** `'A' from './a' and 'B' (legacy name 'Old') from './b'`, each name once, at most MAX_NAMES per module. */
export function describeGroups(groups: readonly { target: WrittenModule; bindings: readonly MovedBinding[] }[]): string {
  return groups
    .map((group) => {
      const names = group.bindings.map(({ binding, canonical }) =>
        canonical.name === binding.sourceName ? `'${canonical.name}'` : `'${canonical.name}' (legacy name '${binding.sourceName}')`,
      );
      return `${listNames(names)} from '${group.target.display}'`;
    })
    .join(' and ');
}

const MAX_NAMES = 5;

/** `'a', 'b' and 3 more`: distinct names, capped so that a message stays readable. */
export function listNames(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  if (distinct.length <= MAX_NAMES) return distinct.join(', ');
  return `${distinct.slice(0, MAX_NAMES).join(', ')} and ${distinct.length - MAX_NAMES} more`;
}
