import type * as TS from 'typescript';
import { registerCheckCodes } from './code-fix-registry';
import { isDecorated } from './create-proxy';
import { decorateLanguageService } from './decorate-language-service';
import { createLogger } from './logger';
import { createPluginState, type PluginState } from './plugin-state';

/** `SSOT_TS_PLUGIN_DISABLE=1` in tsserver's environment leaves every project's language service untouched. */
const DISABLE_VARIABLE = 'SSOT_TS_PLUGIN_DISABLE';

/** The state of each project this plugin decorated, whichever copy of the factory did it. */
const stateByProject = new WeakMap<TS.server.Project, PluginState>();

/**
 * The tsserver plugin factory. tsserver `require()`s this package and calls the factory with its own
 * `typescript`, which is the only TypeScript the plugin uses at run time (this file imports only its types).
 */
function init(modules: { typescript: typeof TS }): TS.server.PluginModule {
  const ts = modules.typescript;
  const states = new Set<PluginState>();
  return {
    create(info) {
      const logger = createLogger(ts, info);
      if (process.env[DISABLE_VARIABLE] === '1') {
        logger.info(`disabled by ${DISABLE_VARIABLE}=1`);
        return info.languageService;
      }
      // A project reload calls create() again with the service we already decorated (possibly inside another
      // plugin's): decorating it again would report every finding twice.
      const existing = stateByProject.get(info.project);
      if (existing || isDecorated(info.languageService)) {
        existing?.updateOptions(info.config);
        if (existing) states.add(existing);
        logger.info(`already active for ${info.project.getProjectName()}; not decorating twice`);
        return info.languageService;
      }
      registerCheckCodes(ts, logger);
      const state = createPluginState(ts, info, logger);
      stateByProject.set(info.project, state);
      states.add(state);
      logger.info(`active for ${info.project.getProjectName()} (TypeScript ${ts.version})`);
      return decorateLanguageService(state);
    },
    onConfigurationChanged(config: unknown) {
      for (const state of states) state.updateOptions(config);
    },
  };
}

export = init;
