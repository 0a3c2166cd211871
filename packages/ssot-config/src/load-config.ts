import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { SsotConfigError } from './errors';
import { clearResolverCache } from './module-resolver';
import { normaliseConfig } from './normalise-config';
import { ancestorDirectories, normalizePath } from './paths';
import { readConfig } from './read-config';
import { clearTsconfigCache } from './tsconfig-options';
import type { SsotConfig } from './types';

export const CONFIG_FILE_NAME = 'ssot.config.json';

/** Nearest config per directory, misses included. */
const configFileByDirectory = new Map<string, string | null>();

interface CachedConfig {
  readonly mtimeMs: number;
  readonly size: number;
  readonly result: SsotConfig | SsotConfigError;
}
const configByFile = new Map<string, CachedConfig>();

/** The nearest ssot.config.json at or above the directory of `file`, or undefined. */
export function findConfigFile(file: string): string | undefined {
  const known = configFileByDirectory.get(path.dirname(file));
  if (known !== undefined) return known ?? undefined;
  const visited: string[] = [];
  let found: string | null = null;
  for (const dir of ancestorDirectories(path.dirname(file))) {
    const cached = configFileByDirectory.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(dir);
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (entryExists(candidate)) {
      found = normalizePath(candidate);
      break;
    }
  }
  for (const dir of visited) configFileByDirectory.set(dir, found);
  return found ?? undefined;
}

/** Any directory entry, a link that leads nowhere included: it is reported as broken, never taken as absent. */
function entryExists(file: string): boolean {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    // Not a directory on the way, or no permission to look: nothing there for ssot.
    return false;
  }
}

/**
 * The config that governs `file`, or undefined when no ssot.config.json stands above it. Cached by path and
 * modification time, so an edited config takes effect on the next call. Throws SsotConfigError when broken.
 */
export function loadConfigForFile(ts: typeof TS, file: string): SsotConfig | undefined {
  const configFile = findConfigFile(file);
  return configFile === undefined ? undefined : loadConfig(ts, configFile);
}

/** Reads, validates and normalises one config file; cached by path and modification time. */
export function loadConfig(ts: typeof TS, configFile: string): SsotConfig {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(configFile);
  } catch {
    stat = undefined;
  }
  const cached = configByFile.get(configFile);
  if (cached && cached.mtimeMs === stat?.mtimeMs && cached.size === stat.size) {
    if (cached.result instanceof SsotConfigError) throw cached.result;
    return cached.result;
  }
  let result: SsotConfig | SsotConfigError;
  try {
    const { raw, locator } = readConfig(configFile);
    result = normaliseConfig(ts, configFile, raw, locator);
  } catch (error) {
    if (!(error instanceof SsotConfigError)) throw error;
    result = error;
  }
  if (stat) configByFile.set(configFile, { mtimeMs: stat.mtimeMs, size: stat.size, result });
  if (result instanceof SsotConfigError) throw result;
  return result;
}

/** Forgets every cached lookup, config, tsconfig and resolution (tests, and the editor on file changes). */
export function clearCache(): void {
  configFileByDirectory.clear();
  configByFile.clear();
  clearTsconfigCache();
  clearResolverCache();
}
