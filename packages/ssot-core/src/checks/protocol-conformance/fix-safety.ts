import type * as TS from 'typescript';
import type { AnnotationSlot, Divergence } from './divergence';
import { isSameMember } from './same-member';

type Typescript = typeof TS;

/** One use of the class member outside its declaration, found through the checker. */
interface MemberUse {
  readonly access: TS.PropertyAccessExpression | TS.ElementAccessExpression | TS.Identifier;
  readonly call: TS.CallExpression | undefined;
}

/**
 * Whether rewriting the member's annotations to the protocol's keeps the program type-checking, proven from
 * types rather than by re-checking a changed program:
 *   a parameter may take the protocol's type when that type fits the old one (the body reads nothing the new
 *   type lacks), the body never assigns the parameter, and every call through the class passes a fitting value;
 *   a return type may take the protocol's when the old one fits it (the body still returns a fitting value) and
 *   every call's result lands where the new type fits;
 *   a property may take the protocol's type when that type fits the old one, its initializer fits the new one,
 *   and nothing outside the declaration writes it.
 * A member used any other way (passed as a value, destructured) is not proven. Overrides stay valid: a narrower
 * base parameter and a wider base return are what subclasses may already write.
 */
export function annotationChangeIsSafe(
  ts: Typescript,
  checker: TS.TypeChecker,
  declaration: TS.Declaration,
  property: TS.Symbol,
  divergences: readonly Divergence[],
  files: readonly TS.SourceFile[],
): boolean {
  const uses = memberUses(ts, checker, property, declaration, files);
  if (!uses) return false;
  return divergences.every(({ slot }) => slot !== undefined && slotIsSafe(ts, checker, declaration, slot, uses));
}

function slotIsSafe(
  ts: Typescript,
  checker: TS.TypeChecker,
  declaration: TS.Declaration,
  slot: AnnotationSlot,
  uses: readonly MemberUse[],
): boolean {
  const fits = (source: TS.Type, target: TS.Type) => checker.isTypeAssignableTo(source, target);
  switch (slot.kind) {
    case 'parameter': {
      if (!fits(slot.expected, slot.actual)) return false;
      const parameter = ts.isFunctionLike(declaration) ? declaration.parameters[slot.index] : undefined;
      if (!parameter || !ts.isIdentifier(parameter.name) || isAssignedIn(ts, declaration, parameter.name.text)) return false;
      if (!comparisonsStayValid(ts, checker, declaration, parameter.name.text, slot.expected)) return false;
      return uses.every(({ call }) => {
        const argument = call?.arguments[slot.index];
        return call !== undefined && (argument === undefined || fits(checker.getTypeAtLocation(argument), slot.expected));
      });
    }
    case 'return':
      if (!fits(slot.actual, slot.expected)) return false;
      return uses.every(({ call }) => call !== undefined && resultFits(ts, checker, call, slot.expected));
    case 'property': {
      if (!fits(slot.expected, slot.actual)) return false;
      const initializer = ts.isPropertyDeclaration(declaration) ? declaration.initializer : undefined;
      if (initializer && !fits(checker.getTypeAtLocation(initializer), slot.expected)) return false;
      return uses.every(({ access }) => !isWritten(ts, access));
    }
  }
}

/** A call whose value is dropped, or lands where the new return type fits its contextual type. */
function resultFits(ts: Typescript, checker: TS.TypeChecker, call: TS.CallExpression, returned: TS.Type): boolean {
  let value: TS.Node = call;
  while (ts.isAwaitExpression(value.parent) || ts.isParenthesizedExpression(value.parent)) value = value.parent;
  if (ts.isExpressionStatement(value.parent) || ts.isVoidExpression(value.parent)) return true;
  const contextual = checker.getContextualType(value as TS.Expression);
  return contextual !== undefined && checker.isTypeAssignableTo(returned, contextual);
}

/**
 * Every access to the member outside its own declaration, or undefined when one cannot be proven harmless:
 * an access that is not `x.member` or `x['member']`, or a subclass that overrides it.
 */
function memberUses(
  ts: Typescript,
  checker: TS.TypeChecker,
  property: TS.Symbol,
  declaration: TS.Declaration,
  files: readonly TS.SourceFile[],
): MemberUse[] | undefined {
  const uses: MemberUse[] = [];
  const state = { unprovable: false };
  const resolve = (symbol: TS.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const visit = (node: TS.Node): void => {
    if (state.unprovable || node === declaration) return;
    if (ts.isIdentifier(node) && node.text === property.name && isSameMember(resolve(checker.getSymbolAtLocation(node)), property)) {
      const parent = node.parent;
      const access = ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : undefined;
      if (!access) {
        state.unprovable = true;
        return;
      }
      const call = ts.isCallExpression(access.parent) && access.parent.expression === access ? access.parent : undefined;
      uses.push({ access, call });
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) {
    if (file.text.includes(property.name)) ts.forEachChild(file, visit);
  }
  return state.unprovable ? undefined : uses;
}

/**
 * TypeScript rejects `x === 'tape'` once `x` is a union without 'tape' (no overlap): every equality comparison
 * and `switch` case on the parameter must still compare values of overlapping types.
 */
function comparisonsStayValid(
  ts: Typescript,
  checker: TS.TypeChecker,
  declaration: TS.Declaration,
  name: string,
  newType: TS.Type,
): boolean {
  const overlaps = (other: TS.Expression) => {
    const otherType = checker.getTypeAtLocation(other);
    return checker.isTypeAssignableTo(otherType, newType) || checker.isTypeAssignableTo(newType, otherType);
  };
  const equality = new Set([
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ]);
  const isParameter = (node: TS.Node) => ts.isIdentifier(node) && node.text === name;
  const visit = (node: TS.Node): boolean => {
    if (ts.isBinaryExpression(node) && equality.has(node.operatorToken.kind)) {
      if (isParameter(node.left) && !overlaps(node.right)) return true;
      if (isParameter(node.right) && !overlaps(node.left)) return true;
    }
    if (ts.isSwitchStatement(node) && isParameter(node.expression)) {
      const clauses = node.caseBlock.clauses.filter((clause): clause is TS.CaseClause => ts.isCaseClause(clause));
      if (clauses.some((clause) => !overlaps(clause.expression))) return true;
    }
    return ts.forEachChild(node, visit) ?? false;
  };
  const body = (declaration as TS.FunctionLikeDeclaration).body;
  return body === undefined || !visit(body);
}

function isAssignedIn(ts: Typescript, declaration: TS.Declaration, name: string): boolean {
  const visit = (node: TS.Node): boolean => {
    if (ts.isIdentifier(node) && node.text === name && isWritten(ts, node)) return true;
    return ts.forEachChild(node, visit) ?? false;
  };
  const body = (declaration as TS.FunctionLikeDeclaration).body;
  return body !== undefined && visit(body);
}

/** `x = ...`, `x += ...`, `x++`, `--x`: the node is written, not only read. */
function isWritten(ts: Typescript, node: TS.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && parent.left === node) {
    return parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  }
  return (
    (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
    (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
  );
}
