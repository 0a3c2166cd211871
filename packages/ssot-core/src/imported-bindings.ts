import type * as TS from 'typescript';
import type { CheckContext } from './check-context';
import { isTypeOnlyImport, type ModuleSite } from './module-sites';

/** What a local name was imported as: one export of a module, or the module's namespace object. */
export type ImportedBinding =
  | { readonly kind: 'export'; readonly file: string; readonly name: string; readonly typeOnly?: boolean }
  | { readonly kind: 'namespace'; readonly file: string };

/** A file's imported names; a name's import is resolved only when the name is looked up. */
export interface ImportedBindings {
  get(name: string): ImportedBinding | undefined;
  /** The local names of imports that take export `exportName` of some module, none of them resolved yet. */
  localNamesOf(exportName: string): string[];
}

/** A binding before its module is resolved: the site that imports it and what it takes from the module. */
type UnresolvedBinding = { readonly site: ModuleSite } & (
  | { readonly kind: 'export'; readonly name: string; readonly typeOnly?: boolean }
  | { readonly kind: 'namespace' }
);

const bindingsByContext = new WeakMap<CheckContext, ImportedBindings>();

/**
 * Every top-level name a file binds from another module, without type information:
 * `import X`, `import { a as X }`, `import * as X`, `import X = require()`, `const { a: X } = require()` /
 * `await import()`, `const X = require()`. Most files construct few imported names, so modules are resolved
 * per name looked up, not per import.
 */
export function importedBindings(ctx: CheckContext): ImportedBindings {
  let bindings = bindingsByContext.get(ctx);
  if (bindings) return bindings;
  const candidates = collectBindings(ctx);
  const resolved = new Map<string, ImportedBinding | undefined>();
  const get = (name: string): ImportedBinding | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    let binding: ImportedBinding | undefined;
    // The last import of a name that resolves, as a later declaration of a local name shadows an earlier one.
    for (const candidate of candidates.get(name) ?? []) {
      const file = ctx.resolveSite(candidate.site);
      if (file === undefined) continue;
      binding =
        candidate.kind === 'namespace'
          ? { kind: 'namespace', file }
          : { kind: 'export', file, name: candidate.name, typeOnly: candidate.typeOnly };
    }
    resolved.set(name, binding);
    return binding;
  };
  bindings = {
    get,
    localNamesOf: (exportName) =>
      [...candidates]
        .filter(([, list]) => list.some((candidate) => candidate.kind === 'export' && candidate.name === exportName))
        .map(([name]) => name),
  };
  bindingsByContext.set(ctx, bindings);
  return bindings;
}

function collectBindings(ctx: CheckContext): Map<string, UnresolvedBinding[]> {
  const { ts } = ctx;
  const found = new Map<string, UnresolvedBinding[]>();
  const add = (name: string, binding: UnresolvedBinding) => {
    const list = found.get(name);
    if (list) list.push(binding);
    else found.set(name, [binding]);
  };
  for (const site of ctx.sites) {
    const node = site.node;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly = clause !== undefined && isTypeOnlyImport(ts, clause);
      if (clause?.name) add(clause.name.text, { site, kind: 'export', name: 'default', typeOnly });
      const named = clause?.namedBindings;
      if (named && ts.isNamespaceImport(named)) add(named.name.text, { site, kind: 'namespace' });
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const name = (element.propertyName ?? element.name).text;
          add(element.name.text, { site, kind: 'export', name, typeOnly: typeOnly || element.isTypeOnly });
        }
      }
    } else if (ts.isImportEqualsDeclaration(node)) {
      add(node.name.text, { site, kind: 'namespace' });
    } else if (site.kind === 'require' || site.kind === 'dynamic-import') {
      collectVariableBindings(ts, site, add);
    }
  }
  return found;
}

function collectVariableBindings(
  ts: typeof TS,
  site: ModuleSite,
  add: (name: string, binding: UnresolvedBinding) => void,
): void {
  let value: TS.Node = site.node;
  while (
    ts.isAwaitExpression(value.parent) ||
    ts.isParenthesizedExpression(value.parent) ||
    ts.isAsExpression(value.parent)
  ) {
    value = value.parent;
  }
  const declaration = value.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== value) return;
  if (ts.isIdentifier(declaration.name)) {
    add(declaration.name.text, { site, kind: 'namespace' });
    return;
  }
  if (!ts.isObjectBindingPattern(declaration.name)) return;
  for (const element of declaration.name.elements) {
    const key = element.propertyName ?? element.name;
    if (ts.isIdentifier(key) && ts.isIdentifier(element.name)) {
      add(element.name.text, { site, kind: 'export', name: key.text });
    }
  }
}
