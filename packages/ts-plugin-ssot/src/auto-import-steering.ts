import type * as TS from 'typescript';
import { getResolverForFile, normalizePath, type SsotConfig } from 'ssot-config';
import { autoImportExclusions, getLegacyIndex, governingConfig, type LegacyIndex } from 'ssot-core';
import type { PluginState } from './plugin-state';

/** What auto-import should avoid under one config. */
interface Steering {
  readonly modules: LegacyIndex;
  /** `autoImportFileExcludePatterns` entries: the exact files of the old homes that can be hidden. */
  readonly excludePatterns: readonly string[];
}

/**
 * The preferences TypeScript gets for completions, completion details and code fixes: the user's, plus the
 * legacy files the engine says auto-import can leave out (autoImportExclusions), so TypeScript itself proposes
 * the canonical module. Returns the user's own object when there is nothing to add.
 */
export function steerPreferences<P extends TS.UserPreferences | undefined>(
  state: PluginState,
  fileName: string,
  preferences: P,
): P {
  const steering = getSteering(state, fileName);
  if (!steering || steering.excludePatterns.length === 0) return preferences;
  const own = preferences?.autoImportFileExcludePatterns ?? [];
  return { ...preferences, autoImportFileExcludePatterns: [...own, ...steering.excludePatterns] };
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
    isLegacyImport(state, fileName, steering, entry.name, entry.data, entry.source) ? deprecate(entry) : entry,
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
  if (!steering || !isLegacyImport(state, fileName, steering, details.name, data, source) || isDeprecated(details.kindModifiers)) {
    return details;
  }
  return { ...details, kindModifiers: withDeprecated(details.kindModifiers) };
}

/** Whether an auto-import entry imports through a legacy home: by the file it comes from, else by where its specifier resolves. */
function isLegacyImport(
  state: PluginState,
  importingFile: string,
  steering: Steering,
  name: string,
  data: TS.CompletionEntryData | undefined,
  source: string | undefined,
): boolean {
  if (data?.fileName !== undefined) return steering.modules.isLegacyExport(normalizePath(data.fileName), data.exportName);
  const specifier = data?.moduleSpecifier ?? source;
  if (specifier === undefined) return false;
  const resolved = getResolverForFile(state.ts, importingFile).resolve(specifier, importingFile);
  return resolved !== undefined && steering.modules.isLegacyExport(resolved, name);
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

/** Per config: the steering computed for the latest program. */
const steeringCache = new WeakMap<SsotConfig, { program: TS.Program | undefined; steering: Steering }>();

function getSteering(state: PluginState, fileName: string): Steering | undefined {
  let config;
  try {
    config = governingConfig(state.ts, fileName, state.options.configFile);
  } catch {
    return undefined; // a broken config is reported once, as a diagnostic; completions go on unsteered
  }
  if (!config) return undefined;
  const program = state.languageService.getProgram();
  const cached = steeringCache.get(config);
  if (cached && cached.program === program) return cached.steering;
  const steering = computeSteering(state.ts, config, program);
  steeringCache.set(config, { program, steering });
  return steering;
}

function computeSteering(ts: typeof TS, config: SsotConfig, program: TS.Program | undefined): Steering {
  return { modules: getLegacyIndex(config), excludePatterns: program ? autoImportExclusions(ts, program, config) : [] };
}
