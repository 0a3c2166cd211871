import type * as TS from 'typescript';
import type { ModuleSite } from './module-sites';
import { declaresName, isReference, isShadowed, scopeOfDeclaration } from './scope';

type Typescript = typeof TS;

/**
 * One use of an export through a module-level site, with the node that names it:
 * `ns.X` (property), `const { X } = require('m')` (binding), `import('m').X` (qualifier).
 */
export interface NameUse {
  readonly name: string;
  /** `default` is the default binding of `import M, * as ns`: it cannot be renamed in place. */
  readonly kind: 'property' | 'binding' | 'qualifier' | 'default';
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

/**
 * What a module-level site uses of its module. With a checker, a namespace's references are found exactly;
 * without one, a namespace whose name is declared again anywhere in the file counts as escaping (unknown),
 * so a shadowing local can never be mistaken for the namespace.
 */
export function usageOfSite(
  ts: Typescript,
  site: ModuleSite,
  sourceFile: TS.SourceFile,
  checker?: TS.TypeChecker,
): ModuleUsage {
  switch (site.kind) {
    case 'side-effect':
      return NONE;
    // A mock stands for the whole module: its factory (or automock) must give every importer what the module
    // gives. A path resolved to a string, or an augmentation, uses the module in ways no name list describes.
    case 'mock':
    case 'export-all':
    case 'resolve':
    case 'augmentation':
      return UNKNOWN;
    case 'export': {
      const clause = (site.node as TS.ExportDeclaration).exportClause;
      return clause && ts.isNamedExports(clause) && clause.elements.length === 0 ? NONE : UNKNOWN;
    }
    case 'import': {
      const clause = (site.node as TS.ImportDeclaration).importClause;
      const bindings = clause?.namedBindings;
      // `import {} from 'm'` binds nothing: it only loads the module.
      if (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length === 0) return NONE;
      if (!clause || !bindings || !ts.isNamespaceImport(bindings)) return UNKNOWN;
      const usage = namespaceUsage(ts, bindings.name, sourceFile, checker);
      if (usage.kind !== 'names' || !clause.name) return usage;
      return { kind: 'names', uses: [{ name: 'default', kind: 'default', node: clause.name }, ...usage.uses] };
    }
    case 'import-equals':
      return namespaceUsage(ts, (site.node as TS.ImportEqualsDeclaration).name, sourceFile, checker);
    case 'import-type':
      return importTypeUsage(ts, site.node as TS.ImportTypeNode);
    case 'require':
    case 'dynamic-import':
      return moduleValueUsage(ts, site.node, sourceFile, checker);
    case 'actual':
      // `vi.importActual<typeof import('m')>('m')` types its result by the other site: both move together or
      // not at all, so judge this one by the whole module too.
      if ((site.node as TS.CallExpression).typeArguments?.length) return UNKNOWN;
      return moduleValueUsage(ts, site.node, sourceFile, checker);
  }
}

function importTypeUsage(ts: Typescript, node: TS.ImportTypeNode): ModuleUsage {
  if (!node.qualifier) return UNKNOWN;
  let first: TS.EntityName = node.qualifier;
  while (ts.isQualifiedName(first)) first = first.left;
  return { kind: 'names', uses: [{ name: first.text, kind: 'qualifier', node: first }] };
}

/**
 * `require('m').X`, `(await import('m')).X`, `const { X, Y: y } = await import('m')`,
 * `import('m').then((m) => m.X)`, `import('m').then(({ X }) => X)`.
 */
function moduleValueUsage(
  ts: Typescript,
  call: TS.Node,
  sourceFile: TS.SourceFile,
  checker: TS.TypeChecker | undefined,
): ModuleUsage {
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
  const awaited = value !== call && containsAwait(ts, call, value);
  if (ts.isPropertyAccessExpression(parent) && parent.expression === value) {
    if (!awaited && isPromiseReturning(ts, call)) {
      return parent.name.text === 'then' ? thenCallbackUsage(ts, parent, sourceFile, checker) : UNKNOWN;
    }
    return { kind: 'names', uses: [{ name: parent.name.text, kind: 'property', node: parent.name }] };
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === value) {
    if (ts.isObjectBindingPattern(parent.name)) return bindingPatternUsage(ts, parent.name);
    if (ts.isIdentifier(parent.name) && (awaited || !isPromiseReturning(ts, call))) {
      return namespaceUsage(ts, parent.name, scopeOfDeclaration(ts, parent), checker);
    }
  }
  return UNKNOWN;
}

function bindingPatternUsage(ts: Typescript, pattern: TS.ObjectBindingPattern): ModuleUsage {
  const uses: NameUse[] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) return UNKNOWN;
    const key = element.propertyName ?? element.name;
    if (!ts.isIdentifier(key)) return UNKNOWN;
    uses.push({ name: key.text, kind: 'binding', node: element });
  }
  return { kind: 'names', uses };
}

