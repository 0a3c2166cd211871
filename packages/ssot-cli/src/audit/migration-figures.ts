import * as fs from 'node:fs';
import ts = require('typescript');
import { loadConfigForFile, normalizePath, type SsotConfig, type SymbolEntry } from 'ssot-config';
import { checkNames, runCheck, type CheckName, type Finding } from 'ssot-core';
import type { ClassImplementation, Migration, ModuleMoveFigures, SymbolFigures } from '../report/audit-report';
import type { Progress } from '../progress';
import { getConfigIndex, legacyPathKey, type ConfigIndex } from './config-index';
import { findConfiguredProtocols, type ConfiguredProtocol } from './configured-protocols';
import { legacyImportOf } from './legacy-import-site';
import { MigrationTally } from './migration-tally';
import { displayPath, type Project } from './project';

/** A configured protocol's figures so far: the classes that implement it in any program checked, each once. */
interface ProtocolFound {
  readonly protocol: NonNullable<SymbolEntry['protocol']>;
  /** By module and line. */
  readonly implementations: Map<string, ClassImplementation>;
}

/**
 * The migration's figures, from the engine: every check on every project file, each finding attributed to the
 * configured symbols it concerns. Implementations are the engine's own list per protocol (configured-protocols.ts);
 * shims are the legacy modules that still exist. The programs of a solution-style tsconfig are added one after
 * the other: a file two of them list counts once, as the first one checked it, and a protocol's implementations
 * are those any of them finds, each once.
 */
export class MigrationFigures {
  private readonly tally = new MigrationTally();
  private readonly configs = new Set<SsotConfig>();
  private readonly counted = new Set<string>();
  private readonly protocols = new Map<SymbolEntry, ProtocolFound>();

  /**
   * Checks the project's files that no earlier project listed; `configs` are those that govern them (findConfigs).
   * `label` names the project in the progress line.
   */
  addProject(project: Project, configs: readonly SsotConfig[], progress: Progress, label = ''): void {
    // No config governs any of its files: no check would report.
    if (configs.length === 0) return;
    for (const config of configs) {
      this.configs.add(config);
      this.tally.addConfig(config);
    }
    const protocols = findConfiguredProtocols(project, configs);
    for (const found of protocols) this.addImplementations(found, project);
    const files = project.files.filter((sourceFile) => !this.counted.has(normalizePath(sourceFile.fileName)));
    progress.phase(`${label}checking files`);
    files.forEach((sourceFile, done) => {
      progress.step(done, files.length);
      this.counted.add(normalizePath(sourceFile.fileName));
      const config = loadConfigForFile(ts, sourceFile.fileName);
      if (!config || config.isIgnored(sourceFile.fileName)) return;
      const index = getConfigIndex(config);
      for (const check of checkNames) {
        for (const finding of runCheck(check, { ts, sourceFile, program: project.program })) {
          record(this.tally, { project, sourceFile, index, protocols }, check, finding);
        }
      }
    });
    progress.step(files.length, files.length);
  }

  /** The figures of every project added; null when no config governs any of their files. */
  result(): Migration | null {
    return this.configs.size > 0 ? toMigration(this.tally, this.protocols, [...this.configs]) : null;
  }

  private addImplementations(found: ConfiguredProtocol, project: Project): void {
    let entry = this.protocols.get(found.symbol);
    if (!entry) {
      entry = { protocol: found.protocol, implementations: new Map() };
      this.protocols.set(found.symbol, entry);
    }
    for (const { name, file, line, how } of found.implementations) {
      const module = project.relative(file);
      const key = `${module}:${line}`;
      if (!entry.implementations.has(key)) entry.implementations.set(key, { name, module, line, how });
    }
  }
}

interface FindingContext {
  readonly project: Project;
  readonly sourceFile: ts.SourceFile;
  readonly index: ConfigIndex;
  readonly protocols: readonly ConfiguredProtocol[];
}

