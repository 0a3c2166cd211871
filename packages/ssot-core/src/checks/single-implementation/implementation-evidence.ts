import type * as TS from 'typescript';
import type { ProgramScope } from '../../check-context';
import { protocolsOfClass, type ResolvedProtocol } from '../../protocol-implementations';
import type { ProgramClass } from './program-classes';
import { cannotImplementImplicitly, type StructuralTarget } from './structural-target';

/** Why a class counts as an implementation of a protocol, strongest evidence first. */
export type ImplementationEvidence =
  | { readonly kind: 'implements' }
  | { readonly kind: 'config' }
  | { readonly kind: 'extends'; readonly base: string }
  | { readonly kind: 'structural' };

/**
 * How `cls` implements `protocol`, or undefined when it does not:
 *   class A implements P {}            'implements'
 *   class B {}  + config names B        'config'
 *   class C extends A {}               'extends' (a subclass is a class of its own that users can construct)
 *   class D { ...every member of P }   'structural' (its instance type is assignable to P)
 */
export function implementationEvidence(
  ctx: ProgramScope,
  checker: TS.TypeChecker,
  cls: ProgramClass,
  protocol: ResolvedProtocol,
  target: StructuralTarget,
): ImplementationEvidence | undefined {
  if (saysImplements(ctx, cls.declaration, protocol)) return { kind: 'implements' };
  if (protocol.namedClasses.has(cls.symbol)) return { kind: 'config' };
  // Most classes of a program are not implementations, and their text says so: no type to resolve.
  if (cannotImplementImplicitly(ctx.ts, cls, target)) return undefined;
  const instanceType = checker.getDeclaredTypeOfSymbol(cls.symbol);
  const base = implementingBase(ctx, checker, instanceType, protocol);
  if (base) return { kind: 'extends', base };
  if (isStructuralImplementation(ctx, checker, instanceType, target)) return { kind: 'structural' };
  return undefined;
}

/** `implements P` on the class itself (config-named classes are left to the caller). */
function saysImplements(ctx: ProgramScope, declaration: TS.ClassLikeDeclaration, protocol: ResolvedProtocol): boolean {
  if (!declaration.heritageClauses) return false;
  return protocolsOfClass(ctx, declaration, [{ ...protocol, namedClasses: new Set() }]).length > 0;
}

/** The name of the nearest base class that says `implements P` or that the config names. */
function implementingBase(
  ctx: ProgramScope,
  checker: TS.TypeChecker,
  type: TS.Type,
  protocol: ResolvedProtocol,
  seen = new Set<TS.Type>(),
): string | undefined {
  if (!type.isClassOrInterface() || seen.has(type)) return undefined;
  seen.add(type);
  for (const base of checker.getBaseTypes(type)) {
    const symbol = base.getSymbol();
    if (!symbol) continue;
    const declarations = symbol.getDeclarations() ?? [];
    const implementing =
      protocol.namedClasses.has(symbol) ||
      declarations.some((declaration) => ctx.ts.isClassLike(declaration) && saysImplements(ctx, declaration, protocol));
    if (implementing) return symbol.getName();
    const target = (base as TS.TypeReference).target as TS.Type | undefined;
    const further = implementingBase(ctx, checker, target ?? base, protocol, seen);
    if (further) return further;
  }
  return undefined;
}

/**
 * The class's instance type is assignable to the protocol (see StructuralTarget for the protocols that never
 * match). A class whose type or base did not resolve is `any`-like: it does not count structurally.
 */
function isStructuralImplementation(
  ctx: ProgramScope,
  checker: TS.TypeChecker,
  instanceType: TS.Type,
  target: StructuralTarget,
): boolean {
  const { ts } = ctx;
  if (!target.matchable) return false;
  if (instanceType.flags & ts.TypeFlags.Any) return false;
  if (instanceType.isClassOrInterface() && checker.getBaseTypes(instanceType).some((base) => base.flags & ts.TypeFlags.Any)) {
    return false;
  }
  return checker.isTypeAssignableTo(instanceType, target.type);
}
