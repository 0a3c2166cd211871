import * as path from 'node:path';

/** What a tsconfig `plugins` entry (or a client's `configurePlugin` request) may say to this plugin. */
export interface PluginOptions {
  /**
   * `"config": "./path/ssot.config.json"`, absolute once read: the config every file of the project is checked
   * against, instead of the ssot.config.json nearest to each file. Watched like the nearest one.
   */
  readonly configFile: string | undefined;
}

/** Reads the plugin entry; unknown keys and wrong types are ignored, the entry is the user's, not ours. */
export function readPluginOptions(entry: unknown, baseDirectory: string): PluginOptions {
  const config: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'config') : undefined;
  return {
    configFile: typeof config === 'string' && config !== '' ? path.resolve(baseDirectory, config) : undefined,
  };
}