function record(tally: MigrationTally, ctx: FindingContext, check: CheckName, finding: Finding): void {
  const file = normalizePath(ctx.sourceFile.fileName);
  const { totals } = tally;
  totals.files.add(file);
  switch (check) {
    case 'canonical-import': {
      totals.legacyImports++;
      const { refs, move } = legacyImportOf(finding, ctx.index);
      for (const symbolTally of tally.symbolsIn(refs.map(({ symbol }) => symbol), file)) symbolTally.legacyImports++;
      for (const { symbol, ref } of refs) {
        const path = tally.symbols.get(symbol)?.byPath.get(legacyPathKey(symbol, ref));
        if (path) path.count++;
      }
      const moveTally = move && tally.moveIn(move, file);
      if (moveTally) moveTally.legacyImports++;
      return;
    }
    case 'use-factory': {
      const subclass = finding.messageId === 'noSubclass';
      if (subclass) totals.subclasses++;
      else totals.directInstantiations++;
      for (const symbolTally of tally.symbolsIn(ctx.index.symbolsNamed(finding.data.className ?? ''), file)) {
        if (subclass) symbolTally.subclasses++;
        else symbolTally.directInstantiations++;
      }
      return;
    }
    case 'shim-purity': {
      totals.shimViolations++;
      const symbols = [
        ...ctx.index.legacyRefsIn(file).map(({ symbol }) => symbol),
        ...ctx.index.symbolsCanonicalIn(file),
      ];
      for (const symbolTally of tally.symbolsIn(symbols, file)) symbolTally.shimViolations++;
      return;
    }
    case 'protocol-conformance':
    case 'single-implementation': {
      const divergence = check === 'protocol-conformance';
      if (divergence) totals.signatureDivergences++;
      else totals.excessImplementations++;
      for (const symbolTally of tally.symbolsIn(protocolsAt(ctx.protocols, file, finding), file)) {
        if (divergence) symbolTally.signatureDivergences++;
        else symbolTally.excessImplementations++;
      }
      return;
    }
    default: {
      // A check added to the engine must say here which figure its findings count toward.
      const unhandled: never = check;
      throw new Error(`ssot audit has no figure for the check ${String(unhandled)}`);
    }
  }
}

/**
 * The symbols whose protocol a protocol finding concerns: by the implementing class it stands in, else by the
 * protocol's interface it stands in, else by a protocol or class name in its data.
 */
function protocolsAt(protocols: readonly ConfiguredProtocol[], file: string, finding: Finding) {
  const within = (node: ts.Node): boolean =>
    normalizePath(node.getSourceFile().fileName) === file && node.pos <= finding.start && finding.start < node.end;
  const inClass = protocols.filter((protocol) =>
    protocol.implementations.some(({ declaration }) => within(declaration)),
  );
  if (inClass.length > 0) return inClass.map(({ symbol }) => symbol);
  const inInterface = protocols.filter((protocol) => protocol.interfaceSymbol.declarations?.some(within));
  if (inInterface.length > 0) return inInterface.map(({ symbol }) => symbol);
  const named = new Set(Object.values(finding.data));
  return protocols
    .filter(({ symbol, protocol }) => named.has(protocol.name) || named.has(symbol.name))
    .map(({ symbol }) => symbol);
}

function toMigration(
  tally: MigrationTally,
  protocols: ReadonlyMap<SymbolEntry, ProtocolFound>,
  configs: readonly SsotConfig[],
): Migration {
  const shimFiles = new Set<string>();
  const symbols = [...tally.symbols.values()].map((entry): SymbolFigures => {
    const { symbol } = entry;
    const found = protocols.get(symbol);
    const shims = existingShims(symbol.legacy.map((ref) => ref.module));
    for (const shim of shims) for (const file of shim.files) shimFiles.add(file);
    return {
      name: symbol.name,
      module: symbol.module.specifier,
      config: displayPath(entry.config.file),
      legacyImports: { total: entry.legacyImports, byPath: [...entry.byPath.values()].map((path) => ({ ...path })) },
      directInstantiations: entry.directInstantiations,
      subclasses: entry.subclasses,
      protocol: found
        ? {
            name: found.protocol.name,
            module: found.protocol.module.specifier,
            maxImplementations: found.protocol.maxImplementations,
            implementations: [...found.implementations.values()],
            excessImplementations: entry.excessImplementations,
            signatureDivergences: entry.signatureDivergences,
          }
        : null,
      shims: shims.map((shim) => shim.specifier),
      shimViolations: entry.shimViolations,
      filesAffected: entry.files.size,
    };
  });
  const modules = [...tally.moves.values()].map(({ move, config, legacyImports, files }): ModuleMoveFigures => {
    for (const shim of existingShims([move.legacy])) for (const file of shim.files) shimFiles.add(file);
    return {
      legacy: move.legacy.specifier,
      canonical: move.canonical.specifier,
      config: displayPath(config.file),
      legacyImports,
      filesAffected: files.size,
    };
  });
  const { totals } = tally;
  return {
    configs: configs.map((config) => displayPath(config.file)),
    totals: {
      legacyImports: totals.legacyImports,
      directInstantiations: totals.directInstantiations,
      subclasses: totals.subclasses,
      implementations: [...protocols.values()].reduce((sum, found) => sum + found.implementations.size, 0),
      excessImplementations: totals.excessImplementations,
      signatureDivergences: totals.signatureDivergences,
      shims: shimFiles.size,
      shimViolations: totals.shimViolations,
      filesAffected: totals.files.size,
    },
    symbols,
    modules,
  };
}

/** Legacy modules that still exist in the project (packages in node_modules are not shims), once each. */
function existingShims<T extends { readonly specifier: string; readonly files: readonly string[] }>(modules: readonly T[]): T[] {
  const seen = new Set<string>();
  return modules.filter((module) => {
    const key = module.files.join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return module.files.some((file) => !file.includes('/node_modules/') && fs.existsSync(file));
  });
}
