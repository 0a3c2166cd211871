import type * as TS from 'typescript';
import type { ProtocolRef, SsotConfig, SymbolEntry } from 'ssot-config';
import type { ProgramScope } from '../../check-context';
import type { Finding } from '../../finding';
import { exportedSymbol, resolveProtocols, type ResolvedProtocol } from '../../protocol-implementations';
import { implementationEvidence, type ImplementationEvidence } from './implementation-evidence';
import { classesOfFile, findProgramClasses, type ProgramClass } from './program-classes';
import { getStructuralTarget, type StructuralTarget } from './structural-target';

/** The findings of every file of one program under one config, by normalized file name. */
export type ImplementationScan = ReadonlyMap<string, readonly Finding[]>;

interface Implementation {
  readonly cls: ProgramClass;
  readonly evidence: ImplementationEvidence;
}

/** One class counted as an implementation of a protocol, and what the count makes of it. */
export interface ProtocolImplementation {
  readonly name: string;
  /** Normalized absolute path. */
  readonly file: string;
  /** `file` relative to the config's directory, as messages show it. */
  readonly displayFile: string;
  readonly declaration: TS.ClassLikeDeclaration;
  /** Where a finding on it stands (its name). */
  readonly start: number;
  readonly end: number;
  readonly evidence: ImplementationEvidence;
  /** The symbol's own (canonical) class. */
  readonly canonical: boolean;
  /** Within the allowed number (`maxImplementations`), in the order the check counts: canonical first, then by path. */
  readonly allowed: boolean;
}

/** A configured protocol and every class of the program the engine counts as implementing it. */
export interface ProtocolImplementations {
  readonly symbol: SymbolEntry;
  readonly protocol: ProtocolRef;
  readonly interfaceSymbol: TS.Symbol;
  readonly implementations: readonly ProtocolImplementation[];
}

/** Past this many, "the others" ends with "and N more": a message is read in a hover, not a report. */
const MAX_LISTED = 10;

/** One program's scan under one config, and the findings drawn from it when a check first asks. */
interface ProgramScan {
  readonly implementations: readonly ProtocolImplementations[];
  findings?: ImplementationScan;
}
const scansByProgram = new WeakMap<TS.Program, WeakMap<SsotConfig, ProgramScan>>();

/**
 * Counting implementations needs every class of the program, so the scan runs once per program and config;
 * each file's check is then a lookup. The cache lets go of a program when the program is collected.
 */
function scanOf(scope: ProgramScope): ProgramScan | undefined {
  const { program, checker, config } = scope;
  if (!program || !checker) return undefined;
  let byConfig = scansByProgram.get(program);
  if (!byConfig) {
    byConfig = new WeakMap();
    scansByProgram.set(program, byConfig);
  }
  let scan = byConfig.get(config);
  if (!scan) {
    scan = { implementations: scanImplementations(scope, program, checker) };
    byConfig.set(config, scan);
  }
  return scan;
}

/**
 * Every configured protocol with the classes that implement it: concrete classes (declarations and expressions)
 * of the files the config governs, test files left out, that say `implements`, that the config names, that
 * extend an implementation or whose members match. What single-implementation counts, and what the audit lists.
 */
export function protocolImplementations(scope: ProgramScope): readonly ProtocolImplementations[] {
  return scanOf(scope)?.implementations ?? [];
}

/**
 * Whether `fileName` declares a class that implements a configured protocol: only such a class can be reported,
 * so a file without one needs no scan of the program. In the editor each edit makes a new program, and most
 * files shown hold no implementation.
 */
export function declaresImplementation(scope: ProgramScope, fileName: string): boolean {
  const { program, checker } = scope;
  const sourceFile = program?.getSourceFile(fileName);
  if (!program || !checker || !sourceFile) return false;
  const classes = classesOfFile(scope.ts, program, checker, scope.config, sourceFile);
  if (classes.length === 0) return false;
  return resolveProtocols(scope).some((protocol) => classes.some((cls) => evidenceOf(scope, checker, cls, protocol) !== undefined));
}

