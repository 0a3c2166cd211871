import * as path from 'node:path';
import ts = require('typescript');
import { defaultConfigFor, loadConfigForFile, normalizePath } from 'ssot-config';
import type { Project } from './project';

/**
 * Whether discovery looks at a project file: not a test file and not ignored, by the ssot.config.json that
 * governs the file (its `testFiles` and `ignore` globs), else by the defaults of a config at the project's root.
 * `--init` reads no config (it writes the one it proposes), so it takes the defaults everywhere. Test doubles and
 * spec helpers are expected to repeat names and implement interfaces: they are not fragmentation.
 */
export function discoveryFileFilter(project: Project, options: { readConfigs: boolean }): (file: string) => boolean {
  const defaults = defaultConfigFor(ts, project.root);
  return (file) => {
    const normalized = normalizePath(path.resolve(file));
    const config = (options.readConfigs ? loadConfigForFile(ts, normalized) : undefined) ?? defaults;
    return !config.isTestFile(normalized) && !config.isIgnored(normalized);
  };
}
