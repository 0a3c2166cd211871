import type * as TS from 'typescript';
import type { CheckContext } from './check-context';
import { isTypeOnlyImport } from './module-sites';

/** What a local name was imported as: one export of a module, or the module's namespace object. */
export type ImportedBinding =
  | { readonly kind: 'export'; readonly file: string; readonly name: string; readonly typeOnly?: boolean }
  | { readonly kind: 'namespace'; readonly file: string };

const bindingsByContext = new WeakMap<CheckContext, ReadonlyMap<string, ImportedBinding>>();

/**
 * Every top-level name a file binds from another module, without type information:
 * `import X`, `import { a as X }`, `import * as X`, `import X = require()`, `const { a: X } = require()` /
 * `await import()`, `const X = require()`.
 */
export function importedBindings(ctx: CheckContext): ReadonlyMap<string, ImportedBinding> {
  let bindings = bindingsByContext.get(ctx);
  if (bindings) return bindings;
  const { ts } = ctx;
  const found = new Map<string, ImportedBinding>();
  for (const site of ctx.sites) {
    const file = ctx.resolveSite(site);
    if (file === undefined) continue;
    const node = site.node;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly = clause !== undefined && isTypeOnlyImport(ts, clause);
      if (clause?.name) found.set(clause.name.text, { kind: 'export', file, name: 'default', typeOnly });
      const named = clause?.namedBindings;
      if (named && ts.isNamespaceImport(named)) found.set(named.name.text, { kind: 'namespace', file });
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const name = (element.propertyName ?? element.name).text;
          found.set(element.name.text, { kind: 'export', file, name, typeOnly: typeOnly || element.isTypeOnly });
        }
      }
    } else if (ts.isImportEqualsDeclaration(node)) {
      found.set(node.name.text, { kind: 'namespace', file });
    } else if (site.kind === 'require' || site.kind === 'dynamic-import') {
      collectVariableBindings(ts, node, file, found);
    }
  }
  bindings = found;
  bindingsByContext.set(ctx, bindings);
  return bindings;
}

function collectVariableBindings(
  ts: typeof TS,
  call: TS.Node,
  file: string,
  found: Map<string, ImportedBinding>,
): void {
  let value: TS.Node = call;
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
    found.set(declaration.name.text, { kind: 'namespace', file });
    return;
  }
  if (!ts.isObjectBindingPattern(declaration.name)) return;
  for (const element of declaration.name.elements) {
    const key = element.propertyName ?? element.name;
    if (ts.isIdentifier(key) && ts.isIdentifier(element.name)) {
      found.set(element.name.text, { kind: 'export', file, name: key.text });
    }
  }
}
