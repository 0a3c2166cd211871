import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { ResolvedProtocol } from '../../protocol-implementations';

type Typescript = typeof TS;

/** One member a protocol declares, as every class held to the protocol must write it. */
export interface ProtocolMember {
  /** The name as written, for messages and for the member a suggestion adds. */
  readonly name: string;
  /** The protocol's property, instantiated when the class implements a generic protocol with type arguments. */
  readonly symbol: TS.Symbol;
  readonly optional: boolean;
  /** Its one declaration in the protocol, when there is exactly one (merged interfaces may have several). */
  readonly declaration: TS.Declaration | undefined;
}

/**
 * The protocol as a class sees it: `implements Repository<User>` instantiates it with the class's type
 * arguments; a class the config names without `implements` sees the declared interface.
 */
export function protocolTypeFor(
  ctx: CheckContext,
  declaration: TS.ClassLikeDeclaration,
  protocol: ResolvedProtocol,
): TS.Type {
  const { ts } = ctx;
  const checker = ctx.checker as TS.TypeChecker;
  for (const clause of declaration.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
    for (const type of clause.types) {
      let target = checker.getSymbolAtLocation(type.expression);
      if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
      if (target === protocol.interfaceSymbol) return checker.getTypeAtLocation(type);
    }
  }
  return checker.getDeclaredTypeOfSymbol(protocol.interfaceSymbol);
}

/** Types belong to one checker, so this cache lives exactly as long as the program it was computed for. */
const membersByType = new WeakMap<TS.Type, readonly ProtocolMember[]>();

/** The members of a protocol type, its inherited ones included, in declaration order. */
export function protocolMembers(ts: Typescript, checker: TS.TypeChecker, type: TS.Type): readonly ProtocolMember[] {
  let members = membersByType.get(type);
  if (!members) {
    members = checker.getPropertiesOfType(type).flatMap((symbol): ProtocolMember[] => {
      const declarations = symbol.declarations ?? [];
      const [first] = declarations;
      const name = first && writtenName(ts, first);
      if (name === undefined) return [];
      return [
        {
          name,
          symbol,
          optional: (symbol.flags & ts.SymbolFlags.Optional) !== 0,
          declaration: declarations.length === 1 ? first : undefined,
        },
      ];
    });
    membersByType.set(type, members);
  }
  return members;
}

/** `name`, `'quoted-name'`; undefined for computed names (`[Symbol.iterator]`), which no message can spell. */
function writtenName(ts: Typescript, declaration: TS.Declaration): string | undefined {
  const name = ts.getNameOfDeclaration(declaration);
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.getText();
  return undefined;
}
