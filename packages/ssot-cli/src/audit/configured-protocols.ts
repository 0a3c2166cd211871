import ts = require('typescript');
import type { SsotConfig, SymbolEntry } from 'ssot-config';
import { protocolImplementations, type ImplementationEvidence } from 'ssot-core';
import type { ImplementationKind } from '../report/audit-report';
import type { Project } from './project';

export interface ImplementingClass {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly declaration: ts.ClassLikeDeclaration;
  readonly how: ImplementationKind;
}

/** A symbol's configured protocol with the classes the engine counts as implementing it. */
export interface ConfiguredProtocol {
  readonly symbol: SymbolEntry;
  readonly config: SsotConfig;
  readonly protocol: NonNullable<SymbolEntry['protocol']>;
  readonly interfaceSymbol: ts.Symbol;
  readonly implementations: readonly ImplementingClass[];
}

/**
 * The implementations of each configured protocol, as the engine counts them for `single-implementation`
 * (protocolImplementations): the audit lists and totals exactly what the rule counts, and decides nothing.
 */
export function findConfiguredProtocols(project: Project, configs: readonly SsotConfig[]): ConfiguredProtocol[] {
  return configs.flatMap((config) =>
    protocolImplementations({ ts, config, program: project.program, checker: project.checker }).map((found) => ({
      symbol: found.symbol,
      config,
      protocol: found.protocol,
      interfaceSymbol: found.interfaceSymbol,
      implementations: found.implementations.map((implementation) => ({
        name: implementation.name,
        file: implementation.file,
        line: implementation.declaration.getSourceFile().getLineAndCharacterOfPosition(implementation.start).line + 1,
        declaration: implementation.declaration,
        how: implementation.canonical ? 'canonical' : kindOf(implementation.evidence),
      })),
    })),
  );
}

function kindOf(evidence: ImplementationEvidence): ImplementationKind {
  switch (evidence.kind) {
    case 'implements':
      return 'explicit';
    case 'config':
      return 'configured';
    case 'extends':
      return 'inherited';
    case 'structural':
      return 'structural';
  }
}
