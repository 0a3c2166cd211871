import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * What a use is bound to: `file#name` of the declaration its symbol leads to through every alias,
 * `module:file` for a whole module object, or undefined when it does not resolve.
 */
export type Bound = string | undefined;

export interface FileBindings {
  /** Each `__use("k", expr)` and `type __use_k = T` of the file, by key. */
  readonly uses: ReadonlyMap<string, Bound>;
  /** What the file itself exports (its re-exports), by exported name. */
  readonly exports: ReadonlyMap<string, Bound>;
  /** Every export of each module a `module:` binding names, to compare whole-module uses export by export. */
  readonly moduleTables: ReadonlyMap<string, ReadonlyMap<string, Bound>>;
  readonly syntaxErrors: readonly ts.Diagnostic[];
  /** Semantic diagnostics as `TS<code>: message`. */
  readonly semantic: readonly string[];
}

/**
 * Resolves the marked uses of a generated file with the type checker. Bindings TypeScript does not type (a
 * `require()` in a .ts file, `vi.importActual`) are followed by hand: the call's specifier is resolved with
 * TypeScript's resolver, and the property or destructured name looked up in that module's exports.
 */
export function bindingsOf(program: ts.Program, fileName: string, root: string): FileBindings {
  const sourceFile = program.getSourceFile(fileName);
  if (!sourceFile) throw new Error(`${fileName} is not in the program`);
  const checker = program.getTypeChecker();
  const options = program.getCompilerOptions();
  const relative = (file: string) => path.relative(root, file).replace(/\\/g, '/');
  const moduleTables = new Map<string, Map<string, Bound>>();

  const describe = (symbol: ts.Symbol): Bound => {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return undefined;
    if (ts.isSourceFile(declaration)) return `module:${relative(declaration.fileName)}`;
    return `${relative(declaration.getSourceFile().fileName)}#${symbol.name}`;
  };
  const resolved = (symbol: ts.Symbol): Bound =>
    describe(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const moduleSymbolOf = (bound: Bound) => {
    if (!bound?.startsWith('module:')) return undefined;
    const file = program.getSourceFile(path.join(root, bound.slice('module:'.length)));
    return file && checker.getSymbolAtLocation(file);
  };
  const memberOf = (bound: Bound, name: string): Bound => {
    const moduleSymbol = moduleSymbolOf(bound);
    const member = moduleSymbol && checker.tryGetMemberInModuleExports(name, moduleSymbol);
    return member && resolved(member);
  };
  const resolveModule = (specifier: ts.Expression, mode: ts.ResolutionMode): Bound => {
    if (!ts.isStringLiteralLike(specifier)) return undefined;
    const { resolvedModule } = ts.resolveModuleName(specifier.text, fileName, options, ts.sys, undefined, undefined, mode);
    return resolvedModule && `module:${relative(resolvedModule.resolvedFileName)}`;
  };
  const fileMode = sourceFile.impliedNodeFormat;

  const moduleOfCall = (call: ts.CallExpression): Bound => {
    const [specifier] = call.arguments;
    if (!specifier) return undefined;
    const callee = call.expression;
    if (callee.kind === ts.SyntaxKind.ImportKeyword) return resolveModule(specifier, ts.ModuleKind.ESNext);
    if (ts.isIdentifier(callee) && callee.text === 'require') return resolveModule(specifier, ts.ModuleKind.CommonJS);
    if (ts.isPropertyAccessExpression(callee) && /^(?:import|require)Actual$/.test(callee.name.text)) {
      return resolveModule(specifier, callee.name.text.startsWith('import') ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS);
    }
    return undefined;
  };
  /** `import('m').then((m) => ...)`: the callback's parameter is the module. */
  const moduleOfThenParameter = (parameter: ts.ParameterDeclaration): Bound => {
    const callback = parameter.parent;
    const call = callback.parent;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
    return evaluate(call.expression.expression);
  };
  const identifierBound = (identifier: ts.Identifier): Bound => {
    const symbol = checker.getSymbolAtLocation(identifier);
    if (!symbol) return undefined;
    if (symbol.flags & ts.SymbolFlags.Alias) return resolved(symbol);
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (declaration && ts.isBindingElement(declaration)) {
      const key = declaration.propertyName ?? declaration.name;
      const holder = declaration.parent.parent;
      const origin = ts.isVariableDeclaration(holder) && holder.initializer
        ? evaluate(holder.initializer)
        : ts.isParameter(holder) ? moduleOfThenParameter(holder) : undefined;
      return ts.isIdentifier(key) || ts.isStringLiteral(key) ? memberOf(origin, key.text) : undefined;
    }
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return evaluate(declaration.initializer);
    if (declaration && ts.isParameter(declaration)) return moduleOfThenParameter(declaration);
    return describe(symbol);
  };
  const evaluate = (node: ts.Node): Bound => {
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node)) return evaluate(node.expression);
    if (ts.isIdentifier(node)) return identifierBound(node);
    if (ts.isPropertyAccessExpression(node)) return memberOf(evaluate(node.expression), node.name.text) ?? symbolBound(node.name);
    if (ts.isQualifiedName(node)) return memberOf(evaluate(node.left), node.right.text) ?? symbolBound(node.right);
    if (ts.isCallExpression(node)) return moduleOfCall(node);
    if (ts.isTypeReferenceNode(node)) return evaluate(node.typeName);
    if (ts.isTypeQueryNode(node)) return evaluate(node.exprName);
    if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (!ts.isLiteralTypeNode(argument)) return undefined;
      const module = resolveModule(argument.literal as ts.Expression, fileMode);
      return node.qualifier ? evaluateQualifier(module, node.qualifier) : module;
    }
    return undefined;
  };
  const evaluateQualifier = (module: Bound, name: ts.EntityName): Bound =>
    ts.isIdentifier(name)
      ? memberOf(module, name.text)
      : (memberOf(evaluateQualifier(module, name.left), name.right.text) ?? symbolBound(name.right));
  /** A member of something that is not a module (an enum member, a parameter's property): the checker's answer. */
  const symbolBound = (name: ts.Node): Bound => {
    const symbol = checker.getSymbolAtLocation(name);
    return symbol && resolved(symbol);
  };

  const uses = new Map<string, Bound>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === '__use') {
      const [key, value] = node.arguments;
      if (key && ts.isStringLiteral(key) && value) uses.set(key.text, evaluate(value));
    } else if (ts.isTypeAliasDeclaration(node) && node.name.text.startsWith('__use_')) {
      uses.set(node.name.text.slice('__use_'.length), evaluate(node.type));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);

  const exports = new Map<string, Bound>();
  const ownSymbol = checker.getSymbolAtLocation(sourceFile);
  for (const symbol of ownSymbol ? checker.getExportsOfModule(ownSymbol) : []) exports.set(symbol.name, resolved(symbol));

  for (const bound of [...uses.values(), ...exports.values()]) {
    const moduleSymbol = moduleSymbolOf(bound);
    if (!moduleSymbol || !bound || moduleTables.has(bound)) continue;
    moduleTables.set(bound, new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.name, resolved(symbol)])));
  }
  return {
    uses,
    exports,
    moduleTables,
    syntaxErrors: program.getSyntacticDiagnostics(sourceFile),
    semantic: program
      .getSemanticDiagnostics(sourceFile)
      .map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`),
  };
}