/** For one resolved protocol (so one program and config): its structural target, and each class's evidence. */
interface ProtocolEvidence {
  readonly target: StructuralTarget;
  readonly byClass: WeakMap<TS.ClassLikeDeclaration, ImplementationEvidence | null>;
}
const evidenceByProtocol = new WeakMap<ResolvedProtocol, ProtocolEvidence>();

/** implementationEvidence, asked once per class and protocol of a program: the file's check and the scan share it. */
function evidenceOf(scope: ProgramScope, checker: TS.TypeChecker, cls: ProgramClass, protocol: ResolvedProtocol): ImplementationEvidence | undefined {
  let known = evidenceByProtocol.get(protocol);
  if (!known) {
    known = { target: getStructuralTarget(scope.ts, checker, protocol), byClass: new WeakMap() };
    evidenceByProtocol.set(protocol, known);
  }
  let evidence = known.byClass.get(cls.declaration);
  if (evidence === undefined) {
    evidence = implementationEvidence(scope, checker, cls, protocol, known.target) ?? null;
    known.byClass.set(cls.declaration, evidence);
  }
  return evidence ?? undefined;
}

function scanImplementations(scope: ProgramScope, program: TS.Program, checker: TS.TypeChecker): ProtocolImplementations[] {
  const protocols = resolveProtocols(scope);
  if (protocols.length === 0) return [];
  const classes = findProgramClasses(scope.ts, program, checker, scope.config);
  return protocols.map((protocol) => {
    const implementations = classes.flatMap((cls): Implementation[] => {
      const evidence = evidenceOf(scope, checker, cls, protocol);
      return evidence ? [{ cls, evidence }] : [];
    });
    const canonical = exportedSymbol(scope.ts, program, checker, protocol.symbol);
    const ordered = orderImplementations(implementations, canonical);
    return {
      symbol: protocol.symbol,
      protocol: protocol.protocol,
      interfaceSymbol: protocol.interfaceSymbol,
      implementations: ordered.map(({ cls, evidence }, index) => ({
        name: cls.name,
        file: cls.file,
        displayFile: cls.displayFile,
        declaration: cls.declaration,
        start: cls.start,
        end: cls.end,
        evidence,
        canonical: cls.symbol === canonical,
        allowed: index < protocol.protocol.maxImplementations,
      })),
    };
  });
}

/** The single-implementation findings of every file of the program, by normalized file name. */
export function getImplementationScan(ctx: ProgramScope): ImplementationScan {
  const scan = scanOf(ctx);
  if (!scan) return new Map();
  scan.findings ??= findingsOf(scan.implementations);
  return scan.findings;
}

function findingsOf(protocols: readonly ProtocolImplementations[]): ImplementationScan {
  const findings = new Map<string, Finding[]>();
  for (const protocol of protocols) {
    protocol.implementations.forEach((implementation, index) => {
      if (implementation.allowed) return;
      const finding = tooManyFinding(protocol, index, implementation);
      const inFile = findings.get(implementation.file);
      if (inFile) inFile.push(finding);
      else findings.set(implementation.file, [finding]);
    });
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

function tooManyFinding(protocol: ProtocolImplementations, index: number, implementation: ProtocolImplementation): Finding {
  const max = protocol.protocol.maxImplementations;
  const shown = (other: ProtocolImplementation) => `${other.name} (${other.displayFile})`;
  const others = protocol.implementations.filter((other) => other !== implementation).map(shown);
  const listed = others.length > MAX_LISTED ? [...others.slice(0, MAX_LISTED), `and ${others.length - MAX_LISTED} more`] : others;
  const allowed = protocol.implementations.slice(0, max).map((other) => `'${other.name}'`);
  return {
    check: 'single-implementation',
    messageId: 'tooManyImplementations',
    data: {
      className: implementation.name,
      position: String(index + 1),
      protocol: protocol.protocol.name,
      how: describeEvidence(implementation.evidence),
      max: String(max),
      verb: max === 1 ? 'is' : 'are',
      others: listed.join(', '),
      allowed: allowed.join(' or '),
    },
    start: implementation.start,
    end: implementation.end,
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
