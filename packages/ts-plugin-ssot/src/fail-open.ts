import type { PluginLogger } from './logger';

/**
 * Runs the plugin's part of a language-service method. Any exception is logged and `fallback` (TypeScript's
 * own result) returned, so a bug in ssot never hides TypeScript's diagnostics, completions or fixes.
 */
export function failOpen<T>(logger: PluginLogger, where: string, fallback: T, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    logger.error(where, error);
    return fallback;
  }
}
