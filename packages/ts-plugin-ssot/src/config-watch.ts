import * as path from 'node:path';
import type * as TS from 'typescript';
import { forgetFileReads } from 'ssot-core';
import { CONFIG_FILE_NAME, clearCache, findConfigFile } from 'ssot-config';
import { failOpen } from './fail-open';
import type { PluginLogger } from './logger';

export interface ConfigWatch {
  /** Watches the ssot.config.json that governs `fileName`, if there is one. */
  watchConfigOf(fileName: string): void;
  /** Watches one config file, present or not (a config created later is picked up too). */
  watchFile(configFile: string): void;
  close(): void;
}

/** TypeScript's `PollingInterval.Low` (internal), what tsserver uses for files it polls often. */
const POLLING_INTERVAL_MS = 250;

/** The internal module-specifier cache of a project, when this TypeScript has one (auto-imports are cached there). */
interface ProjectWithCaches {
  getModuleSpecifierCache?: () => { clear(): void } | undefined;
}

/**
 * Watches every ssot.config.json the project's files were checked against, and the project directory's own
 * (even before it exists). An edit takes effect without restarting: caches are dropped and tsserver is told
 * that diagnostics changed, so the editor asks for them again.
 */
export function createConfigWatch(info: TS.server.PluginCreateInfo, logger: PluginLogger): ConfigWatch {
  const watchers = new Map<string, TS.FileWatcher>();
  const { project } = info;

  const close = () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };

  const onConfigChanged = (configFile: string) => {
    if (project.isClosed()) {
      close();
      return;
    }
    logger.info(`${configFile} changed: reloading the ssot config and refreshing diagnostics`);
    clearCache();
    forgetFileReads();
    (project as unknown as ProjectWithCaches).getModuleSpecifierCache?.()?.clear();
    project.refreshDiagnostics();
  };

  const watch = (key: string): TS.FileWatcher =>
    // The polling interval is not optional in practice: TypeScript falls back to polling when the file goes
    // missing (an editor's atomic save), and Node's fs.watchFile throws without an interval.
    info.serverHost.watchFile(
      key,
      () => {
        failOpen(logger, 'config watcher', undefined, () => {
          onConfigChanged(key);
        });
      },
      POLLING_INTERVAL_MS,
    );

  const watchFile = (configFile: string) => {
    const key = path.resolve(configFile);
    if (watchers.has(key)) return;
    failOpen(logger, `watching ${key}`, undefined, () => {
      watchers.set(key, watch(key));
    });
  };

  watchFile(path.join(project.getCurrentDirectory(), CONFIG_FILE_NAME));

  return {
    watchConfigOf(fileName) {
      const configFile = findConfigFile(fileName);
      if (configFile !== undefined) watchFile(configFile);
    },
    watchFile,
    close,
  };
}
