import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import { replaceNode } from '../../edits/import-edits';
import type { TextEdit } from '../../finding';
import type { AnnotationSlot, Divergence } from './divergence';
import { planTypeNameImports } from './type-name-imports';

type Typescript = typeof TS;

/**
 * The edits that make a member that differs only in annotations write the protocol's: each differing type
 * annotation of the class member takes the protocol's annotation text, and the types that text names are
 * imported from where the protocol imports them.
 *   getConnection(connectionId: string): ...   ->   getConnection(connectionId: ConnectionId): ...
 *                               ^^^^^^                                          ^^^^^^^^^^^^
 * Undefined when the member differs in more than annotations (parameter count, optionality, sync vs async,
 * overloads), when either side has no annotation to take or replace, or when a name in the protocol's text
 * cannot mean the same in this file. The edits are not yet proven to keep the program type-checking.
 */
export function planAnnotationFix(
  ctx: CheckContext,
  classMember: TS.Declaration,
  protocolMember: TS.Declaration | undefined,
  divergences: readonly Divergence[],
): TextEdit[] | undefined {
  const { ts, sourceFile } = ctx;
  if (!protocolMember || divergences.length === 0) return undefined;
  const pairs: [replaced: TS.TypeNode, taken: TS.TypeNode][] = [];
  for (const { slot } of divergences) {
    if (!slot) return undefined;
    const replaced = annotationAt(ts, classMember, slot);
    const taken = annotationAt(ts, protocolMember, slot);
    if (!replaced || !taken) return undefined;
    pairs.push([replaced, taken]);
  }
  const imports = planTypeNameImports(
    ctx,
    pairs.map(([, taken]) => taken),
    classMember,
  );
  if (!imports) return undefined;
  const rewrites = pairs.map(([replaced, taken]) => replaceNode(sourceFile, replaced, taken.getText()));
  return [...imports, ...rewrites];
}

/** The type annotation a slot names on a method or property declaration; undefined when it is not written. */
function annotationAt(ts: Typescript, declaration: TS.Declaration, slot: AnnotationSlot): TS.TypeNode | undefined {
  const isMethod = ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration);
  const isProperty = ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration);
  switch (slot.kind) {
    case 'parameter':
      return isMethod ? declaration.parameters[slot.index]?.type : undefined;
    case 'return':
      return isMethod ? declaration.type : undefined;
    case 'property':
      return isProperty ? declaration.type : undefined;
  }
}
