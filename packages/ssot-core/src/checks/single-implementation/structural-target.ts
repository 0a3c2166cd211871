import type * as TS from 'typescript';
import type { ResolvedProtocol } from '../../protocol-implementations';
import type { ProgramClass } from './program-classes';

type Typescript = typeof TS;

/** A protocol as the structural test sees it: resolved once per scan, not once per class. */
export interface StructuralTarget {
  readonly type: TS.Type;
  /**
   * False when no class counts structurally: a protocol without members or with type parameters would match too
   * much (or need its arguments guessed).
   */
  readonly matchable: boolean;
  /**
   * Names a class must have for its instance type to be assignable to `type`: the protocol's required
   * properties, less those TypeScript finds on every class (the global `Object`'s). Empty when the protocol
   * is not an interface or class, whose properties are not this simple.
   */
  readonly requiredNames: readonly TS.__String[];
}

export function getStructuralTarget(ts: Typescript, checker: TS.TypeChecker, protocol: ResolvedProtocol): StructuralTarget {
  const type = checker.getDeclaredTypeOfSymbol(protocol.interfaceSymbol);
  const properties = checker.getPropertiesOfType(type);
  const generic = type.isClassOrInterface() && (type.typeParameters?.length ?? 0) > 0;
  const matchable = !generic && properties.length > 0;
  const everyObject = objectMembersType(ts, checker);
  if (!matchable || !type.isClassOrInterface() || !everyObject) return { type, matchable, requiredNames: [] };
  const requiredNames = properties
    .filter((property) => !(property.flags & ts.SymbolFlags.Optional) && isPlainName(ts, property.escapedName))
    .filter((property) => !checker.getPropertyOfType(everyObject, ts.unescapeLeadingUnderscores(property.escapedName)))
    .map((property) => property.escapedName);
  return { type, matchable, requiredNames };
}

/**
 * Whether `cls` cannot be an implementation through a base class or structurally, decided without resolving
 * its type: a class on its own (no `extends`, no declaration merged into it, members all named in its text; see
 * ownMemberNames) has no base, and its instance type has exactly its own members and those of `Object`, so one
 * missing required name makes it unassignable. Its `implements` clauses add nothing to that type; whether one
 * names the protocol is asked before (implementationEvidence).
 */
export function cannotImplementImplicitly(ts: Typescript, cls: ProgramClass, target: StructuralTarget): boolean {
  const { ownMembers } = cls;
  if (!ownMembers) return false;
  // The text first; the checker (is the class its symbol's only declaration?) only for a class it leaves open.
  const lacksMember = !target.matchable || target.requiredNames.some((name) => !ownMembers.has(name));
  return lacksMember && isSoleDeclaration(ts, cls);
}

/** No interface, namespace or augmentation merges members into the class. */
function isSoleDeclaration(ts: Typescript, cls: ProgramClass): boolean {
  const declarations = cls.symbol.getDeclarations() ?? [];
  return (cls.symbol.flags & ts.SymbolFlags.Class) !== 0 && declarations.length === 1 && declarations[0] === cls.declaration;
}

/**
 * A type on which a property lookup finds only the members TypeScript also finds on any class instance: the
 * global `Object` interface's (`toString`, `constructor`, and whatever a global `interface Object` adds).
 * Undefined when the program has no global `Object` (no default library).
 */
function objectMembersType(ts: Typescript, checker: TS.TypeChecker): TS.Type | undefined {
  const objectInterface = checker.resolveName('Object', undefined, ts.SymbolFlags.Interface, false);
  return objectInterface && checker.getDeclaredTypeOfSymbol(objectInterface);
}

/**
 * A name a class member can spell, not the internal name of a symbol-keyed (`__@iterator@12`) or private
 * (`__#1@#x`) property, which the checker's public lookup by name would not find.
 */
function isPlainName(ts: Typescript, name: TS.__String): boolean {
  const text = ts.unescapeLeadingUnderscores(name);
  return !text.startsWith('__@') && !text.startsWith('__#');
}
