import * as path from 'node:path';
import { RuleTester, type RuleTesterConfig } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.itSkip = it.skip;

/** A project on disk, so relative paths, tsconfig aliases and packages really resolve. */
export const fixturesDir = path.join(__dirname, 'fixtures');

/** The absolute path of a file in a fixture project (the file need not exist for untyped cases). */
export function fixtureFile(project: string, file: string): string {
  return path.join(fixturesDir, project, file);
}

/**
 * A rule tester; pass `defaultFilenames` (absolute paths in a fixture project) so cases written as bare strings
 * are checked against that project's ssot.config.json.
 */
export function createRuleTester(config?: RuleTesterConfig): RuleTester {
  return new RuleTester(config);
}
