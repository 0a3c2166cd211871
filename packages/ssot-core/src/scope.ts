import type * as TS from 'typescript';

type Typescript = typeof TS;

/**
 * Whether `node` (an identifier naming `node.text`) is bound by a declaration in a scope nested inside
 * `bindingScope`, rather than by the binding of that name that `bindingScope` holds. A syntactic answer for when there is no checker:
 * parameters, block-scoped and function-scoped declarations, catch variables and loop variables.
 */
export function isShadowed(ts: Typescript, node: TS.Identifier, bindingScope: TS.Node): boolean {
  const name = node.text;
  for (let scope = node.parent; scope !== bindingScope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (declaresInScope(ts, scope, name)) return true;
  }
  return false;
}

/** The names each scope declares, found once per scope node: identifiers are checked against it one by one. */
const declaredByScope = new WeakMap<TS.Node, ReadonlySet<string>>();

function declaresInScope(ts: Typescript, scope: TS.Node, name: string): boolean {
  let names = declaredByScope.get(scope);
  if (!names) {
    names = new Set(namesDeclaredIn(ts, scope));
    declaredByScope.set(scope, names);
  }
  return names.has(name);
}

function namesDeclaredIn(ts: Typescript, scope: TS.Node): string[] {
  if (ts.isFunctionLike(scope)) {
    const own = (ts.isFunctionExpression(scope) || ts.isClassExpression(scope)) && scope.name ? [scope.name.text] : [];
    const parameters = scope.parameters.flatMap((parameter) => bindingNamesOf(ts, parameter.name));
    // `var` anywhere in the body (outside nested functions) is hoisted to the function.
    const body = (scope as TS.FunctionLikeDeclaration).body;
    return [...own, ...parameters, ...(body === undefined ? [] : varNames(ts, body))];
  }
  if (ts.isClassExpression(scope)) return scope.name ? [scope.name.text] : [];
  if (ts.isModuleBlock(scope)) return scope.statements.flatMap((statement) => statementNames(ts, statement));
  // A block holds its `let`, `const`, classes and functions; its `var`s belong to the enclosing function.
  if (ts.isBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) {
    return scope.statements.flatMap((statement) =>
      ts.isVariableStatement(statement) && !(statement.declarationList.flags & ts.NodeFlags.BlockScoped) ? [] : statementNames(ts, statement),
    );
  }
  if (ts.isCatchClause(scope)) return scope.variableDeclaration ? bindingNamesOf(ts, scope.variableDeclaration.name) : [];
  if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
    const initializer = scope.initializer;
    return initializer !== undefined && ts.isVariableDeclarationList(initializer)
      ? initializer.declarations.flatMap((declaration) => bindingNamesOf(ts, declaration.name))
      : [];
  }
  return [];
}

function statementNames(ts: Typescript, statement: TS.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => bindingNamesOf(ts, declaration.name));
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement)
  ) {
    return statement.name ? [statement.name.text] : [];
  }
  if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) return [statement.name.text];
  return [];
}

function statementDeclares(ts: Typescript, statement: TS.Statement, name: string): boolean {
  return statementNames(ts, statement).includes(name);
}

/** The `var` names in `node` or its nested blocks, not looking into nested functions. */
function varNames(ts: Typescript, node: TS.Node): string[] {
  if (ts.isVariableDeclarationList(node) && !(node.flags & ts.NodeFlags.BlockScoped)) {
    return node.declarations.flatMap((declaration) => [...bindingNamesOf(ts, declaration.name), ...varNamesIn(ts, declaration)]);
  }
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return [];
  return varNamesIn(ts, node);
}

function varNamesIn(ts: Typescript, node: TS.Node): string[] {
  const names: string[] = [];
  ts.forEachChild(node, (child) => {
    names.push(...varNames(ts, child));
  });
  return names;
}

function declaresVar(ts: Typescript, node: TS.Node, name: string): boolean {
  return varNames(ts, node).includes(name);
}

/** Every name a binding (an identifier or a destructuring pattern) declares. */
export function bindingNamesOf(ts: Typescript, binding: TS.BindingName): string[] {
  if (ts.isIdentifier(binding)) return [binding.text];
  return binding.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNamesOf(ts, element.name)));
}

/**
 * The block, function or file whose scope a declaration's name belongs to: a `var` (in a `try` block, say)
 * belongs to its function or file, a `let` or `const` to its block.
 */
export function scopeOfDeclaration(ts: Typescript, declaration: TS.Node): TS.Node {
  const list = declaration.parent;
  const functionScoped = ts.isVariableDeclarationList(list) && !(list.flags & ts.NodeFlags.BlockScoped);
  let scope = declaration.parent;
  while (
    !ts.isSourceFile(scope) &&
    !ts.isFunctionLike(scope) &&
    !ts.isModuleBlock(scope) &&
    (functionScoped || !ts.isBlock(scope))
  ) {
    scope = scope.parent;
  }
  return scope;
}

/**
 * What binds `name` at the top of a file: the specifier of the import that binds it, 'local' for a
 * declaration of the file's own, or undefined when nothing at the top level binds it.
 */
export function fileLevelBinding(ts: Typescript, sourceFile: TS.SourceFile, name: string): string | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const bound =
        clause?.name?.text === name ||
        (bindings !== undefined &&
          (ts.isNamespaceImport(bindings)
            ? bindings.name.text === name
            : bindings.elements.some((element) => element.name.text === name)));
      if (bound) return ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : 'local';
    } else if (ts.isImportEqualsDeclaration(statement)) {
      if (statement.name.text === name) return 'local';
    } else if (statementDeclares(ts, statement, name) || declaresVar(ts, statement, name)) {
      return 'local';
    }
  }
  return undefined;
}

/** The identifier is the name of a declaration (a parameter, variable, function, class, import...). */
export function declaresName(ts: Typescript, node: TS.Identifier): boolean {
  const parent = node.parent;
  const declares =
    ts.isParameter(parent) ||
    ts.isVariableDeclaration(parent) ||
    ts.isBindingElement(parent) ||
    ts.isFunctionDeclaration(parent) ||
    ts.isFunctionExpression(parent) ||
    ts.isClassDeclaration(parent) ||
    ts.isClassExpression(parent) ||
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent) ||
    ts.isImportEqualsDeclaration(parent) ||
    ts.isEnumDeclaration(parent) ||
    ts.isModuleDeclaration(parent);
  return declares && (parent as TS.Node & { name?: TS.Node }).name === node;
}

/** False for identifiers that only name a member or a key (`a.ns`, `{ ns: 1 }`), not the binding. */
export function isReference(ts: Typescript, node: TS.Identifier): boolean {
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
