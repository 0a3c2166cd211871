import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import { unitProblem } from '../../fix-check';
import type { Finding, TextEdit } from '../../finding';
import { classNamedBy, factoryClassesFor, type FactoryClass } from './factory-classes';
import { planFactoryCall } from './factory-call';
import { keywordNodes } from './keyword-nodes';

/**
 * Constructions and subclasses, outside the allowed files, of a class that must come from its factory. The
 * constructions that need the factory imported share that one import, so one pass fixes them all; each set of
 * edits is checked against the whole file like canonical-import's (fix-check.ts): importing the factory's module
 * must not run code with effects where none ran.
 */
export function checkUseFactory(ctx: CheckContext): Finding[] {
  const { ts } = ctx;
  // The cheap questions first: a config with factories, a file with a `new` or an `extends`; only then is the
  // file matched against each factory's `allow` globs.
  if (!ctx.config.symbols.some((symbol) => symbol.factory !== undefined)) return [];
  const nodes = keywordNodes(ts, ctx.sourceFile);
  if (nodes.length === 0) return [];
  const classes = factoryClassesFor(ctx);
  if (classes.length === 0) return [];
  const findings: Finding[] = [];
  for (const node of nodes) {
    const finding = ts.isNewExpression(node) ? constructionFinding(ctx, node, classes) : subclassFinding(ctx, node, classes);
    if (finding) findings.push(finding);
  }
  return shareImports(ctx, findings);
}

/**
 * A fix is [import, call] when the factory must be imported, else [call]: the findings that add the same import
 * get one fix with every call and that import once, checked; a fix that fails the check is a suggestion.
 */
function shareImports(ctx: CheckContext, findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, { import: TextEdit; calls: TextEdit[] }>();
  const keyOf = (fix: readonly TextEdit[]) => {
    const [first] = fix;
    return fix.length === 2 && first ? `${first.start}:${first.end}:${first.text}` : undefined;
  };
  for (const finding of findings) {
    const key = finding.fix && keyOf(finding.fix);
    if (!finding.fix || key === undefined) continue;
    const [importEdit, call] = finding.fix as [TextEdit, TextEdit];
    const group = groups.get(key) ?? { import: importEdit, calls: [] };
    group.calls.push(call);
    groups.set(key, group);
  }
  const shared = new Map<string, { edits: readonly TextEdit[]; problem: string | undefined }>();
  for (const [key, group] of groups) {
    const edits = [group.import, ...group.calls];
    shared.set(key, { edits, problem: unitProblem(ctx, edits) });
  }
  return findings.map((finding) => {
    const key = finding.fix && keyOf(finding.fix);
    const unit = key === undefined ? undefined : shared.get(key);
    if (!finding.fix || !unit) return finding;
    if (unit.problem === undefined) return { ...finding, fix: unit.edits };
    const { fix, ...rest } = finding;
    return {
      ...rest,
      messageId: 'useFactoryUnsafe',
      data: { ...finding.data, reason: unit.problem },
      suggestions: [{ messageId: 'callFactory', data: { factory: finding.data.factory ?? '' }, edits: fix }],
    };
  });
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
