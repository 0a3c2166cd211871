import type * as TS from 'typescript';

type Typescript = typeof TS;

// Where the names stand that the type checks ask TypeScript 7's checker about by position: asked in batches, since
// each call is a round trip to the compiler.

/** Each identifier of the file that spells `name`. */
export function identifiersNamed(ts: Typescript, sourceFile: TS.SourceFile, name: string): (TS.Identifier | TS.PrivateIdentifier)[] {
  const found: (TS.Identifier | TS.PrivateIdentifier)[] = [];
  const visit = (node: TS.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text === name) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * The declaration an identifier names, where the checker's symbol at the identifier is that declaration's own:
 * a class, interface, member, function, variable, parameter, type alias or enum. Undefined for any other use.
 */
export function declarationNamedBy(ts: Typescript, name: TS.Identifier | TS.PrivateIdentifier): TS.NamedDeclaration | undefined {
  const parent = name.parent as TS.Node | undefined;
  if (!parent) return undefined;
  const declaration = parent as TS.NamedDeclaration;
  const declares =
    ts.isClassLike(parent) ||
    ts.isInterfaceDeclaration(parent) ||
    ts.isClassElement(parent) ||
    ts.isTypeElement(parent) ||
    ts.isFunctionDeclaration(parent) ||
    ts.isVariableDeclaration(parent) ||
    ts.isParameter(parent) ||
    ts.isTypeAliasDeclaration(parent) ||
    ts.isEnumDeclaration(parent);
  return declares && declaration.name === name ? declaration : undefined;
}

/**
 * Where each class of the file writes its name, and each identifier its heritage clauses name: what the type
 * checks ask about in every file they scan.
 */
export function classNamePositions(ts: Typescript, sourceFile: TS.SourceFile): number[] {
  const positions: number[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isClassLike(node)) {
      if (node.name) positions.push(node.name.getStart(sourceFile));
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          if (ts.isIdentifier(type.expression)) positions.push(type.expression.getStart(sourceFile));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  // A file that declares no class has nothing to ask ahead.
  if (/\bclass\b/.test(sourceFile.text)) visit(sourceFile);
  return positions;
}
