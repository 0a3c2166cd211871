import type * as TS from 'typescript';
import type { SsotConfig } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { exportedSymbol, resolveProtocols, type ResolvedProtocol } from '../../protocol-implementations';
import { implementationEvidence, type ImplementationEvidence } from './implementation-evidence';
import { findProgramClasses, type ProgramClass } from './program-classes';
import { getStructuralTarget } from './structural-target';

/** The findings of every file of one program under one config, by normalized file name. */
export type ImplementationScan = ReadonlyMap<string, readonly Finding[]>;

interface Implementation {
  readonly cls: ProgramClass;
  readonly evidence: ImplementationEvidence;
}

/** Past this many, "the others" ends with "and N more": a message is read in a hover, not a report. */
const MAX_LISTED = 10;

const scansByProgram = new WeakMap<TS.Program, WeakMap<SsotConfig, ImplementationScan>>();

/**
 * Counting implementations needs every class of the program, so the scan runs once per program and config;
 * each file's check is then a lookup. The cache lets go of a program when the program is collected.
 */
export function getImplementationScan(ctx: CheckContext): ImplementationScan {
  const { program, checker, config } = ctx;
  if (!program || !checker) return new Map();
  let byConfig = scansByProgram.get(program);
  if (!byConfig) {
    byConfig = new WeakMap();
    scansByProgram.set(program, byConfig);
  }
  let scan = byConfig.get(config);
  if (!scan) {
    scan = scanProgram(ctx, program, checker);
    byConfig.set(config, scan);
  }
  return scan;
}

function scanProgram(ctx: CheckContext, program: TS.Program, checker: TS.TypeChecker): ImplementationScan {
  const protocols = resolveProtocols(ctx);
  const findings = new Map<string, Finding[]>();
  if (protocols.length === 0) return findings;
  const classes = findProgramClasses(ctx.ts, program, checker, ctx.config);
  for (const protocol of protocols) {
    const target = getStructuralTarget(ctx.ts, checker, protocol);
    const implementations = classes.flatMap((cls): Implementation[] => {
      const evidence = implementationEvidence(ctx, checker, cls, protocol, target);
      return evidence ? [{ cls, evidence }] : [];
    });
    const canonical = exportedSymbol(ctx.ts, program, checker, protocol.symbol);
    const ordered = orderImplementations(implementations, canonical);
    for (const [index, implementation] of ordered.entries()) {
      if (index < protocol.protocol.maxImplementations) continue;
      const finding = tooManyFinding(protocol, ordered, index, implementation);
      const inFile = findings.get(implementation.cls.file);
      if (inFile) inFile.push(finding);
      else findings.set(implementation.cls.file, [finding]);
    }
  }
  for (const inFile of findings.values()) inFile.sort((a, b) => a.start - b.start);
  return findings;
}

/** Which classes are allowed: the symbol's canonical class first, then by file path and position. */
function orderImplementations(implementations: readonly Implementation[], canonical: TS.Symbol | undefined): Implementation[] {
  const rank = (implementation: Implementation) => (implementation.cls.symbol === canonical ? 0 : 1);
  return [...implementations].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareStrings(a.cls.file, b.cls.file) ||
      a.cls.declaration.pos - b.cls.declaration.pos,
  );
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function tooManyFinding(
  protocol: ResolvedProtocol,
  ordered: readonly Implementation[],
  index: number,
  implementation: Implementation,
): Finding {
  const max = protocol.protocol.maxImplementations;
  const others = ordered.filter((other) => other !== implementation).map(({ cls }) => `${cls.name} (${cls.displayFile})`);
  const listed = others.length > MAX_LISTED ? [...others.slice(0, MAX_LISTED), `and ${others.length - MAX_LISTED} more`] : others;
  const allowed = ordered.slice(0, max).map(({ cls }) => `'${cls.name}'`);
  return {
    check: 'single-implementation',
    messageId: 'tooManyImplementations',
    data: {
      className: implementation.cls.name,
      position: String(index + 1),
      protocol: protocol.protocol.name,
      how: describeEvidence(implementation.evidence),
      max: String(max),
      verb: max === 1 ? 'is' : 'are',
      others: listed.join(', '),
      allowed: allowed.join(' or '),
    },
    start: implementation.cls.start,
    end: implementation.cls.end,
  };
}

function describeEvidence(evidence: ImplementationEvidence): string {
  switch (evidence.kind) {
    case 'implements':
      return "declared with 'implements'";
    case 'config':
      return 'named in ssot.config.json';
    case 'extends':
      return `it extends '${evidence.base}'`;
    case 'structural':
      return 'its members match the protocol';
  }
}
