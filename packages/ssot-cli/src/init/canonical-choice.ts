import { isExportName } from 'ssot-config';
import type { ExportedSymbol, ExportPathOf } from '../audit/discover-reexports';
import type { Deprecation } from './deprecation';

/** What `--init` knows about one module path to a symbol. */
export interface PathEvidence {
  /** The `@deprecated` tag on the statement that exports it there. */
  deprecationOf(exportPath: ExportPathOf): Deprecation | undefined;
  /** Why the module is a public entry point (a package.json entry, an index barrel used only from outside). */
  entryPointOf(exportPath: ExportPathOf): string | undefined;
  /** Why the module may be one: most of the files that use the symbol import it (as they do a shim, mid-migration). */
  popularityOf(exportPath: ExportPathOf, symbol: ExportedSymbol): string | undefined;
  /**
   * The directory of what a file is published in, which other code reaches by name only: its Angular library entry
   * point (ng-package.json), else its package (the nearest package.json above it with a name).
   */
  unitOf(file: string): string | undefined;
  /** The name of the Angular library entry point that resolves to the module, which other entry points import. */
  entryNameOf(file: string): string | undefined;
  /** The names the module exports. */
  exportNamesOf(file: string): readonly string[];
  /** A module as the summary shows it. */
  display(file: string): string;
}

export interface PathVerdict {
  readonly path: ExportPathOf;
  readonly reason: string;
}

/** The proposal for one symbol: its canonical path, its legacy paths, and the paths kept; each with its reason. */
export interface SymbolChoice {
  readonly canonical: PathVerdict;
  readonly legacy: readonly PathVerdict[];
  readonly kept: readonly PathVerdict[];
}

/** A symbol `--init` does not propose, and why. */
export interface SkippedSymbol {
  readonly skipped: string;
}

/**
 * Which path of a symbol is canonical, and which are legacy. The code's own word comes first:
 *
 * 1. a module the `@deprecated` tag of another path names in quotes ("Import from '@shared/utils' instead");
 * 2. else the module a deprecated path re-exports it from (the first one down its chain that is not deprecated);
 * 3. else, with no tag at all, the module that declares it; or, when a module of another package passes it on (a
 *    workspace package re-exporting another's class), the entry point of the declaring package that exports it,
 *    which is how other packages reach it. An Angular library's entry points count as packages here: the one
 *    that declares it is reached through the module its name resolves to.
 *
 * The modules the canonical path goes through are never legacy (the canonical module re-exports from them). Of the
 * other paths, a deprecated one is legacy; a public entry point is kept, with the reason; any other is legacy, as
 * another way to the same declaration, and says so when most of the symbol's users import it: a barrel the code
 * is built around looks the same as a shim everyone still uses, and only the reader can tell them apart.
 */
