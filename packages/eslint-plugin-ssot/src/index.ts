import { deriveConfigs } from './configs';
import { rules } from './rules';

const { name, version } = require('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as ReturnType<typeof deriveConfigs>,
};
plugin.configs = deriveConfigs(plugin, rules);

export = plugin;
