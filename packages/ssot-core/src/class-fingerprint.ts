import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import type * as TS from 'typescript';

type Typescript = typeof TS;

const MAY_DECLARE_CLASS = /\bclass\b/;

/**
 * The shape of the classes a file declares, as a digest: for each class (declarations and expressions), its
 * name, modifiers, heritage clauses and member signatures, without member bodies. Whether a class implements a
 * protocol (explicitly, through a base class or structurally) depends on that shape only; an edit inside a
 * method body leaves it unchanged. Undefined for a file that declares no class or cannot be read.
 */
export function classFingerprint(ts: Typescript, file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (!MAY_DECLARE_CLASS.test(text)) return undefined;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const shapes: string[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) shapes.push(classShape(ts, sourceFile, node));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (shapes.length === 0) return undefined;
  return createHash('sha256').update(shapes.join('\n')).digest('base64');
}

function classShape(ts: Typescript, sourceFile: TS.SourceFile, node: TS.ClassLikeDeclaration): string {
  const text = (part: TS.Node) => part.getText(sourceFile);
  const head = [
    ...(ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []).map(text) : []),
    node.name ? text(node.name) : '<anonymous>',
    ...(node.heritageClauses ?? []).map(text),
  ];
  const members = node.members.map((member) => withoutBody(ts, sourceFile, member));
  return [head.join(' '), ...members].join('\n  ');
}

/** A member's text up to its body: its signature, with a property's initializer left in (it gives the type). */
function withoutBody(ts: Typescript, sourceFile: TS.SourceFile, member: TS.ClassElement): string {
  const body = ts.isFunctionLike(member) ? (member as { body?: TS.Node }).body : undefined;
  const start = member.getStart(sourceFile);
  const end = body ? body.getStart(sourceFile) : member.getEnd();
  return sourceFile.text.slice(start, end).trim();
}
