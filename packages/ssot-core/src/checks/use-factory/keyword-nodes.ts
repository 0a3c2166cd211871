import type * as TS from 'typescript';

type Typescript = typeof TS;

/** What use-factory looks at: a construction, or a class that extends something. */
export type KeywordNode = TS.NewExpression | TS.ClassLikeDeclaration;

/**
 * Every `new X` and every class with an `extends` clause, in the order of their keywords in the text. Found from
 * where `new` and `extends` are spelt, by descending to each spelling from the root, instead of walking every
 * node: a spelling inside a comment, a string or a longer identifier leads to no such node and is skipped.
 */
export function keywordNodes(ts: Typescript, sourceFile: TS.SourceFile): KeywordNode[] {
  const found: KeywordNode[] = [];
  for (const match of sourceFile.text.matchAll(/\bnew\b|\bextends\b/g)) {
    const node = nodeAtKeyword(ts, sourceFile, match.index);
    if (node) found.push(node);
  }
  return found;
}

/** The construction whose `new`, or the class whose `extends`, is the token starting at `position`. */
function nodeAtKeyword(ts: Typescript, sourceFile: TS.SourceFile, position: number): KeywordNode | undefined {
  let node: TS.Node = sourceFile;
  for (;;) {
    const child: TS.Node | undefined = ts.forEachChild(node, (candidate) =>
      candidate.pos <= position && position < candidate.end ? candidate : undefined,
    );
    if (!child) return undefined;
    if (child.getStart(sourceFile) === position) {
      if (ts.isNewExpression(child)) return child;
      if (ts.isHeritageClause(child)) {
        const owner = child.parent;
        const isExtends = child.token === ts.SyntaxKind.ExtendsKeyword;
        return isExtends && (ts.isClassDeclaration(owner) || ts.isClassExpression(owner)) ? owner : undefined;
      }
    }
    node = child;
  }
}
