import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { CONFIG_FILE_NAME, SsotConfigError, clearCache, getResolverForTsconfig, loadConfig, normalizePath, type ModuleResolver } from 'ssot-config';
import type { ExportedSymbol } from './audit/discover-reexports';
import { chooseCanonical } from './init/canonical-choice';
import { pathEvidence } from './init/path-evidence';
import { displayPath } from './audit/project';
import { sharedOnly } from './audit/discover-implementations';
import type { InitDiscovery } from './audit/run-audit';
import { CliError } from './cli-error';
import { formatConfigJson } from './config-json';
import type { SharedInterface } from './report/audit-report';
import { schemaReference } from './schema-reference';

interface ProposedRef {
  readonly module: string;
  readonly name?: string;
}

interface ProposedSymbol {
  readonly name: string;
  readonly module: string;
  readonly legacy: readonly ProposedRef[];
  readonly protocol?: { readonly module: string; readonly name: string; readonly implementations?: readonly Required<ProposedRef>[] };
}

export interface ProposedConfig {
  readonly $schema: string;
  readonly tsconfig?: string;
  readonly symbols: readonly ProposedSymbol[];
  /** Legacy homes of some names that also export names that stay (the config's `barrels`). */
  readonly barrels?: readonly string[];
}

/** A module, as the config writes it, and why it was placed where it is. */
export interface Placement {
  readonly module: string;
  readonly reason: string;
}

/** Why each module of a proposed symbol is canonical, legacy or kept: what `--init` prints beside the file. */
export interface ProposalReasons {
  /** One per proposed symbol, in the config's order. */
  readonly symbols: readonly { readonly canonical: Placement; readonly legacy: readonly Placement[]; readonly kept: readonly Placement[] }[];
  readonly skipped: readonly { readonly name: string; readonly module: string; readonly reason: string }[];
}

export interface Proposal {
  readonly config: ProposedConfig;
  readonly reasons: ProposalReasons;
}

/** Where `--init` writes: next to the tsconfig named (a solution's, for the programs of its projects). */
export function initConfigFile(tsconfig: string): string {
  return path.join(path.dirname(tsconfig), CONFIG_FILE_NAME);
}

/**
 * A starting config from what discovery found: each export reachable through several paths becomes a symbol,
 * its canonical module and legacy paths chosen from what the code says (chooseCanonical: `@deprecated` tags and
 * the direction of re-exports first, public entry points never legacy without a tag); a class that shares an
 * interface with other classes gets that interface as its protocol, naming the classes that match it without
 * saying `implements`.
 */
export function proposeConfig(run: InitDiscovery, configFile: string): Proposal {
  const { tsconfig, root, facts } = run;
  const resolver = getResolverForTsconfig(ts, tsconfig);
  const specifierOf = (file: string): string => configSpecifier(resolver, configFile, file);
  const evidence = pathEvidence(facts, specifierOf);
  const shared = sharedOnly(facts.implemented);
  const reasons = { symbols: [] as ProposalReasons['symbols'][number][], skipped: [] as ProposalReasons['skipped'][number][] };
  /** Each legacy module: its file, the names legacy in it, and the placements that name it. */
  const legacyModules = new Map<string, { file: string; names: Set<string>; placements: { reason: string }[] }>();
  const symbols = facts.symbols.flatMap((symbol): ProposedSymbol[] => {
    const choice = chooseCanonical(symbol, evidence);
    if ('skipped' in choice) {
      reasons.skipped.push({ name: symbol.name, module: specifierOf(symbol.declaringFile), reason: choice.skipped });
      return [];
    }
    const canonical = choice.canonical.path;
    const legacy = choice.legacy.map(({ path: exportPath }): ProposedRef => {
      const module = specifierOf(exportPath.file);
      return exportPath.exportName === canonical.exportName ? { module } : { module, name: exportPath.exportName };
    });
    const module = specifierOf(canonical.file);
    reasons.symbols.push({
      canonical: { module, reason: choice.canonical.reason },
      legacy: choice.legacy.map((verdict, i) => {
        const ref = legacy[i] as ProposedRef;
        const placement = { module: refText(ref), reason: verdict.reason };
        const known = legacyModules.get(ref.module) ?? { file: verdict.path.file, names: new Set<string>(), placements: [] };
        known.names.add(verdict.path.exportName);
        known.placements.push(placement);
        legacyModules.set(ref.module, known);
        return placement;
      }),
      kept: choice.kept.map(({ path: exportPath, reason }) => {
        const name = exportPath.exportName === canonical.exportName ? undefined : exportPath.exportName;
        return { module: refText({ module: specifierOf(exportPath.file), name }), reason };
      }),
    });
    const protocol = proposeProtocol(root, symbol, shared, (file, name) => evidence.exportNamesOf(file).includes(name), specifierOf);
    return [{ name: canonical.exportName, module, legacy, ...(protocol && { protocol }) }];
  });
  const tsconfigName = path.basename(tsconfig);
  const config: ProposedConfig = {
    $schema: schemaReference(path.dirname(configFile)),
    ...(tsconfigName !== 'tsconfig.json' && { tsconfig: `./${tsconfigName}` }),
    symbols,
  };
  // A module that also exports names that stay (its own declarations, a package's public names) is not deleted
  // once its legacy names are migrated: a barrel, whose other exports shim-purity leaves alone.
  const barrels: string[] = [];
  for (const [module, { file, names, placements }] of legacyModules) {
    const staying = evidence.exportNamesOf(file).filter((name) => !names.has(name)).length;
    if (staying === 0) continue;
    barrels.push(module);
    for (const placement of placements) placement.reason += `; listed under "barrels": ${staying} other export(s) stay there`;
  }
  return { config: barrels.length > 0 ? { ...config, barrels: barrels.sort() } : config, reasons };
}

