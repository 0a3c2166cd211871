import type * as TS from 'typescript';

type Typescript = typeof TS;

/**
 * A type as the checker writes it where `enclosing` stands, so each side names types the way its own file does:
 * the protocol says `ConnectionId` where the class says `string`.
 */
export function typeText(
  ts: Typescript,
  checker: TS.TypeChecker,
  type: TS.Type,
  enclosing: TS.Node | undefined,
): string {
  return checker.typeToString(type, enclosing, ts.TypeFormatFlags.NoTruncation);
}

/**
 * A member as messages show it: `getConnection(connectionId: ConnectionId): WebSocketConnection | undefined` for
 * a method (overloads joined by `; `), `name?: string` for a property.
 */
export function memberText(
  ts: Typescript,
  checker: TS.TypeChecker,
  name: string,
  member: TS.Symbol,
  enclosing: TS.Node | undefined,
): string {
  const type = checker.getTypeOfSymbol(member);
  const optional = (member.flags & ts.SymbolFlags.Optional) !== 0;
  const signatures = isWrittenAsMethod(ts, member)
    ? checker.getSignaturesOfType(checker.getNonNullableType(type), ts.SignatureKind.Call)
    : [];
  if (signatures.length === 0) {
    const shown = optional ? checker.getNonNullableType(type) : type;
    const written = writtenText(checker, propertyAnnotation(ts, member), shown);
    return `${name}${optional ? '?' : ''}: ${written ?? typeText(ts, checker, shown, enclosing)}`;
  }
  return signatures
    .map((signature) => {
      const text = checker.signatureToString(signature, enclosing, ts.TypeFormatFlags.NoTruncation);
      return `${name}${optional ? '?' : ''}${text}`;
    })
    .join('; ');
}

/**
 * The annotation as written (`TimeType`, where the checker would write `keyof import("./typings").Cron`), when it
 * still means `type` and fits on one line; undefined when the type was instantiated (a protocol's `T` that is
 * `User` here), there is no annotation, or it spans lines (a type literal whose members are separated by line
 * breaks alone would read as one run of text).
 */
export function writtenText(checker: TS.TypeChecker, annotation: TS.TypeNode | undefined, type: TS.Type): string | undefined {
  if (!annotation || checker.getTypeFromTypeNode(annotation) !== type) return undefined;
  const text = annotation.getText();
  return /[\r\n\u2028\u2029]/.test(text) ? undefined : text;
}

/**
 * The type annotation of a property declared once, as a property (not a method); of an accessor pair, the
 * getter's return type, else the setter's parameter type (writtenText keeps it only if it means the member's type).
 */
function propertyAnnotation(ts: Typescript, member: TS.Symbol): TS.TypeNode | undefined {
  const declarations = member.declarations ?? [];
  const getter = declarations.find((declaration) => ts.isGetAccessorDeclaration(declaration));
  const setter = declarations.find((declaration) => ts.isSetAccessorDeclaration(declaration));
  if (getter || setter) return getter?.type ?? setter?.parameters[0]?.type;
  const [declaration, ...others] = declarations;
  if (!declaration || others.length > 0) return undefined;
  return ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration) ? declaration.type : undefined;
}

/** Methods, and properties initialised with a function (`handle = () => {}`), are shown with their signatures. */
function isWrittenAsMethod(ts: Typescript, member: TS.Symbol): boolean {
  return (member.declarations ?? []).some(
    (declaration) =>
      ts.isMethodDeclaration(declaration) ||
      ts.isMethodSignature(declaration) ||
      (ts.isPropertyDeclaration(declaration) &&
        declaration.type === undefined &&
        declaration.initializer !== undefined &&
        (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))),
  );
}
