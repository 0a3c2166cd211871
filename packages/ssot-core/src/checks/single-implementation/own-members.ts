import type * as TS from 'typescript';

type Typescript = typeof TS;

/**
 * The names (as TypeScript escapes them) of every member a class declares in its body, constructor parameter
 * properties included, when its text alone decides them; static members are in too, which only adds names.
 * `implements` adds no member to a class's type (TypeScript only checks the class against it), so a class that
 * implements interfaces has its own members too. Undefined when the text does not decide them:
 *   class A extends B {}                            members come from the base class
 *   class A { [key]() {} } / class A { 1 = 0 }      a computed or numeric name is known to the checker only
 *   class A { [key: string]: unknown }              an index signature
 *   a class in a JavaScript file                     `this.x = ...` and JSDoc tags add members
 * Whether other declarations merge into the class (`interface A {}`) is for the caller to ask the checker.
 */
export function ownMemberNames(ts: Typescript, declaration: TS.ClassLikeDeclaration): ReadonlySet<TS.__String> | undefined {
  if (declaration.flags & ts.NodeFlags.JavaScriptFile) return undefined;
  if (declaration.heritageClauses?.some((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)) return undefined;
  const names = new Set<TS.__String>();
  for (const member of declaration.members) {
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (!ts.isParameterPropertyDeclaration(parameter, member)) continue;
        if (!ts.isIdentifier(parameter.name)) return undefined;
        names.add(parameter.name.escapedText);
      }
    } else if (
      ts.isPropertyDeclaration(member) ||
      ts.isMethodDeclaration(member) ||
      ts.isGetAccessorDeclaration(member) ||
      ts.isSetAccessorDeclaration(member)
    ) {
      const name = escapedNameOf(ts, member.name);
      if (name === undefined) return undefined;
      names.add(name);
    } else if (!ts.isSemicolonClassElement(member) && !ts.isClassStaticBlockDeclaration(member)) {
      return undefined; // an index signature, or a member this list does not know
    }
  }
  return names;
}

/**
 * `name` as the checker names the property it declares, for the kinds of name whose text decides it; a private
 * `#name` as written, which no protocol member can match.
 */
function escapedNameOf(ts: Typescript, name: TS.PropertyName): TS.__String | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.escapedText;
  if (ts.isStringLiteral(name)) return ts.escapeLeadingUnderscores(name.text);
  return undefined;
}
