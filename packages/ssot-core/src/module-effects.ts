import type * as TS from 'typescript';
import { isTypeOnlyImport } from './module-sites';

type Typescript = typeof TS;

/**
 * Something a module does when it is evaluated besides defining its exports, found from its syntax:
 * `code` runs at load (a call, an assignment, a loop...); `augmentation` changes another module's or the
 * global types (`declare module './m' {}`, `declare global {}`). Loading other modules is not listed here: see
 * `loadsOf`.
 */
export interface ModuleEffect {
  readonly kind: 'code' | 'augmentation';
  /** 1-based line of the statement, and its first line's text (shortened), for messages. */
  readonly line: number;
  readonly text: string;
}

/** A module a file's evaluation loads, in the order it loads them. */
export interface ModuleLoad {
  readonly specifier: string;
  /** The statement (import, re-export, `import x = require()`, or a statement holding a top-level `require()`). */
  readonly statement: TS.Statement;
}

/** The effects of a file's own top-level statements, in order. */
export function effectsOf(ts: Typescript, sourceFile: TS.SourceFile): ModuleEffect[] {
  const effects: ModuleEffect[] = [];
  for (const statement of sourceFile.statements) {
    const kind = statementEffect(ts, statement, sourceFile);
    if (kind) effects.push(describeEffect(sourceFile, statement, kind));
  }
  return effects;
}

/**
 * What running `statement` at the top of a module does: undefined when it only declares (imports, exports,
 * types, functions, classes and variables whose initializers run no code of anyone's), `code` when it runs
 * code, `augmentation` for `declare module` and `declare global`. A deprecation warning (`console.warn(...)`,
 * `process.emitWarning(...)`) is not an effect: dropping it is what migrating off a shim is for.
 */
export function statementEffect(ts: Typescript, statement: TS.Statement, sourceFile: TS.SourceFile): ModuleEffect['kind'] | undefined {
  if (
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isEmptyStatement(statement)
  ) {
    return undefined;
  }
  if (ts.isModuleDeclaration(statement)) {
    if (ts.isStringLiteral(statement.name) || statement.name.text === 'global') {
      return ts.isExternalModule(sourceFile) || statement.name.text === 'global' ? 'augmentation' : undefined;
    }
    if (isAmbient(ts, statement)) return undefined;
    const body = statement.body;
    if (body && ts.isModuleBlock(body)) {
      return body.statements.some((inner) => statementEffect(ts, inner, sourceFile) === 'code') ? 'code' : undefined;
    }
    return undefined;
  }
  if (isAmbient(ts, statement)) return undefined;
  if (ts.isEnumDeclaration(statement)) return undefined;
  if (ts.isClassDeclaration(statement)) return isPureClass(ts, statement, sourceFile) ? undefined : 'code';
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.every(
      (declaration) => !declaration.initializer || isPureExpression(ts, declaration.initializer, sourceFile),
    )
      ? undefined
      : 'code';
  }
  if (ts.isExportAssignment(statement)) return isPureExpression(ts, statement.expression, sourceFile) ? undefined : 'code';
  if (ts.isExpressionStatement(statement)) {
    if (ts.isStringLiteral(statement.expression)) return undefined;
    return isDeprecationWarning(ts, statement, sourceFile) ? undefined : 'code';
  }
  return 'code';
}

/** `console.warn(...)` or `process.emitWarning(...)`, the one thing a compatibility shim may do when loaded. */
export function isDeprecationWarning(ts: Typescript, statement: TS.Statement, sourceFile: TS.SourceFile): boolean {
  if (!ts.isExpressionStatement(statement)) return false;
  const call = statement.expression;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
  const callee = call.expression;
  const receiver = ts.isIdentifier(callee.expression) ? callee.expression.text : '';
  const method = callee.name.text;
  const isWarning = (receiver === 'console' && method === 'warn') || (receiver === 'process' && method === 'emitWarning');
  return isWarning && call.arguments.every((argument) => isPureExpression(ts, argument, sourceFile));
}

