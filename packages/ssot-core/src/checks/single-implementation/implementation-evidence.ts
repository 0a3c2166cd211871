import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import { protocolsOfClass, type ResolvedProtocol } from '../../protocol-implementations';
import type { ProgramClass } from './program-classes';

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
  ctx: CheckContext,
  checker: TS.TypeChecker,
  cls: ProgramClass,
  protocol: ResolvedProtocol,
): ImplementationEvidence | undefined {
  if (saysImplements(ctx, cls.declaration, protocol)) return { kind: 'implements' };
  if (protocol.namedClasses.has(cls.symbol)) return { kind: 'config' };
  const instanceType = checker.getDeclaredTypeOfSymbol(cls.symbol);
  const base = implementingBase(ctx, checker, instanceType, protocol);
  if (base) return { kind: 'extends', base };
  if (isStructuralImplementation(ctx, checker, instanceType, protocol)) return { kind: 'structural' };
  return undefined;
}

/** `implements P` on the class itself (config-named classes are left to the caller). */
function saysImplements(ctx: CheckContext, declaration: TS.ClassLikeDeclaration, protocol: ResolvedProtocol): boolean {
  return protocolsOfClass(ctx, declaration, [{ ...protocol, namedClasses: new Set() }]).length > 0;
}

/** The name of the nearest base class that says `implements P` or that the config names. */
function implementingBase(
  ctx: CheckContext,
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
 * The class's instance type is assignable to the protocol. A protocol without members or with type parameters
 * would match too much (or need its arguments guessed), and a class whose type or base did not resolve is
 * `any`-like: none of these count structurally.
 */
function isStructuralImplementation(
  ctx: CheckContext,
  checker: TS.TypeChecker,
  instanceType: TS.Type,
  protocol: ResolvedProtocol,
): boolean {
  const { ts } = ctx;
  const protocolType = checker.getDeclaredTypeOfSymbol(protocol.interfaceSymbol);
  if (protocolType.isClassOrInterface() && protocolType.typeParameters?.length) return false;
  if (checker.getPropertiesOfType(protocolType).length === 0) return false;
  if (instanceType.flags & ts.TypeFlags.Any) return false;
  if (instanceType.isClassOrInterface() && checker.getBaseTypes(instanceType).some((base) => base.flags & ts.TypeFlags.Any)) {
    return false;
  }
  return checker.isTypeAssignableTo(instanceType, protocolType);
}