/** `.then((m) => m.X)` or `.then(({ X }) => X)`: the callback's parameter is the module. */
function thenCallbackUsage(
  ts: Typescript,
  then: TS.PropertyAccessExpression,
  sourceFile: TS.SourceFile,
  checker: TS.TypeChecker | undefined,
): ModuleUsage {
  const thenCall = then.parent;
  if (!ts.isCallExpression(thenCall) || thenCall.expression !== then) return UNKNOWN;
  const callback = thenCall.arguments[0];
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return UNKNOWN;
  // `function () { arguments[0].X }` reaches the module without naming the parameter.
  if (ts.isFunctionExpression(callback) && usesArguments(ts, callback.body)) return UNKNOWN;
  const parameter = callback.parameters[0];
  if (!parameter) return { kind: 'names', uses: [] };
  if (ts.isObjectBindingPattern(parameter.name)) return bindingPatternUsage(ts, parameter.name);
  if (ts.isIdentifier(parameter.name)) return namespaceUsage(ts, parameter.name, callback, checker);
  return UNKNOWN;
}

/** `arguments` of this function: in its body, arrow functions included, other functions not. */
function usesArguments(ts: Typescript, body: TS.Node): boolean {
  const visit = (node: TS.Node): boolean => {
    if (ts.isIdentifier(node) && node.text === 'arguments') return true;
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return false;
    return ts.forEachChild(node, visit) ?? false;
  };
  return visit(body);
}

function containsAwait(ts: Typescript, call: TS.Node, outer: TS.Node): boolean {
  for (let node: TS.Node = call; node !== outer; node = node.parent) {
    if (ts.isAwaitExpression(node.parent)) return true;
  }
  return false;
}

/** `import()`, `vi.importActual()` and `vi.importMock()` give a promise; `require()` and jest's helpers do not. */
function isPromiseReturning(ts: Typescript, call: TS.Node): boolean {
  if (!ts.isCallExpression(call)) return false;
  if (call.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text.startsWith('import');
}

/**
 * Every `ns.X` (and `ns.X` in types) of a namespace binding within `scope`; any other use of `ns` makes the
 * usage unknown.
 */
function namespaceUsage(
  ts: Typescript,
  binding: TS.Identifier,
  scope: TS.Node,
  checker: TS.TypeChecker | undefined,
): ModuleUsage {
  const bindingSymbol = checker?.getSymbolAtLocation(binding);
  const uses: NameUse[] = [];
  const state = { escapes: false };
  // `var m = require('a'); var m = other`: a use of `m` may read either value.
  if ((bindingSymbol?.declarations?.length ?? 0) > 1) return UNKNOWN;
  const visit = (node: TS.Node): void => {
    if (state.escapes) return;
    if (ts.isIdentifier(node) && node !== binding && node.text === binding.text) {
      if (bindingSymbol) {
        if (checker?.getSymbolAtLocation(node) !== bindingSymbol) return;
      } else if (declaresName(ts, node)) {
        if (scopeOfDeclaration(ts, node.parent) === scope && !isShadowed(ts, node, scope)) state.escapes = true;
        return;
      } else if (!isReference(ts, node) || isShadowed(ts, node, scope)) {
        return;
      }
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
  ts.forEachChild(scope, visit);
  return state.escapes ? UNKNOWN : { kind: 'names', uses };
}
