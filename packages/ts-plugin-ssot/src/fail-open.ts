import type { PluginLogger } from './logger';

/**
 * Runs the plugin's part of a language-service method. Any exception is logged and `fallback` (TypeScript's
 * own result) returned, so a bug in ssot never hides TypeScript's diagnostics, completions or fixes. When
 * tsserver logs request times, the time the plugin's part took is logged too.
 */
export function failOpen<T>(logger: PluginLogger, where: string, fallback: T, compute: () => T): T {
  const started = logger.timesRequests ? performance.now() : 0;
  try {
    return compute();
  } catch (error) {
    logger.error(where, error);
    return fallback;
  } finally {
    if (logger.timesRequests) logger.timing(where, performance.now() - started);
  }
}
