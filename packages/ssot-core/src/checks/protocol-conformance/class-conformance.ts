import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { Finding, TextEdit } from '../../finding';
import type { ResolvedProtocol } from '../../protocol-implementations';
import { planAnnotationFix } from './annotation-fix';
import { annotationChangeIsSafe } from './fix-safety';
import type { Divergence } from './divergence';
import { compareMember } from './member-comparison';
import { suggestMissingMember } from './missing-member';
import { protocolMembers, protocolTypeFor, type ProtocolMember } from './protocol-members';
import { filesReferencing } from './referencing-files';
import { memberText } from './signature-text';

/** The class as findings name it and where findings about the class as a whole stand. */
interface ClassFacts {
  readonly declaration: TS.ClassLikeDeclaration;
  readonly symbol: TS.Symbol | undefined;
  readonly type: TS.Type;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Every member of `protocol` the class leaves out or writes differently, one finding per member. */
export function checkClassAgainstProtocol(
  ctx: CheckContext,
  declaration: TS.ClassLikeDeclaration,
  protocol: ResolvedProtocol,
): Finding[] {
  const { ts, sourceFile } = ctx;
  const checker = ctx.checker as TS.TypeChecker;
  // A class declaration's type is its instance type, a class expression's its constructor type: both lead to the
  // class symbol, whose declared type is the instance type.
  const symbol = checker.getTypeAtLocation(declaration).getSymbol();
  const type = symbol ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getTypeAtLocation(declaration);
  const at =
    declaration.name ?? declaration.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.ClassKeyword);
  const facts: ClassFacts = {
    declaration,
    symbol,
    type,
    name: declaration.name?.text ?? variableName(ctx, declaration) ?? '(anonymous class)',
    start: (at ?? declaration).getStart(sourceFile),
    end: (at ?? declaration).end,
  };
  const protocolName = protocol.interfaceSymbol.name;
  const findings: Finding[] = [];
  for (const member of protocolMembers(ts, checker, protocolTypeFor(ctx, declaration, protocol))) {
    const property = checker.getPropertyOfType(type, member.symbol.name);
    const expected = protocolMemberText(ts, checker, member);
    const data = { className: facts.name, member: member.name, protocol: protocolName, expected };
    if (!property) {
      if (member.optional) continue;
      const suggestion = suggestMissingMember(ctx, declaration, facts.name, member, protocolName);
      findings.push({
        check: 'protocol-conformance',
        messageId: 'missingMember',
        data,
        start: facts.start,
        end: facts.end,
        ...(suggestion && { suggestions: [suggestion] }),
      });
      continue;
    }
    const finding = memberFinding(ctx, facts, member, property, data);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The finding for a member the class has but writes differently: its first divergence, and a proven fix. */
function memberFinding(
  ctx: CheckContext,
  facts: ClassFacts,
  member: ProtocolMember,
  property: TS.Symbol,
  data: Readonly<Record<string, string>>,
): Finding | undefined {
  const { ts, sourceFile } = ctx;
  const checker = ctx.checker as TS.TypeChecker;
  // Inherited members are judged here but fixed where they are written, in the base class.
  const own = (property.declarations ?? []).filter((declaration) => declaration.parent === facts.declaration);
  const [ownDeclaration] = own;
  const scope = { ts, checker, protocolAt: member.declaration, classAt: ownDeclaration ?? facts.declaration };
  const divergences = compareMember(scope, member, property);
  const [first] = divergences;
  if (!first) return undefined;
  const actual = memberText(ts, checker, member.name, property, ownDeclaration ?? facts.declaration);
  const name = ownDeclaration && ts.getNameOfDeclaration(ownDeclaration);
  const fix =
    own.length === 1 && ownDeclaration
      ? provenFix(ctx, facts, ownDeclaration, member, property, divergences)
      : undefined;
  return {
    check: 'protocol-conformance',
    messageId: first.messageId,
    data: { ...data, actual, ...first.data },
    start: name ? name.getStart(sourceFile) : facts.start,
    end: name ? name.end : facts.end,
    ...(fix && { fix }),
  };
}

/** The annotation rewrite, when it exists and is proven to keep the program type-checking. */
function provenFix(
  ctx: CheckContext,
  facts: ClassFacts,
  declaration: TS.Declaration,
  member: ProtocolMember,
  property: TS.Symbol,
  divergences: readonly Divergence[],
): TextEdit[] | undefined {
  const edits = planAnnotationFix(ctx, declaration, member.declaration, divergences);
  const program = ctx.program;
  if (!edits || !program) return undefined;
  const dependents = facts.symbol ? filesReferencing(ctx.ts, program, facts.symbol, property, ctx.sourceFile) : [];
  const checker = program.getTypeChecker();
  const files = [ctx.sourceFile, ...dependents];
  return annotationChangeIsSafe(ctx.ts, checker, declaration, property, divergences, files) ? edits : undefined;
}

/** `X` of `const X = class { ... }`, which is how the class is known. */
function variableName(ctx: CheckContext, declaration: TS.ClassLikeDeclaration): string | undefined {
  const { parent } = declaration;
  return ctx.ts.isVariableDeclaration(parent) && ctx.ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

/** The protocol's side of every message about a member: the same for every class held to it, so written once. */
const protocolTexts = new WeakMap<TS.Symbol, string>();

function protocolMemberText(ts: typeof TS, checker: TS.TypeChecker, member: ProtocolMember): string {
  let text = protocolTexts.get(member.symbol);
  if (text === undefined) {
    text = memberText(ts, checker, member.name, member.symbol, member.declaration);
    protocolTexts.set(member.symbol, text);
  }
  return text;
}
