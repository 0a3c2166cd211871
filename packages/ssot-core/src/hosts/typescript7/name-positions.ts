import type * as TS from 'typescript';

type Typescript = typeof TS;

// Where the names stand that the type checks ask TypeScript 7's checker about by position: asked in batches, since
// each call is a round trip to the compiler.

/** Where each identifier of the file that spells `name` starts. */
export function positionsOfName(ts: Typescript, sourceFile: TS.SourceFile, name: string): number[] {
  const positions: number[] = [];
  const visit = (node: TS.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text === name) positions.push(node.getStart(sourceFile));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return positions;
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
