import ts = require('typescript');
import { loadConfigForFile, type SsotConfig } from 'ssot-config';
import type { Project } from './project';

/**
 * The configs that govern the project's files, nearest first. Loading one validates it: a broken config throws
 * SsotConfigError, whose message names the file, line, column and JSON path.
 */
export function findConfigs(project: Project): SsotConfig[] {
  const configs = new Set<SsotConfig>();
  for (const sourceFile of project.files) {
    const config = loadConfigForFile(ts, sourceFile.fileName);
    if (config) configs.add(config);
  }
  return [...configs];
}
