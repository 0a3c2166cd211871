import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';
import { copyFixtureProject } from './helpers/fixture-copy';

/*
 * What a new user met on real projects (issue "The first hour"), with the real ESLint CLI on
 * test/fixtures/first-hour: two legacy imports of one module become one import, the canonical module is written
 * as the config spells it, and a barrel that is legacy for some names only is clean for its own re-exports.
 */
interface Runner {
  repoRoot: string;
  runEslint(args: string[], options?: { cwd?: string }): { status: number; stdout: string; stderr: string };
  removeCopy(dir: string): void;
}
const { repoRoot, runEslint, removeCopy } = runner as Runner;

describe('the first hour on a project, end to end', () => {
  let dir: string;
  let before: { filePath: string; messages: { ruleId: string; line: number }[] }[];
  let after: typeof before;
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  beforeAll(() => {
    dir = copyFixtureProject(repoRoot, 'first-hour');
    before = JSON.parse(runEslint(['--format', 'json', '.'], { cwd: dir }).stdout) as typeof before;
    runEslint(['--fix', '.'], { cwd: dir });
    after = JSON.parse(runEslint(['--format', 'json', '.'], { cwd: dir }).stdout) as typeof before;
  }, 120_000);
  afterAll(() => removeCopy(dir));

  const found = (report: typeof before) =>
    report.flatMap((result) => result.messages.map((message) => `${path.relative(dir, result.filePath)}:${message.line} ${message.ruleId}`));

  it('reports the legacy imports, and nothing in the barrel that is its own', () => {
    expect(found(before)).toEqual([
      'src/app/search.ts:1 ssot/canonical-import',
      'src/app/search.ts:3 ssot/canonical-import',
      'src/app/search.ts:4 ssot/canonical-import',
      'src/app/store.ts:4 ssot/canonical-import',
    ]);
  });

  it('fixes them all in one run, into one import per module, spelt as the config spells it', () => {
    expect(found(after)).toEqual([]);
    expect(read('src/app/search.ts').split('\n').slice(0, 3)).toEqual([
      "import { useLogger } from '../lib/hooks';",
      "import { settings } from '@shared/config';",
      "import { of, map, filter } from 'rxjs';",
    ]);
  });

  it('keeps a declaration written one name per line so', () => {
    expect(read('src/app/store.ts')).toBe(
      ['import {', '  useLogger,', "} from '../lib/hooks';", 'import {', '  useStore,', "} from '../shared/use-store';", '', 'export const both = [useStore(), useLogger()];', ''].join('\n'),
    );
  });

  it('type-checks after the fix', () => {
    const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
