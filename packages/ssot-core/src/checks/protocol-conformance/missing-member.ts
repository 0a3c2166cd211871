import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import { fileTextStyle } from '../../edits/file-text-style';
import type { Suggestion, TextEdit } from '../../finding';
import type { ProtocolMember } from './protocol-members';
import { planTypeNameImports } from './type-name-imports';

type Typescript = typeof TS;

/**
 * Adds a missing member after the class's last member, with the protocol's signature as the protocol writes it
 * and a body that fails loudly until someone implements it:
 *   getConnectionCount(): number {
 *     throw new Error('Adapter.getConnectionCount is not implemented');
 *   }
 * A property becomes a getter that throws. Undefined when the protocol's declaration is not one method or
 * property signature, or its types cannot be named in this file.
 */
export function suggestMissingMember(
  ctx: CheckContext,
  declaration: TS.ClassLikeDeclaration,
  className: string,
  member: ProtocolMember,
  protocolName: string,
): Suggestion | undefined {
  const { ts } = ctx;
  const signature = member.declaration;
  if (!signature || !(ts.isMethodSignature(signature) || ts.isPropertySignature(signature))) return undefined;
  const typeNodes = typeNodesOf(ts, signature);
  const imports = planTypeNameImports(ctx, typeNodes, declaration);
  if (!imports) return undefined;
  const style = fileTextStyle(ctx);
  const { member: indent, step } = indentsOf(ctx, declaration);
  const error = `${style.quote}${className}.${member.name} is not implemented${style.quote}`;
  const body = [`{`, `${indent}${step}throw new Error(${error})${style.semicolon}`, `${indent}}`].join(style.newline);
  const head = ts.isMethodSignature(signature)
    ? headOfMethod(signature)
    : `get ${signature.name.getText()}()${signature.type ? `: ${signature.type.getText()}` : ''}`;
  return {
    messageId: 'addMember',
    data: { member: member.name, protocol: protocolName },
    edits: [...imports, insertMember(ctx, declaration, `${indent}${head} ${body}`, style.newline)],
  };
}

/** `name<T>(a: A, b?: B): R` exactly as the protocol writes it, without the trailing `;` or `,`. */
function headOfMethod(signature: TS.MethodSignature): string {
  const sourceFile = signature.getSourceFile();
  return sourceFile.text.slice(signature.name.getStart(sourceFile), signature.end).replace(/[;,]\s*$/, '');
}

function typeNodesOf(ts: Typescript, signature: TS.MethodSignature | TS.PropertySignature): TS.Node[] {
  if (ts.isPropertySignature(signature)) return signature.type ? [signature.type] : [];
  return [...(signature.typeParameters ?? []), ...signature.parameters, ...(signature.type ? [signature.type] : [])];
}

/** The indentation of the class's members, and the step one level adds (two spaces when the class has none). */
function indentsOf(ctx: CheckContext, declaration: TS.ClassLikeDeclaration): { member: string; step: string } {
  const classIndent = lineIndent(ctx.sourceFile.text, declaration.getStart(ctx.sourceFile));
  const [first] = declaration.members;
  const member = first ? lineIndent(ctx.sourceFile.text, first.getStart(ctx.sourceFile)) : `${classIndent}  `;
  const nested = member.startsWith(classIndent) && member.length > classIndent.length;
  const step = nested ? member.slice(classIndent.length) : '  ';
  return { member, step };
}

function lineIndent(text: string, position: number): string {
  return /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', position - 1) + 1))?.[0] ?? '';
}

/** After the last member, a blank line between; inside the braces of a class with no members. */
function insertMember(
  ctx: CheckContext,
  declaration: TS.ClassLikeDeclaration,
  text: string,
  newline: string,
): TextEdit {
  const last = declaration.members[declaration.members.length - 1];
  if (last) return { start: last.end, end: last.end, text: `${newline}${newline}${text}` };
  const closing = declaration.end - 1;
  const classIndent = lineIndent(ctx.sourceFile.text, declaration.getStart(ctx.sourceFile));
  return { start: declaration.members.pos, end: closing, text: `${newline}${text}${newline}${classIndent}` };
}
