import ts = require('typescript');
import type { DeclarationKind, ExportPath, MultiPathExport, ReexportChain } from '../report/audit-report';
import { declaredName } from './declared-name';
import type { Project } from './project';
import { resolveAlias } from './project-declarations';
import { toModuleExports, traceReexportChain, type ChainStep } from './reexport-chain';

/** A symbol with every module that exports it: plain data, which keeps no program alive. */
export interface ExportedSymbol {
  /** The name its declaration gives it (`Widget` for `export default class Widget`). */
  readonly name: string;
  readonly kind: DeclarationKind;
  /** Absolute file of its declaration. */
  readonly declaringFile: string;
  readonly paths: readonly ExportPathOf[];
}

/** An export path, with absolute files kept for the config proposal. */
export interface ExportPathOf extends ExportPath {
  readonly file: string;
  /** `chain` by absolute file: this module first, the declaring module last. */
  readonly steps: readonly ChainStep[];
}

/**
 * Every symbol that two or more modules export, at least one of them the project's own, each path with its
 * re-export chain. The modules are the project's and those of the projects it references (a package re-exporting
 * another workspace package's class is one more path to it); the declaring module is one of the paths when it
 * exports the symbol itself. Only files that `includes` lets through export or declare.
 */
export function findMultiPathExports(project: Project, includes: (file: string) => boolean): ExportedSymbol[] {
  const { checker } = project;
  const exportersBySymbol = new Map<ts.Symbol, { file: string; exportName: string }[]>();
  const referenced = new Set(project.referencedFiles);
  const isSource = (sourceFile: ts.SourceFile) => project.isProjectFile(sourceFile) || referenced.has(sourceFile);
  for (const sourceFile of [...project.files, ...project.referencedFiles]) {
    if (!includes(sourceFile.fileName)) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (exported.name === 'export=') continue;
      const target = resolveAlias(checker, exported);
      const declaration = target.declarations?.[0];
      if (!declaration || ts.isSourceFile(declaration)) continue;
      const declaringFile = declaration.getSourceFile();
      if (!isSource(declaringFile) || !includes(declaringFile.fileName)) continue;
      let exporters = exportersBySymbol.get(target);
      if (!exporters) {
        exporters = [];
        exportersBySymbol.set(target, exporters);
      }
      exporters.push({ file: sourceFile.fileName, exportName: exported.name });
    }
  }
  const ownFiles = new Set(project.files.map((sourceFile) => sourceFile.fileName));
  const found: ExportedSymbol[] = [];
  for (const [symbol, exporters] of exportersBySymbol) {
    if (new Set(exporters.map((exporter) => exporter.file)).size < 2) continue;
    if (!exporters.some((exporter) => ownFiles.has(exporter.file))) continue;
    const declaration = symbol.declarations?.[0] as ts.Declaration;
    const declaringFile = declaration.getSourceFile().fileName;
    const paths = exporters.map(({ file, exportName }): ExportPathOf => {
      const steps = traceReexportChain(project.program, file, exportName);
      const chain = toModuleExports(steps, project.relative);
      return { file, module: project.relative(file), exportName, chain, hops: chain.length - 1, steps };
    });
    paths.sort(comparePaths);
    found.push({ name: declaredName(symbol), kind: declarationKind(symbol), declaringFile, paths });
  }
  return found.sort(compareMultiPathExports);
}

/** The declaring module first, then the shortest paths. */
export function comparePaths(a: ExportPath, b: ExportPath): number {
  return a.hops - b.hops || a.module.localeCompare(b.module) || a.exportName.localeCompare(b.exportName);
}

/** The symbols with the most paths first. */
export function compareMultiPathExports(a: { paths: readonly unknown[]; name: string }, b: { paths: readonly unknown[]; name: string }): number {
  return b.paths.length - a.paths.length || a.name.localeCompare(b.name);
}

/** The longest chains first. */
export function compareChains(a: ExportPath, b: ExportPath): number {
  return b.hops - a.hops || a.module.localeCompare(b.module) || a.exportName.localeCompare(b.exportName);
}

export function toMultiPathExport(found: ExportedSymbol, relative: (file: string) => string): MultiPathExport {
  return {
    name: found.name,
    kind: found.kind,
    declaredIn: relative(found.declaringFile),
    paths: found.paths.map(({ module, exportName, chain, hops }) => ({ module, exportName, chain, hops })),
  };
}

/** Export paths of more than one hop, longest first. */
export function findLongChains(found: readonly ExportedSymbol[], relative: (file: string) => string): ReexportChain[] {
  return found
    .flatMap((symbol) =>
      symbol.paths
        .filter((exportPath) => exportPath.hops > 1)
        .map(({ module, exportName, chain, hops }) => ({
          name: symbol.name,
          declaredIn: relative(symbol.declaringFile),
          module,
          exportName,
          chain,
          hops,
        })),
    )
    .sort(compareChains);
}

function declarationKind(symbol: ts.Symbol): DeclarationKind {
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Enum) return 'enum';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  if (flags & ts.SymbolFlags.Variable) return 'variable';
  return 'namespace';
}
