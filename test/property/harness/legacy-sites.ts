import type { Linter } from 'eslint';
import * as ts from 'typescript';
import type { Project } from '../generators/project-pool';
import { RULE_ID } from './lint-fix';

/** What a site takes of its module: these export names (none: it only loads it), or the module as a whole. */
type Uses = { readonly kind: 'names'; readonly names: readonly string[] } | { readonly kind: 'whole' };

interface Site {
  readonly specifier: ts.StringLiteralLike;
  readonly mode: ts.ResolutionMode;
  readonly uses: Uses;
}

const WHOLE: Uses = { kind: 'whole' };
const names = (list: readonly string[]): Uses => ({ kind: 'names', names: list });

/**
 * Legacy sites left in a fixed file that ssot/canonical-import does not report. Found without the engine: every
 * specifier site is resolved with TypeScript and checked against the config we wrote, and what a site takes of
 * its module is read with the type checker (the references of a namespace, of a module object held in a
 * variable or a parameter, the members read off a `require()` or an `import()`). A site must be reported when
 * its module moved whole, when it takes a legacy export, when it takes the module as a whole (`export *`, a mock,
 * a module object that escapes), or when it takes nothing and only loads the module.
 */
export function unreportedLegacySites(
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
  project: Project,
  messages: readonly Linter.LintMessage[],
): string[] {
  const options = project.compiler.options;
  const reported = new Set(messages.filter((message) => message.ruleId === RULE_ID).map((message) => `${message.line}:${message.column}`));
  const problems: string[] = [];
  for (const site of sitesOf(sourceFile, checker)) {
    const { resolvedModule } = ts.resolveModuleName(site.specifier.text, sourceFile.fileName, options, ts.sys, undefined, undefined, site.mode);
    const legacy = resolvedModule && project.legacy.get(resolvedModule.resolvedFileName);
    if (!legacy) continue;
    const { uses } = site;
    const mustReport = legacy.move || uses.kind === 'whole' || uses.names.length === 0 || uses.names.some((name) => legacy.names.has(name));
    if (!mustReport) continue;
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(site.specifier.getStart(sourceFile));
    if (!reported.has(`${line + 1}:${character + 1}`)) {
      const taken = uses.kind === 'whole' ? 'the module as a whole' : uses.names.length === 0 ? 'nothing' : uses.names.join(', ');
      problems.push(`'${site.specifier.text}' (line ${line + 1}, taking ${taken}) still loads a legacy module and is not reported`);
    }
  }
  return problems;
}

