import type * as TS from 'typescript';
import { declaresName, isReference, isShadowed } from './scope';
import { isTypeOnlyImport } from './module-sites';

type Typescript = typeof TS;

/**
 * How a top-level imported name is used in its file: `value` when some reference reads it at run time, `type`
 * when it is only named in types (or not at all), `unknown` when that depends on what it names (`export { x }`
 * of an import is elided when `x` is a type), or on emit options (decorator metadata).
 *
 * TypeScript (and esbuild, swc) drop an import whose names are all used as types only, unless
 * `verbatimModuleSyntax` is on; so whether an import loads its module at run time depends on these uses.
 */
export type BindingUse = 'value' | 'type' | 'unknown';

/** How a file uses a name its imports bind ('unknown' for a name they do not bind). */
export type UseOf = (localName: string) => BindingUse;

export interface BindingUseOptions {
  /** The JSX factory's first name (`React`) when the file's JSX compiles to calls of it (`jsx: react`). */
  readonly jsxFactory: string | undefined;
  /** `emitDecoratorMetadata`: types in decorated signatures are emitted as values. */
  readonly decoratorMetadata: boolean;
}

/** The use of each name in `names`, from one walk over the file (nested scopes that redeclare a name excluded). */
export function bindingUses(
  ts: Typescript,
  sourceFile: TS.SourceFile,
  names: ReadonlySet<string>,
  options: BindingUseOptions,
): Map<string, BindingUse> {
  const uses = new Map<string, BindingUse>();
  for (const name of names) uses.set(name, 'type');
  if (names.size === 0) return uses;
  const mark = (name: string, use: BindingUse) => {
    const known = uses.get(name);
    if (known === undefined || known === 'value') return;
    if (use === 'value' || known === 'type') uses.set(name, use);
  };
  const seen = { jsx: false, decorators: false };
  const mayHold = textThatMayMatter(sourceFile.text, names, {
    jsx: options.jsxFactory !== undefined && names.has(options.jsxFactory),
    decorators: options.decoratorMetadata,
  });
  const visit = (node: TS.Node, inType: boolean): void => {
    if (!mayHold(node.pos, node.end)) return;
    if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return;
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) seen.jsx = true;
    if (ts.isDecorator(node)) seen.decorators = true;
    if (ts.isExportSpecifier(node)) {
      // `export { x }` of an imported `x`: a value export keeps the import, a type export does not.
      if (!node.parent.parent.moduleSpecifier && !node.isTypeOnly && !node.parent.parent.isTypeOnly) {
        const local = (node.propertyName ?? node.name).text;
        if (names.has(local)) mark(local, 'unknown');
      }
      return;
    }
    if (ts.isExportAssignment(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) {
      // `export default x`: x may be a type (an interface), which TypeScript elides.
      mark(node.expression.text, node.isExportEquals ? 'value' : 'unknown');
      return;
    }
    if (ts.isIdentifier(node)) {
      if (names.has(node.text) && !inType && isReference(ts, node) && !declaresName(ts, node) && !isShadowed(ts, node, sourceFile)) {
        mark(node.text, 'value');
      }
      return;
    }
    if (ts.isHeritageClause(node)) {
      // `class A extends B` reads B at run time; `implements I` and an interface's `extends` do not.
      const value = node.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(node.parent);
      for (const type of node.types) {
        visit(type.expression, inType || !value);
        for (const argument of type.typeArguments ?? []) visit(argument, true);
      }
      return;
    }
    const typeContext = inType || ts.isTypeNode(node) || isAmbient(ts, node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
    ts.forEachChild(node, (child) => {
      visit(child, typeContext);
    });
  };
  ts.forEachChild(sourceFile, (child) => {
    visit(child, false);
  });
  if (seen.jsx && options.jsxFactory !== undefined && names.has(options.jsxFactory)) mark(options.jsxFactory, 'value');
  if (seen.decorators && options.decoratorMetadata) {
    for (const [name, use] of uses) if (use === 'type') uses.set(name, 'unknown');
  }
  return uses;
}

/**
 * Whether the text from `pos` to `end` may hold something the walk must see: a name of `names` (an identifier's
 * text is its source text, unless written with a `\u` escape, so a backslash counts too), a `<` where JSX
 * matters, an `@` where decorators do. A subtree without any is skipped: in an edited file most code names
 * none of the imports, and the walk then costs the few paths down to the names.
 */
function textThatMayMatter(
  text: string,
  names: ReadonlySet<string>,
  also: { readonly jsx: boolean; readonly decorators: boolean },
): (pos: number, end: number) => boolean {
  const at: number[] = [];
  const find = (needle: string) => {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) at.push(i);
  };
  for (const name of names) find(name);
  find('\\');
  if (also.jsx) find('<');
  if (also.decorators) find('@');
  at.sort((a, b) => a - b);
  return (pos, end) => {
    // The first place at or after `pos`, by binary search: the range may hold something when it starts before `end`.
    let low = 0;
    let high = at.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((at[middle] as number) < pos) low = middle + 1;
      else high = middle;
    }
    return low < at.length && (at[low] as number) < end;
  };
}

function isAmbient(ts: Typescript, node: TS.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ?? false);
}

/** The names a top-level import, `import x = require()` or their type-only forms bind in the file. */
export function importBindingNames(ts: Typescript, statement: TS.Statement): { name: string; typeOnly: boolean }[] {
  if (ts.isImportEqualsDeclaration(statement)) return [{ name: statement.name.text, typeOnly: statement.isTypeOnly }];
  if (!ts.isImportDeclaration(statement) || !statement.importClause) return [];
  const clause = statement.importClause;
  const clauseTypeOnly = isTypeOnlyImport(ts, clause);
  const names: { name: string; typeOnly: boolean }[] = [];
  if (clause.name) names.push({ name: clause.name.text, typeOnly: clauseTypeOnly });
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push({ name: bindings.name.text, typeOnly: clauseTypeOnly });
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) names.push({ name: element.name.text, typeOnly: clauseTypeOnly || element.isTypeOnly });
  }
  return names;
}