/** The modules a file loads when it is evaluated, in order: type-only imports and re-exports load nothing. */
export function loadsOf(ts: Typescript, sourceFile: TS.SourceFile): ModuleLoad[] {
  const loads: ModuleLoad[] = [];
  for (const statement of sourceFile.statements) {
    for (const specifier of statementLoads(ts, statement)) loads.push({ specifier, statement });
  }
  return loads;
}

/** What one top-level statement loads (ignoring import elision, which depends on the importing file's uses). */
export function statementLoads(ts: Typescript, statement: TS.Statement): string[] {
  return statementLoadLiterals(ts, statement).map((literal) => literal.text);
}

/** The specifiers, as written, of what one top-level statement loads. */
export function statementLoadLiterals(ts: Typescript, statement: TS.Statement): TS.StringLiteralLike[] {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const typeOnly = clause !== undefined && isTypeOnlyImport(ts, clause);
    return typeOnly || !ts.isStringLiteral(statement.moduleSpecifier) ? [] : [statement.moduleSpecifier];
  }
  if (ts.isExportDeclaration(statement)) {
    const specifier = statement.moduleSpecifier;
    return statement.isTypeOnly || !specifier || !ts.isStringLiteral(specifier) ? [] : [specifier];
  }
  if (ts.isImportEqualsDeclaration(statement)) {
    const reference = statement.moduleReference;
    if (statement.isTypeOnly || !ts.isExternalModuleReference(reference)) return [];
    return ts.isStringLiteral(reference.expression) ? [reference.expression] : [];
  }
  if (ts.isVariableStatement(statement) && !isAmbient(ts, statement)) {
    return statement.declarationList.declarations.flatMap((declaration) =>
      declaration.initializer ? requiredSpecifiers(ts, declaration.initializer) : [],
    );
  }
  if (ts.isExpressionStatement(statement)) return requiredSpecifiers(ts, statement.expression);
  return [];
}

/** `require('m')` at the top of an initializer (not inside a function, which runs later). */
function requiredSpecifiers(ts: Typescript, node: TS.Node): TS.StringLiteralLike[] {
  if (ts.isFunctionLike(node)) return [];
  if (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0] !== undefined &&
    ts.isStringLiteralLike(node.arguments[0])
  ) {
    return [node.arguments[0]];
  }
  const found: TS.StringLiteralLike[] = [];
  ts.forEachChild(node, (child) => {
    found.push(...requiredSpecifiers(ts, child));
  });
  return found;
}

/**
 * An expression whose evaluation runs nobody's code: literals, names, functions and classes (defined, not
 * called), object and array literals of such, operators over them, `require()` (its load is a load, counted
 * apart), `new Map()`-like built-ins, and calls marked `/* @__PURE__ *\/` as bundlers read them.
 */
export function isPureExpression(ts: Typescript, node: TS.Expression, sourceFile: TS.SourceFile): boolean {
  if (
    ts.isLiteralExpression(node) ||
    ts.isIdentifier(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    node.kind === ts.SyntaxKind.ThisKeyword
  ) {
    return true;
  }
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  ) {
    return isPureExpression(ts, node.expression, sourceFile);
  }
  if (ts.isClassExpression(node)) return isPureClass(ts, node, sourceFile);
  if (ts.isPropertyAccessExpression(node)) return isPureExpression(ts, node.expression, sourceFile);
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isPureExpression(ts, span.expression, sourceFile));
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator !== ts.SyntaxKind.PlusPlusToken && node.operator !== ts.SyntaxKind.MinusMinusToken && isPureExpression(ts, node.operand, sourceFile);
  }
  if (ts.isTypeOfExpression(node) || ts.isVoidExpression(node)) return isPureExpression(ts, node.expression, sourceFile);
  if (ts.isBinaryExpression(node)) {
    const assignment =
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
    return !assignment && isPureExpression(ts, node.left, sourceFile) && isPureExpression(ts, node.right, sourceFile);
  }
  if (ts.isConditionalExpression(node)) {
    return isPureExpression(ts, node.condition, sourceFile) && isPureExpression(ts, node.whenTrue, sourceFile) && isPureExpression(ts, node.whenFalse, sourceFile);
  }
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.every((element) =>
      ts.isSpreadElement(element) ? isPureExpression(ts, element.expression, sourceFile) : ts.isOmittedExpression(element) || isPureExpression(ts, element, sourceFile),
    );
  }
  if (ts.isObjectLiteralExpression(node)) return node.properties.every((property) => isPureProperty(ts, property, sourceFile));
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const argumentsPure = (node.arguments ?? []).every((argument) => isPureExpression(ts, argument, sourceFile));
    return argumentsPure && (isRequireCall(ts, node) || isPureBuiltIn(ts, node) || hasPureAnnotation(ts, node, sourceFile));
  }
  return false;
}

