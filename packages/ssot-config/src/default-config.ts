import * as path from 'node:path';
import type * as TS from 'typescript';
import { JsonLocator } from './json-location';
import { CONFIG_FILE_NAME } from './load-config';
import { normaliseConfig } from './normalise-config';
import type { SsotConfig } from './types';

type Typescript = typeof TS;

/**
 * The config of a directory without an ssot.config.json: no symbols, and every default (the `testFiles` globs
 * above all) as a config in `dir` that sets nothing would have them, so a tool that looks at a project before it
 * has a config (`ssot audit` discovery) applies the same defaults as the checks.
 */
export function defaultConfigFor(ts: Typescript, dir: string): SsotConfig {
  return normaliseConfig(ts, path.join(dir, CONFIG_FILE_NAME), { symbols: [] }, new JsonLocator('{}', undefined));
}
