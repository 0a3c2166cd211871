import type * as TS from 'typescript';
import { ownMemberNames } from './own-members';

type Typescript = typeof TS;

/** A concrete class as its file declares it: everything the scan needs about it that the checker does not decide. */
export interface DeclaredClass {
  readonly declaration: TS.ClassLikeDeclaration;
  /** Its own name, else the variable it initializes (`const X = class {}`), else `(anonymous class)`. */
  readonly name: string;
  /** Where findings stand: the class name, or the `class` keyword of a class without one. */
  readonly start: number;
  readonly end: number;
  /** See ownMemberNames. */
  readonly ownMembers: ReadonlySet<TS.__String> | undefined;
}

/**
 * The concrete classes of a file, declarations and expressions. Abstract and ambient (`declare class`) classes
 * cannot be constructed from this code, so they are left out.
 */
export function findDeclaredClasses(ts: Typescript, sourceFile: TS.SourceFile): DeclaredClass[] {
  if (!/\bclass\b/.test(sourceFile.text)) return [];
  const classes: DeclaredClass[] = [];
  const visit = (node: TS.Node): void => {
    if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && isConcrete(ts, node)) {
      classes.push(describeClass(ts, sourceFile, node));
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return classes;
}

function isConcrete(ts: Typescript, node: TS.ClassLikeDeclaration): boolean {
  if (hasModifier(ts, node, ts.SyntaxKind.AbstractKeyword)) return false;
  // `declare class`, or a class inside `declare module` / `declare global` / `declare namespace`.
  return !ts.findAncestor(node, (ancestor) => hasModifier(ts, ancestor, ts.SyntaxKind.DeclareKeyword));
}

function hasModifier(ts: Typescript, node: TS.Node, kind: TS.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
}

function describeClass(ts: Typescript, sourceFile: TS.SourceFile, node: TS.ClassLikeDeclaration): DeclaredClass {
  const at = node.name ?? node.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.ClassKeyword) ?? node;
  const variable = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name : undefined;
  return {
    declaration: node,
    name: node.name?.text ?? variable?.text ?? '(anonymous class)',
    start: at.getStart(sourceFile),
    end: at.end,
    ownMembers: ownMemberNames(ts, node),
  };
}
