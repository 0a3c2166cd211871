import type * as TS from 'typescript';
import type { SsotConfigError } from 'ssot-config';
import { createConfigWatch, type ConfigWatch } from './config-watch';
import type { PluginLogger } from './logger';
import { readPluginOptions, type PluginOptions } from './plugin-options';

/** Everything the wrapped methods of one project share. */
export interface PluginState {
  /** The `typescript` tsserver handed to the plugin factory: the only one the plugin uses at run time. */
  readonly ts: typeof TS;
  readonly project: TS.server.Project;
  /** The service this plugin decorates: TypeScript's own, or the one a plugin listed before ours made. */
  readonly languageService: TS.LanguageService;
  readonly logger: PluginLogger;
  readonly configWatch: ConfigWatch;
  readonly options: PluginOptions;
  /** Takes a new plugin entry (project reload, or a client's `configurePlugin` request). */
  updateOptions(entry: unknown): void;
  /** Logs a broken config once per distinct error, not on every diagnostics request. */
  logConfigError(error: SsotConfigError): void;
}

export function createPluginState(ts: typeof TS, info: TS.server.PluginCreateInfo, logger: PluginLogger): PluginState {
  const configWatch = createConfigWatch(info, logger);
  const loggedErrors = new Map<string, string>();
  let options = readPluginOptions(info.config, info.project.getCurrentDirectory());

  const applyOptions = (next: PluginOptions) => {
    options = next;
    if (next.configFile !== undefined) {
      logger.info(`"config": every file of the project is checked against ${next.configFile}`);
      configWatch.watchFile(next.configFile);
    }
  };
  applyOptions(options);

  return {
    ts,
    project: info.project,
    languageService: info.languageService,
    logger,
    configWatch,
    get options() {
      return options;
    },
    updateOptions(entry) {
      applyOptions(readPluginOptions(entry, info.project.getCurrentDirectory()));
    },
    logConfigError(error) {
      if (loggedErrors.get(error.file) === error.message) return;
      loggedErrors.set(error.file, error.message);
      logger.info(`ssot checks are off until the config is fixed:\n${error.message}`);
    },
  };
}
