import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';
import { FINDING_INPUT_EDITS as EDITS } from './helpers/finding-input-edits';

interface Runner {
  copyExample(name: string, options?: { label?: string }): string;
  removeCopy(dir: string): void;
  eslint9Bin: string;
  lintJson(dir: string, extraArgs?: string[], options?: { bin?: string }): { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[];
}
const { copyExample, removeCopy, lintJson, eslint9Bin } = runner as Runner;

/**
 * ESLint's `--cache` keys a file's result on its own text and on its config's hash. Each edit (see
 * helpers/finding-input-edits) changes findings in files it leaves alone, through ssot's other inputs. After each, a cached run must report what a cold run
 * reports. The edits are applied one after another to copies of the example: one linted without a cache, the
 * others with each mode below; a cached run also warms the cache for the next edit.
 */
const MODES = [
  { name: '--cache', args: ['--cache'] },
  { name: '--cache --concurrency 2', args: ['--cache', '--concurrency', '2'] },
  { name: 'ESLint 9 --cache', args: ['--cache'], bin: eslint9Bin },
];

/** Every message of a report as one line: file, position, rule and text, sorted. */
function findingsOf(dir: string, args: string[], bin?: string): string[] {
  return lintJson(dir, args, bin ? { bin } : {})
    .flatMap((result) =>
      result.messages.map((m) => `${path.relative(dir, result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    )
    .sort();
}

describe('ESLint --cache after edits of what findings depend on besides the file itself', () => {
  const cold = { dir: '', findings: [] as string[] };
  const cached = MODES.map((mode) => ({ ...mode, dir: '' }));

  beforeAll(() => {
    cold.dir = copyExample('websocket-app', { label: 'cache-cold' });
    cold.findings = findingsOf(cold.dir, []);
    for (const mode of cached) {
      mode.dir = copyExample('websocket-app', { label: 'cache-warm' });
      expect(findingsOf(mode.dir, mode.args, mode.bin)).toEqual(cold.findings);
      expect(fs.existsSync(path.join(mode.dir, '.eslintcache'))).toBe(true);
    }
  });
  afterAll(() => {
    for (const dir of [cold.dir, ...cached.map((mode) => mode.dir)]) if (dir) removeCopy(dir);
  });

  it.each(EDITS)('$name: each cached run equals a cold run', (edit) => {
    for (const dir of [cold.dir, ...cached.map((mode) => mode.dir)]) edit.apply(dir);
    const before = cold.findings;
    cold.findings = findingsOf(cold.dir, []);
    // The edit matters: without it, a stale cache would pass.
    expect(cold.findings).not.toEqual(before);
    for (const mode of cached) {
      expect({ mode: mode.name, findings: findingsOf(mode.dir, mode.args, mode.bin) }).toEqual({ mode: mode.name, findings: cold.findings });
    }
  });
});
