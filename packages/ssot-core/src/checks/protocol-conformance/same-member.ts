import type * as TS from 'typescript';

/**
 * Whether a name's symbol is `member`. TypeScript gives a class type's properties as copies of the declared
 * members (instantiated for the class's `this` type), while a name inside the class (`this.get()`) resolves to the
 * declared member itself: the two share their declarations, not their identity.
 */
export function isSameMember(symbol: TS.Symbol | undefined, member: TS.Symbol): boolean {
  if (!symbol) return false;
  if (symbol === member) return true;
  const declarations = member.declarations ?? [];
  return (symbol.declarations ?? []).some((declaration) => declarations.includes(declaration));
}
