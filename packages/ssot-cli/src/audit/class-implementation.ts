import ts = require('typescript');
import type { ProjectClass } from './project-declarations';

/** An interface as the implementation test sees it. */
export interface InterfaceShape {
  readonly symbol: ts.Symbol;
  readonly type: ts.Type;
  readonly requiredMembers: readonly string[];
  readonly memberCount: number;
  /** Generic interfaces are only matched through `implements`: their type parameters have no instance to check. */
  readonly generic: boolean;
}

export function interfaceShape(checker: ts.TypeChecker, symbol: ts.Symbol): InterfaceShape {
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const members = checker.getPropertiesOfType(type);
  const generic = (type.flags & ts.TypeFlags.Object) !== 0 && ((type as ts.InterfaceType).typeParameters?.length ?? 0) > 0;
  return {
    symbol,
    type,
    requiredMembers: members.filter((member) => !(member.flags & ts.SymbolFlags.Optional)).map((member) => member.name),
    memberCount: members.length,
    generic,
  };
}

/**
 * Empty and trivial interfaces (fewer than two required members) match too many classes by accident to say
 * anything about fragmentation.
 */
export function isTrivialInterface(shape: InterfaceShape): boolean {
  return shape.requiredMembers.length < 2;
}

/**
 * How a class implements an interface: `explicit` when it says `implements`, `structural` when its instance
 * type is assignable to the interface without saying so, undefined when it does not. Member names are compared
 * first, so the checker is asked only about classes that could match.
 */
export function implementationKind(
  checker: ts.TypeChecker,
  projectClass: ProjectClass,
  shape: InterfaceShape,
): 'explicit' | 'structural' | undefined {
  if (projectClass.implemented.has(shape.symbol)) return 'explicit';
  if (shape.generic || shape.requiredMembers.length === 0) return undefined;
  const names = projectClass.memberNames();
  if (!shape.requiredMembers.every((member) => names.has(member))) return undefined;
  return checker.isTypeAssignableTo(projectClass.instanceType(), shape.type) ? 'structural' : undefined;
}