function proposeProtocol(
  root: string,
  symbol: ExportedSymbol,
  shared: readonly SharedInterface[],
  isExportedBy: (file: string, name: string) => boolean,
  specifierOf: (file: string) => string,
): ProposedSymbol['protocol'] {
  if (symbol.kind !== 'class') return undefined;
  const module = normalizePath(path.relative(root, symbol.declaringFile));
  const implementsIt = (candidate: SharedInterface): boolean =>
    candidate.implementations.some((impl) => impl.module === module && impl.name === symbol.name);
  // The list is sorted by number of implementations: the first match is the widest.
  const protocol = shared.find(implementsIt);
  if (!protocol) return undefined;
  const interfaceFile = path.join(root, protocol.module);
  if (!isExportedBy(interfaceFile, protocol.name)) return undefined;
  const implementations = protocol.implementations
    .filter((impl) => impl.how === 'structural' && !(impl.module === module && impl.name === symbol.name))
    .map((impl) => ({ file: path.join(root, impl.module), name: impl.name }))
    .filter((impl) => isExportedBy(impl.file, impl.name))
    .map((impl) => ({ module: specifierOf(impl.file), name: impl.name }));
  return {
    module: specifierOf(interfaceFile),
    name: protocol.name,
    ...(implementations.length > 0 && { implementations }),
  };
}


/**
 * The specifier a config writes for `file`: relative to the config, without extension when the project's
 * module resolution finds it that way (`./src/manager`), else with the extension it needs (`./src/manager.js`).
 */
export function configSpecifier(resolver: ModuleResolver, configFile: string, file: string): string {
  const target = normalizePath(file);
  let relative = normalizePath(path.relative(path.dirname(configFile), file));
  if (!relative.startsWith('../')) relative = `./${relative}`;
  const bare = relative.replace(/\.(?:[mc]?ts|tsx|[mc]?js|jsx)$/, '');
  const emitted = bare + ({ '.mts': '.mjs', '.cts': '.cjs' }[path.extname(file)] ?? '.js');
  const candidates = [bare, emitted, relative];
  // An ES module is written as an import would find it (NodeNext wants `.js`); anything else as any mode finds it.
  const format = resolver.fileFormat(target);
  const modes = format ? [format] : ([undefined, 'import', 'require'] as const);
  const resolves = (specifier: string): boolean => modes.some((mode) => resolver.resolve(specifier, configFile, mode) === target);
  return candidates.find(resolves) ?? relative;
}

/** Writes the proposal (never over an existing config without `force`), then loads it back to prove it valid. */
export function writeInitialConfig(configFile: string, config: ProposedConfig, force: boolean): void {
  if (fs.existsSync(configFile) && !force) {
    throw new CliError(
      `ssot: ${displayPath(configFile)} already exists; --init does not overwrite it. Fix: review it, or pass --force to replace it.`,
    );
  }
  // --force replaces the file, never what a symbolic link points at (which may lie outside the project).
  if (fs.lstatSync(configFile, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new CliError(
      `ssot: ${displayPath(configFile)} is a symbolic link; --init writes only a plain file. Fix: remove the link first.`,
    );
  }
  fs.writeFileSync(configFile, `${formatConfigJson(config)}\n`);
  clearCache();
  try {
    loadConfig(ts, normalizePath(configFile));
  } catch (error) {
    if (!(error instanceof SsotConfigError)) throw error;
    throw new CliError(`ssot: the config --init wrote does not load; this is a bug in ssot, please report it.\n${error.message}`);
  }
}

/** `./src/manager`, or `./src/index#getManager` for an export under another name. */
function refText(ref: ProposedRef): string {
  return ref.name === undefined ? ref.module : `${ref.module}#${ref.name}`;
}
