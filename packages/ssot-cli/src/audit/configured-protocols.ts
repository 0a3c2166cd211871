import type * as ts from 'typescript';
import type { ModuleRef, SsotConfig, SymbolEntry } from 'ssot-config';
import type { ImplementationKind } from '../report/audit-report';
import { implementationKind, interfaceShape } from './class-implementation';
import type { Project } from './project';
import { resolveAlias, type ProjectClass, type ProjectDeclarations } from './project-declarations';

export interface ImplementingClass {
  readonly projectClass: ProjectClass;
  readonly how: ImplementationKind;
}

/** A symbol's configured protocol with the classes of the project that implement it. */
export interface ConfiguredProtocol {
  readonly symbol: SymbolEntry;
  readonly config: SsotConfig;
  readonly protocol: NonNullable<SymbolEntry['protocol']>;
  /** Undefined when the protocol's module is not part of the program. */
  readonly interfaceSymbol: ts.Symbol | undefined;
  readonly implementations: readonly ImplementingClass[];
}

/**
 * The implementations of each configured protocol: the symbol's own class (`canonical`), classes that say
 * `implements` (`explicit`), classes the config names (`configured`), and, outside test files, classes whose
 * instance type is assignable to the protocol without saying so (`structural`).
 */
export function findConfiguredProtocols(
  project: Project,
  declarations: ProjectDeclarations,
  configs: readonly SsotConfig[],
): ConfiguredProtocol[] {
  const { checker } = project;
  const found: ConfiguredProtocol[] = [];
  for (const config of configs) {
    for (const symbol of config.symbols) {
      const protocol = symbol.protocol;
      if (!protocol) continue;
      const interfaceSymbol = exportedSymbol(project, protocol.module, protocol.name);
      const canonical = exportedSymbol(project, symbol.module, symbol.name);
      const configured = new Set(
        protocol.implementations.flatMap((ref) => exportedSymbol(project, ref.module, ref.name) ?? []),
      );
      const shape = interfaceSymbol && interfaceShape(checker, interfaceSymbol);
      const implementations: ImplementingClass[] = [];
      for (const projectClass of declarations.classes) {
        if (config.isIgnored(projectClass.file)) continue;
        const how = howItImplements(projectClass, canonical, configured, (candidate) =>
          shape && !config.isTestFile(candidate.file) ? implementationKind(checker, candidate, shape) : undefined,
        );
        if (how) implementations.push({ projectClass, how });
      }
      found.push({ symbol, config, protocol, interfaceSymbol, implementations });
    }
  }
  return found;
}

function howItImplements(
  projectClass: ProjectClass,
  canonical: ts.Symbol | undefined,
  configured: ReadonlySet<ts.Symbol>,
  checkType: (projectClass: ProjectClass) => 'explicit' | 'structural' | undefined,
): ImplementationKind | undefined {
  if (projectClass.symbol === canonical) return 'canonical';
  const byType = checkType(projectClass);
  if (byType === 'explicit') return byType;
  if (configured.has(projectClass.symbol)) return 'configured';
  return byType;
}

/** The symbol `name` exported by a config module stands for, or undefined when it is not in the program. */
export function exportedSymbol(project: Project, module: ModuleRef, name: string): ts.Symbol | undefined {
  for (const file of module.files) {
    const sourceFile = project.program.getSourceFile(file);
    const moduleSymbol = sourceFile && project.checker.getSymbolAtLocation(sourceFile);
    const exported = moduleSymbol && project.checker.tryGetMemberInModuleExports(name, moduleSymbol);
    if (exported) return resolveAlias(project.checker, exported);
  }
  return undefined;
}