function sitesOf(sourceFile: ts.SourceFile, checker: ts.TypeChecker): Site[] {
  const fileMode = sourceFile.impliedNodeFormat;
  const sites: Site[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      sites.push({ specifier: node.moduleSpecifier, mode: fileMode, uses: importUses(node, sourceFile, checker) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const uses = clause && ts.isNamedExports(clause) ? names(clause.elements.map((e) => (e.propertyName ?? e.name).text)) : WHOLE;
      sites.push({ specifier: node.moduleSpecifier, mode: fileMode, uses });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      sites.push({ specifier: node.moduleReference.expression, mode: ts.ModuleKind.CommonJS, uses: referenceUses(node.name, sourceFile, checker) });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      sites.push({ specifier: node.argument.literal, mode: fileMode, uses: node.qualifier ? names([leftmost(node.qualifier).text]) : WHOLE });
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const site = callSite(node, node.arguments[0], fileMode, sourceFile, checker);
      if (site) sites.push(site);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return sites;
}

function importUses(node: ts.ImportDeclaration, sourceFile: ts.SourceFile, checker: ts.TypeChecker): Uses {
  const clause = node.importClause;
  const defaultName = clause?.name ? ['default'] : [];
  const bindings = clause?.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    const through = referenceUses(bindings.name, sourceFile, checker);
    return through.kind === 'whole' ? WHOLE : names([...defaultName, ...through.names]);
  }
  return names([...defaultName, ...(bindings ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [])]);
}

function callSite(
  call: ts.CallExpression,
  specifier: ts.StringLiteralLike,
  fileMode: ts.ResolutionMode,
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
): Site | undefined {
  const callee = call.expression;
  const valueUses = () => moduleValueUses(call, sourceFile, checker);
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return { specifier, mode: ts.ModuleKind.ESNext, uses: valueUses() };
  if (ts.isIdentifier(callee) && callee.text === 'require') return { specifier, mode: ts.ModuleKind.CommonJS, uses: valueUses() };
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || !['vi', 'jest'].includes(callee.expression.text)) return undefined;
  const method = callee.name.text;
  if (/^(?:do)?[mM]ock$|^(?:do)?[uU]nmock$/.test(method)) return { specifier, mode: fileMode, uses: WHOLE };
  // `importActual<typeof import('m')>('m')` types its result by the whole module.
  const actualUses = () => (call.typeArguments?.length ? WHOLE : valueUses());
  if (method === 'importActual') return { specifier, mode: ts.ModuleKind.ESNext, uses: actualUses() };
  if (method === 'requireActual') return { specifier, mode: ts.ModuleKind.CommonJS, uses: actualUses() };
  return undefined;
}

/**
 * What is read off the module object a call gives: `require('m').a`, `(await import('m')).a`, `const { a } =`,
 * `const m =` and the uses of `m`, `.then((m) => m.a)`, `.then(({ a }) => ...)`; nothing for a call standing alone.
 */
function moduleValueUses(call: ts.CallExpression, sourceFile: ts.SourceFile, checker: ts.TypeChecker): Uses {
  let value: ts.Expression = call;
  const isAsync = call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'importActual');
  if (isAsync) {
    const then = call.parent;
    if (ts.isPropertyAccessExpression(then) && then.name.text === 'then' && ts.isCallExpression(then.parent) && then.parent.expression === then) {
      const callback = then.parent.arguments[0];
      const param = callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) ? callback.parameters[0] : undefined;
      return param ? bindingUses(param.name, sourceFile, checker) : then.parent.arguments.length === 0 ? names([]) : WHOLE;
    }
    value = awaited(call);
    if (value === call) return ts.isExpressionStatement(call.parent) ? names([]) : WHOLE;
  }
  let outer: ts.Node = value.parent;
  while (ts.isParenthesizedExpression(outer)) outer = outer.parent;
  if (ts.isExpressionStatement(outer)) return names([]);
  if (ts.isPropertyAccessExpression(outer)) return names([outer.name.text]);
  if (ts.isVariableDeclaration(outer) && outer.initializer !== undefined) return bindingUses(outer.name, sourceFile, checker);
  return WHOLE;
}

/** `await x`, through parentheses; `x` itself when it is not awaited. */
function awaited(expression: ts.Expression): ts.Expression {
  let node: ts.Node = expression.parent;
  while (ts.isParenthesizedExpression(node)) node = node.parent;
  return ts.isAwaitExpression(node) ? node : expression;
}

function bindingUses(name: ts.BindingName, sourceFile: ts.SourceFile, checker: ts.TypeChecker): Uses {
  if (ts.isIdentifier(name)) return referenceUses(name, sourceFile, checker);
  if (!ts.isObjectBindingPattern(name)) return WHOLE;
  const taken: string[] = [];
  for (const element of name.elements) {
    if (element.dotDotDotToken) return WHOLE;
    const key = element.propertyName ?? element.name;
    if (ts.isIdentifier(key) || ts.isStringLiteral(key)) taken.push(key.text);
    else return WHOLE;
  }
  return names(taken);
}

/**
 * The exports read through a binding of the module object, found by the checker: `ns.a` (value), `ns.a` and
 * `typeof ns.a` (types). Any other reference (passed, spread, `typeof ns`, `ns['a']`, exported) is the whole module.
 */
function referenceUses(name: ts.Identifier, sourceFile: ts.SourceFile, checker: ts.TypeChecker): Uses {
  const target = checker.getSymbolAtLocation(name);
  if (!target) return WHOLE;
  const taken: string[] = [];
  let whole = false;
  const visit = (node: ts.Node): void => {
    if (whole) return;
    if (ts.isIdentifier(node) && node !== name && node.text === name.text && symbolOf(node, checker) === target) {
      const parent = node.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node) taken.push(parent.name.text);
      else if (ts.isQualifiedName(parent) && parent.left === node) taken.push(parent.right.text);
      else whole = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return whole ? WHOLE : names(taken);
}

function symbolOf(node: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === node) return checker.getShorthandAssignmentValueSymbol(parent);
  if (ts.isExportSpecifier(parent)) return checker.getExportSpecifierLocalTargetSymbol(parent);
  return checker.getSymbolAtLocation(node);
}

function leftmost(name: ts.EntityName): ts.Identifier {
  return ts.isQualifiedName(name) ? leftmost(name.left) : name;
}
