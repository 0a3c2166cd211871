import type * as TS from 'typescript';

type Typescript = typeof TS;

/**
 * The comparison mode of the check. 'identical': a parameter or return type must be the protocol's type, not a
 * wider or narrower one. A future 'assignable' mode (parameters may be wider, returns narrower) would be
 * chosen here; the rule takes no options yet, see the rule's docs.
 */
export const COMPARISON_MODE = 'identical';

/**
 * Whether two types are the same type: one object to the checker (primitives, unions, aliases and instantiations
 * are interned), or each assignable to the other. `any` equals only `any`, because it is assignable both ways to
 * everything. Types inside types are compared by the checker's own rules (methods of object types bivariantly).
 */
export function isSameType(ts: Typescript, checker: TS.TypeChecker, a: TS.Type, b: TS.Type): boolean {
  if (a === b) return true;
  if ((a.flags | b.flags) & ts.TypeFlags.Any) return false;
  return checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a);
}

/** `Promise<T>` or any other type `await` unwraps. */
export function isAwaitable(checker: TS.TypeChecker, type: TS.Type): boolean {
  const awaited = checker.getAwaitedType(type);
  return awaited !== undefined && awaited !== type;
}
