import type * as TS from 'typescript';
import type { ModuleSite } from './module-sites';

type Typescript = typeof TS;

/**
 * One use of an export through a module-level site, with the node that names it:
 * `ns.X` (property), `const { X } = require('m')` (binding), `import('m').X` (qualifier).
 */
export interface NameUse {
  readonly name: string;
  readonly kind: 'property' | 'binding' | 'qualifier';
  readonly node: TS.Node;
}

/** What a module-level site uses of its module. */
export type ModuleUsage =
  | { readonly kind: 'names'; readonly uses: readonly NameUse[] }
  /** The module object escapes (passed around, spread, re-exported whole): any export may be used. */
  | { readonly kind: 'unknown' }
  /** Nothing is bound: a side-effect import or a mock. */
  | { readonly kind: 'none' };

const UNKNOWN: ModuleUsage = { kind: 'unknown' };
const NONE: ModuleUsage = { kind: 'none' };

export function usageOfSite(ts: Typescript, site: ModuleSite, sourceFile: TS.SourceFile): ModuleUsage {
  switch (site.kind) {
    case 'side-effect':
    case 'mock':
      return NONE;
    case 'export-all':
      return UNKNOWN;
    case 'import': {
      const bindings = (site.node as TS.ImportDeclaration).importClause?.namedBindings;
      return bindings && ts.isNamespaceImport(bindings) ? namespaceUsage(ts, sourceFile, bindings.name) : UNKNOWN;
    }
    case 'import-equals':
      return namespaceUsage(ts, sourceFile, (site.node as TS.ImportEqualsDeclaration).name);
    case 'import-type':
      return importTypeUsage(ts, site.node as TS.ImportTypeNode);
    case 'require':
    case 'dynamic-import':
    case 'actual':
      return moduleValueUsage(ts, site.node);
    case 'export':
      return UNKNOWN;
  }
}

function importTypeUsage(ts: Typescript, node: TS.ImportTypeNode): ModuleUsage {
  if (!node.qualifier) return UNKNOWN;
  let first: TS.EntityName = node.qualifier;
  while (ts.isQualifiedName(first)) first = first.left;
  return { kind: 'names', uses: [{ name: first.text, kind: 'qualifier', node: first }] };
}

/** `require('m').X`, `(await import('m')).X`, `const { X, Y: y } = await import('m')`. */
function moduleValueUsage(ts: Typescript, call: TS.Node): ModuleUsage {
  let value: TS.Node = call;
  for (;;) {
    const parent = value.parent;
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAwaitExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isTypeAssertionExpression(parent)
    ) {
      value = parent;
      continue;
    }
    break;
  }
  const parent = value.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === value) {
    return { kind: 'names', uses: [{ name: parent.name.text, kind: 'property', node: parent.name }] };
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === value && ts.isObjectBindingPattern(parent.name)) {
    const uses: NameUse[] = [];
    for (const element of parent.name.elements) {
      if (element.dotDotDotToken) return UNKNOWN;
      const key = element.propertyName ?? element.name;
      if (!ts.isIdentifier(key)) return UNKNOWN;
      uses.push({ name: key.text, kind: 'binding', node: element });
    }
    return { kind: 'names', uses };
  }
  return UNKNOWN;
}

/** Every `ns.X` (and `ns.X` in types) of a namespace binding; any other use of `ns` makes the usage unknown. */
function namespaceUsage(ts: Typescript, sourceFile: TS.SourceFile, binding: TS.Identifier): ModuleUsage {
  const uses: NameUse[] = [];
  const state = { escapes: false };
  const visit = (node: TS.Node): void => {
    if (state.escapes) return;
    if (ts.isIdentifier(node) && node !== binding && node.text === binding.text && isReference(ts, node)) {
      const parent = node.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
        uses.push({ name: parent.name.text, kind: 'property', node: parent.name });
      } else if (ts.isQualifiedName(parent) && parent.left === node) {
        uses.push({ name: parent.right.text, kind: 'property', node: parent.right });
      } else {
        state.escapes = true;
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return state.escapes ? UNKNOWN : { kind: 'names', uses };
}

/** False for identifiers that only name a member or a key (`a.ns`, `{ ns: 1 }`), not the binding. */
function isReference(ts: Typescript, node: TS.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isBindingElement(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  return true;
}