function isPureProperty(ts: Typescript, property: TS.ObjectLiteralElementLike, sourceFile: TS.SourceFile): boolean {
  if (property.name && ts.isComputedPropertyName(property.name) && !isPureExpression(ts, property.name.expression, sourceFile)) return false;
  if (ts.isPropertyAssignment(property)) return isPureExpression(ts, property.initializer, sourceFile);
  if (ts.isSpreadAssignment(property)) return isPureExpression(ts, property.expression, sourceFile);
  return true;
}

/** A class whose definition runs no code: no decorators, no static blocks, pure static initializers and keys. */
function isPureClass(ts: Typescript, node: TS.ClassLikeDeclaration, sourceFile: TS.SourceFile): boolean {
  if ((ts.canHaveDecorators(node) && ts.getDecorators(node)?.length) ?? false) return false;
  const heritagePure = (node.heritageClauses ?? []).every(
    (clause) => clause.token === ts.SyntaxKind.ImplementsKeyword || clause.types.every((type) => isPureExpression(ts, type.expression, sourceFile)),
  );
  if (!heritagePure) return false;
  return node.members.every((member) => {
    if (ts.isClassStaticBlockDeclaration(member)) return false;
    if ((ts.canHaveDecorators(member) && ts.getDecorators(member)?.length) ?? false) return false;
    if (member.name && ts.isComputedPropertyName(member.name) && !isPureExpression(ts, member.name.expression, sourceFile)) return false;
    const isStatic = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && ts.isPropertyDeclaration(member) && member.initializer) return isPureExpression(ts, member.initializer, sourceFile);
    return true;
  });
}

function isRequireCall(ts: Typescript, node: TS.CallExpression | TS.NewExpression): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require';
}

const PURE_CONSTRUCTORS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Error', 'TypeError', 'RangeError', 'Date', 'RegExp']);
const PURE_CALLS = new Set(['Symbol', 'Symbol.for', 'Object.freeze', 'Object.create', 'Object.assign', 'String', 'Number', 'Boolean']);

function isPureBuiltIn(ts: Typescript, node: TS.CallExpression | TS.NewExpression): boolean {
  const callee = node.expression;
  const name = ts.isIdentifier(callee)
    ? callee.text
    : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
      ? `${callee.expression.text}.${callee.name.text}`
      : undefined;
  if (name === undefined) return false;
  return ts.isNewExpression(node) ? PURE_CONSTRUCTORS.has(name) : PURE_CALLS.has(name);
}

/** `/* @__PURE__ *\/ f()` or `/* #__PURE__ *\/ new X()`: the bundlers' promise that the call has no effect. */
function hasPureAnnotation(ts: Typescript, node: TS.Node, sourceFile: TS.SourceFile): boolean {
  const text = sourceFile.text;
  const ranges = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  return ranges.some((range) => /^\/\*\s*[@#]__PURE__\s*\*\/$/.test(text.slice(range.pos, range.end)));
}

function isAmbient(ts: Typescript, statement: TS.Statement): boolean {
  return (
    (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) ??
    false
  );
}

function describeEffect(
  sourceFile: TS.SourceFile,
  statement: TS.Statement,
  kind: ModuleEffect['kind'],
): ModuleEffect {
  const start = statement.getStart(sourceFile);
  const line = sourceFile.getLineAndCharacterOfPosition(start).line + 1;
  const lineEnd = sourceFile.text.indexOf('\n', start);
  const firstLine = sourceFile.text.slice(start, lineEnd === -1 ? statement.end : Math.min(lineEnd, statement.end)).trim();
  return { kind, line, text: firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine };
}
