import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { classNamedBy, factoryClassesFor, type FactoryClass } from './factory-classes';
import { planFactoryCall } from './factory-call';
import { keywordNodes } from './keyword-nodes';

/** Constructions and subclasses, outside the allowed files, of a class that must come from its factory. */
export function checkUseFactory(ctx: CheckContext): Finding[] {
  const classes = factoryClassesFor(ctx);
  if (classes.length === 0) return [];
  const { ts } = ctx;
  const findings: Finding[] = [];
  for (const node of keywordNodes(ts, ctx.sourceFile)) {
    const finding = ts.isNewExpression(node) ? constructionFinding(ctx, node, classes) : subclassFinding(ctx, node, classes);
    if (finding) findings.push(finding);
  }
  return findings;
}

function constructionFinding(ctx: CheckContext, node: TS.NewExpression, classes: readonly FactoryClass[]): Finding | undefined {
  const target = classNamedBy(ctx, node.expression, classes);
  if (!target) return undefined;
  const call = planFactoryCall(ctx, node, target);
  const data = { className: target.name, factory: target.factory.name, factoryModule: call.factoryModule };
  const range = { start: node.getStart(ctx.sourceFile), end: node.end };
  if (!call.edits) return { check: 'use-factory', messageId: 'useFactoryUnsafe', data: { ...data, reason: call.reason ?? '' }, ...range };
  if (call.reason === undefined) return { check: 'use-factory', messageId: 'useFactory', data, ...range, fix: call.edits };
  return {
    check: 'use-factory',
    messageId: 'useFactoryUnsafe',
    data: { ...data, reason: call.reason },
    ...range,
    suggestions: [{ messageId: 'callFactory', data: { factory: target.factory.name }, edits: call.edits }],
  };
}

function subclassFinding(
  ctx: CheckContext,
  node: TS.ClassLikeDeclaration,
  classes: readonly FactoryClass[],
): Finding | undefined {
  const { ts } = ctx;
  const extendsClause = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
  const base = extendsClause?.types[0];
  const target = base && classNamedBy(ctx, base.expression, classes);
  if (!base || !target) return undefined;
  return {
    check: 'use-factory',
    messageId: 'noSubclass',
    data: { subclass: subclassName(ts, node), className: target.name, factory: target.factory.name },
    start: base.expression.getStart(ctx.sourceFile),
    end: base.expression.end,
  };
}

/** `class Y`, or the variable a class expression is assigned to: `const Y = class extends X {}`. */
function subclassName(ts: typeof TS, node: TS.ClassLikeDeclaration): string {
  if (node.name) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous class)';
}