export function chooseCanonical(symbol: ExportedSymbol, evidence: PathEvidence): SymbolChoice | SkippedSymbol {
  const deprecations = new Map(symbol.paths.map((exportPath) => [exportPath, evidence.deprecationOf(exportPath)]));
  const byFile = (file: string | undefined) => symbol.paths.find((exportPath) => exportPath.file === file);
  const votes = new Map<ExportPathOf, { count: number; named: boolean; renamed: boolean; reason: string }>();
  const vote = (target: ExportPathOf | undefined, named: boolean, reason: string, renamed = false) => {
    if (!target || deprecations.get(target)) return;
    const current = votes.get(target);
    if (!current || (named && !current.named)) votes.set(target, { count: (current?.count ?? 0) + 1, named, renamed, reason });
    else current.count += 1;
  };
  for (const [exportPath, deprecation] of deprecations) {
    if (!deprecation) continue;
    const shim = evidence.display(exportPath.file);
    // "use `AnyTRPCRouter` instead": the same module's export of that name, if it leads to the same declaration.
    const renamed = deprecation.names
      .map((name) => symbol.paths.find((target) => target.file === exportPath.file && target.exportName === name))
      .find((target) => target !== undefined && !deprecations.get(target));
    const named = deprecation.replacements.map(byFile).find((target) => target !== undefined);
    if (renamed) {
      vote(renamed, true, `named by the @deprecated tag of ${shim}#${exportPath.exportName}`, true);
    } else if (named) {
      vote(named, true, `named by the @deprecated tag of ${shim}`);
    } else {
      const next = exportPath.steps.slice(1).map((step) => byFile(step.file)).find((target) => target && !deprecations.get(target));
      vote(next, false, `re-exported by ${shim}, which is @deprecated`);
    }
  }
  // Most votes, then a module a tag names over one a deprecated path leads to, then a package's entry point, then
  // the paths' order.
  const isEntry = (exportPath: ExportPathOf) => Number(evidence.entryPointOf(exportPath) !== undefined);
  const ranked = [...votes].sort(([pathA, a], [pathB, b]) => b.count - a.count || Number(b.named) - Number(a.named) || isEntry(pathB) - isEntry(pathA));
  const [chosen, choice] = ranked[0] ?? untaggedChoice(symbol, evidence) ?? [];
  if (!chosen || !choice) return { skipped: untaggedSkip(symbol, evidence) };
  // A tag that names the new name chose the path; otherwise the module, and in it the symbol's own name.
  const canonical = 'renamed' in choice && choice.renamed ? chosen : preferNamedExport(symbol, chosen);
  if (canonical.exportName === 'default') {
    return { skipped: `${evidence.display(canonical.file)} exports it as default only; a config names a symbol by its export name` };
  }
  if (!isExportName(canonical.exportName)) {
    return { skipped: `${evidence.display(canonical.file)} exports it under the string name ${JSON.stringify(canonical.exportName)}, which a config cannot name` };
  }

  // What the canonical path passes through, by module and name: another name there may still be legacy.
  const throughCanonical = new Set(canonical.steps.map((step) => `${step.file}#${step.name}`));
  const legacy: PathVerdict[] = [];
  const kept: PathVerdict[] = [];
  for (const exportPath of symbol.paths) {
    if (exportPath === canonical) continue;
    const deprecation = deprecations.get(exportPath);
    const entryPoint = evidence.entryPointOf(exportPath);
    if (throughCanonical.has(`${exportPath.file}#${exportPath.exportName}`)) {
      const role = exportPath.file === symbol.declaringFile ? 'declares it' : 're-exports it';
      kept.push({ path: exportPath, reason: `the canonical module goes through it (it ${role})` });
    } else if (!isExportName(exportPath.exportName)) {
      kept.push({ path: exportPath, reason: `its export name ${JSON.stringify(exportPath.exportName)} is a string, which a config cannot name` });
    } else if (deprecation) {
      legacy.push({ path: exportPath, reason: `@deprecated: ${shorten(deprecation.text)}` });
    } else if (entryPoint) {
      kept.push({ path: exportPath, reason: `${entryPoint}, and no @deprecated tag` });
    } else {
      const another = exportPath.exportName === canonical.exportName ? 'another path to it' : `another path to it, as ${exportPath.exportName}`;
      const popularity = evidence.popularityOf(exportPath, symbol);
      const reason = popularity ? `${another}; ${popularity}: keep it instead if it is an entry point` : another;
      legacy.push({ path: exportPath, reason });
    }
  }
  if (legacy.length === 0) {
    const keptModules = [...new Set(kept.map((verdict) => `${evidence.display(verdict.path.file)} is kept, ${verdict.reason}`))];
    return { skipped: `nothing to move: ${keptModules.join('; ')}` };
  }
  return { canonical: { path: canonical, reason: choice.reason }, legacy, kept };
}

/**
 * The canonical path when no tag says: the declaring module; or, for a symbol that other packages pass on, the
 * entry point of the declaring package that exports it.
 */
function untaggedChoice(symbol: ExportedSymbol, evidence: PathEvidence): [ExportPathOf, { reason: string }] | undefined {
  if (!crossesPackages(symbol, evidence)) {
    const declaring = symbol.paths.find((exportPath) => exportPath.file === symbol.declaringFile);
    return declaring && [declaring, { reason: 'it declares it (no path is @deprecated)' }];
  }
  const declaringUnit = evidence.unitOf(symbol.declaringFile);
  const entries = symbol.paths.filter((exportPath) => evidence.unitOf(exportPath.file) === declaringUnit && evidence.entryPointOf(exportPath));
  const chosen = entries.find((exportPath) => evidence.entryNameOf(exportPath.file) !== undefined) ?? entries[0];
  if (!chosen) return undefined;
  const reached = evidence.entryNameOf(chosen.file) === undefined ? 'other packages pass it on, and reach its package there' : 'other entry points pass it on, and import it by that name';
  return [chosen, { reason: `${evidence.entryPointOf(chosen)}; ${reached} (no path is @deprecated)` }];
}

function untaggedSkip(symbol: ExportedSymbol, evidence: PathEvidence): string {
  const declaring = evidence.display(symbol.declaringFile);
  return crossesPackages(symbol, evidence)
    ? `no module path is @deprecated, other packages re-export it, and no entry point of the package of ${declaring} exports it`
    : `no module path is @deprecated, and ${declaring} does not export it`;
}

/** Whether a module of another package than the one that declares it passes it on. */
function crossesPackages(symbol: ExportedSymbol, evidence: PathEvidence): boolean {
  const declaringUnit = evidence.unitOf(symbol.declaringFile);
  return symbol.paths.some((exportPath) => evidence.unitOf(exportPath.file) !== declaringUnit);
}

/** Of the paths in the chosen module, the one that exports the symbol under its own name. */
function preferNamedExport(symbol: ExportedSymbol, chosen: ExportPathOf): ExportPathOf {
  const inModule = symbol.paths.filter((exportPath) => exportPath.file === chosen.file);
  return inModule.find((exportPath) => exportPath.exportName === symbol.name) ?? inModule.find((exportPath) => exportPath.exportName !== 'default') ?? chosen;
}

/** A tag's text cut to one line of the summary. */
function shorten(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
