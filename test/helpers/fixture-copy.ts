import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A fresh copy of `test/fixtures/<name>` under the repository's `.tmp/` (so it finds the workspace's
 * node_modules), with its `eslint.config.fixture.mjs` renamed to `eslint.config.mjs`: the fixture keeps its ESLint
 * config under another name, so that the repository's own lint does not take the fixture for a project of its own.
 */
export function copyFixtureProject(repoRoot: string, name: string): string {
  const parent = path.join(repoRoot, '.tmp');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, `${name}-`));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', name), dir, { recursive: true });
  fs.renameSync(path.join(dir, 'eslint.config.fixture.mjs'), path.join(dir, 'eslint.config.mjs'));
  return dir;
}
