import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { protocolsOfClass, resolveProtocols } from '../../protocol-implementations';
import { checkClassAgainstProtocol } from './class-conformance';

/**
 * Every class of the file that says `implements P` of a configured protocol P, or that the config holds to P
 * (the symbol's canonical class and `protocol.implementations`), against every member of P: missing members,
 * parameter lists, optionality, and identical parameter and return types. Needs the type checker; the engine
 * refuses to run it without one.
 */
export function checkProtocolConformance(ctx: CheckContext): Finding[] {
  const protocols = resolveProtocols(ctx);
  if (protocols.length === 0 || !/\bclass\b/.test(ctx.sourceFile.text)) return [];
  const { ts } = ctx;
  const findings: Finding[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const seen = new Set<TS.Symbol>();
      for (const protocol of protocolsOfClass(ctx, node, protocols)) {
        // Two config symbols may share one protocol; the class answers to it once.
        if (seen.has(protocol.interfaceSymbol)) continue;
        seen.add(protocol.interfaceSymbol);
        findings.push(...checkClassAgainstProtocol(ctx, node, protocol));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return findings;
}
