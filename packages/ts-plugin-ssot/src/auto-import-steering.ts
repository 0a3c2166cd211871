import * as path from 'node:path';
import type * as TS from 'typescript';
import { loadConfig, loadConfigForFile, normalizePath, type ModuleRef, type SsotConfig } from 'ssot-config';
import { getLegacyIndex, type LegacyIndex } from 'ssot-core';
import { reachingSpecifiers, specifierPatterns } from './legacy-specifiers';
import type { PluginState } from './plugin-state';

/** What auto-import should avoid in one file. */
interface Steering {
  readonly modules: LegacyIndex;
  /** `autoImportSpecifierExcludeRegexes` entries for the old homes that hold nothing else. */
  readonly excludePatterns: readonly string[];
  readonly excludeRegExps: readonly RegExp[];
}

/**
 * The preferences TypeScript gets for completions, completion details and code fixes: the user's, plus
 * exclusion patterns for every compatibility module, so TypeScript itself proposes the canonical module.
 * Returns the user's own object when there is nothing to add.
 */
export function steerPreferences<P extends TS.UserPreferences | undefined>(
  state: PluginState,
  fileName: string,
  preferences: P,
): P {
  const steering = getSteering(state, fileName);
  if (!steering || steering.excludePatterns.length === 0) return preferences;
  const own = preferences?.autoImportSpecifierExcludeRegexes ?? [];
  return { ...preferences, autoImportSpecifierExcludeRegexes: [...own, ...steering.excludePatterns] };
}

/**
 * Auto-import entries that still go through an old home (its module also holds live code, so it is not
 * excluded, or the user's preferences won) are tagged deprecated and sorted after everything else.
 */
export function deprecateLegacyCompletions(
  state: PluginState,
  fileName: string,
  completions: TS.WithMetadata<TS.CompletionInfo>,
): TS.WithMetadata<TS.CompletionInfo> {
  const steering = getSteering(state, fileName);
  if (!steering) return completions;
  const entries = completions.entries.map((entry) =>
    isLegacyImport(steering, entry.data, entry.source) ? deprecate(entry) : entry,
  );
  const unchanged = entries.every((entry, index) => entry === completions.entries[index]);
  return unchanged ? completions : { ...completions, entries };
}

/** The details of a deprecated entry say so too. */
export function deprecateLegacyDetails(
  state: PluginState,
  fileName: string,
  details: TS.CompletionEntryDetails,
  source: string | undefined,
  data: TS.CompletionEntryData | undefined,
): TS.CompletionEntryDetails {
  const steering = getSteering(state, fileName);
  if (!steering || !isLegacyImport(steering, data, source) || isDeprecated(details.kindModifiers)) return details;
  return { ...details, kindModifiers: withDeprecated(details.kindModifiers) };
}

function isLegacyImport(steering: Steering, data: TS.CompletionEntryData | undefined, source: string | undefined): boolean {
  if (data?.fileName !== undefined) return steering.modules.isLegacyExport(normalizePath(data.fileName), data.exportName);
  const specifier = data?.moduleSpecifier ?? source;
  return specifier !== undefined && steering.excludeRegExps.some((pattern) => pattern.test(specifier));
}

const DEPRECATED = 'deprecated';

function isDeprecated(kindModifiers: string | undefined): boolean {
  return kindModifiers?.split(',').includes(DEPRECATED) ?? false;
}

function withDeprecated(kindModifiers: string | undefined): string {
  return kindModifiers ? `${kindModifiers},${DEPRECATED}` : DEPRECATED;
}

/** As TypeScript shows a deprecated declaration: the modifier, and a sort text after every other entry. */
function deprecate(entry: TS.CompletionEntry): TS.CompletionEntry {
  if (isDeprecated(entry.kindModifiers)) return entry;
  return { ...entry, kindModifiers: withDeprecated(entry.kindModifiers), sortText: `z${entry.sortText}` };
}

/** Per config, per importing directory: the steering computed for the latest program. */
const steeringCache = new WeakMap<SsotConfig, Map<string, { program: TS.Program | undefined; steering: Steering }>>();

function getSteering(state: PluginState, fileName: string): Steering | undefined {
  const file = normalizePath(fileName);
  let config;
  try {
    const configFile = state.options.configFile;
    config = configFile === undefined ? loadConfigForFile(state.ts, file) : loadConfig(state.ts, configFile);
  } catch {
    return undefined; // a broken config is reported once, as a diagnostic; completions go on unsteered
  }
  if (!config || config.isIgnored(file)) return undefined;
  const fromDirectory = path.posix.dirname(file);
  const program = state.languageService.getProgram();
  let byDirectory = steeringCache.get(config);
  if (!byDirectory) {
    byDirectory = new Map();
    steeringCache.set(config, byDirectory);
  }
  const cached = byDirectory.get(fromDirectory);
  if (cached && cached.program === program) return cached.steering;
  const steering = computeSteering(getLegacyIndex(config), fromDirectory, program);
  byDirectory.set(fromDirectory, { program, steering });
  return steering;
}

function computeSteering(modules: LegacyIndex, fromDirectory: string, program: TS.Program | undefined): Steering {
  const keep = modules.homeRefs.flatMap((ref) => reachingSpecifiers(ref, fromDirectory));
  const candidates = modules.legacyRefs
    .filter((ref) => holdsOnlyLegacyExports(program, modules, ref))
    .flatMap((ref) => specifierPatterns(ref, fromDirectory));
  const excludePatterns = [...new Set(candidates)].filter(
    (pattern) => !keep.some((specifier) => new RegExp(pattern).test(specifier)),
  );
  return { modules, excludePatterns, excludeRegExps: excludePatterns.map((pattern) => new RegExp(pattern)) };
}

/**
 * A module is hidden from auto-import only when everything it exports is an old home of something: hiding
 * it then loses nothing. A legacy module that still holds its own classes stays importable for those.
 */
function holdsOnlyLegacyExports(program: TS.Program | undefined, modules: LegacyIndex, ref: ModuleRef): boolean {
  return ref.files.every((file) => {
    if (modules.legacyModule(file)?.move) return true;
    const sourceFile = program?.getSourceFile(file);
    if (!program || !sourceFile) return true;
    const checker = program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) return false;
    return checker.getExportsOfModule(moduleSymbol).every((exported) => modules.isLegacyExport(file, exported.name));
  });
}
