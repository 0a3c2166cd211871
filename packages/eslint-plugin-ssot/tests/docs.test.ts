import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from 'eslint';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { codeBlocks, type CodeBlock } from '../../../test/helpers/markdown';
import plugin from '../src/index';
import { createDocsProject } from './docs-project';
import { fixturesDir } from './rule-tester';

/*
 * Every code block of a rule doc runs. Its info string says what it is (GitHub and npm show the first word only):
 *
 *   ```jsonc config                        the config of the examples: the fixture project's ssot.config.json
 *   ```ts fixture file=src/protocols.ts    context the examples rely on: text of that fixture file
 *   ```ts incorrect file=src/app/chat.ts   linted as that file: the rule reports it, nothing else does
 *   ```ts correct file=src/app/chat.ts     linted as that file: nothing is reported
 *   ```ts fixed                            right after an incorrect block: what `eslint --fix` makes of it
 *
 * Rules that need no type information run each block with and without it.
 */

type RuleName = keyof typeof plugin.rules;
type Kind = 'config' | 'fixture' | 'incorrect' | 'correct' | 'fixed';
const KINDS: readonly Kind[] = ['config', 'fixture', 'incorrect', 'correct', 'fixed'];

/** The fixture project (tests/fixtures/docs/<project>) whose files each doc's examples stand in; one per config. */
const projectOfDoc: Record<RuleName, string> = {
  'canonical-import': 'core',
  'shim-purity': 'core',
  'use-factory': 'factory',
  'protocol-conformance': 'protocol',
  'single-implementation': 'implementations',
};

const docsDir = path.join(__dirname, '..', 'docs', 'rules');

function kindOf(block: CodeBlock): Kind | undefined {
  const kinds = KINDS.filter((kind) => block.attributes[kind] === true);
  return kinds.length === 1 ? kinds[0] : undefined;
}

const at = (block: CodeBlock) => `line ${block.line}${typeof block.attributes.file === 'string' ? ` (${block.attributes.file})` : ''}`;

describe.each(Object.keys(plugin.rules) as RuleName[])('docs/rules/%s.md', (rule) => {
  const blocks = codeBlocks(fs.readFileSync(path.join(docsDir, `${rule}.md`), 'utf8'));
  const project = createDocsProject(path.join(fixturesDir, 'docs', projectOfDoc[rule]));
  const linted = blocks.filter((block) => kindOf(block) === 'incorrect' || kindOf(block) === 'correct');
  const modes = plugin.rules[rule].meta.docs.requiresTypeChecking ? [true] : [false, true];

  function configFor(typed: boolean): Linter.Config[] {
    return [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
        languageOptions: { parser: project.parser(typed) },
        plugins: { ssot: plugin as never },
        rules: { [`ssot/${rule}`]: 'error' },
      },
    ];
  }
  const filenameOf = (block: CodeBlock) => path.join(project.dir, String(block.attributes.file));

  it('says of every code block what it is, and where a linted block stands', () => {
    expect(blocks.filter((block) => kindOf(block) === undefined).map(at)).toEqual([]);
    expect(linted.filter((block) => typeof block.attributes.file !== 'string').map(at)).toEqual([]);
    const misplacedFixes = blocks.filter((block, i) => kindOf(block) === 'fixed' && kindOf(blocks[i - 1] as CodeBlock) !== 'incorrect');
    expect(misplacedFixes.map(at)).toEqual([]);
    expect(linted.some((block) => kindOf(block) === 'incorrect')).toBe(true);
    expect(linted.some((block) => kindOf(block) === 'correct')).toBe(true);
  });

  it('shows the config its examples run with', () => {
    const configs = blocks.filter((block) => kindOf(block) === 'config');
    const fixtureConfig = JSON.parse(fs.readFileSync(path.join(project.dir, 'ssot.config.json'), 'utf8')) as Record<string, unknown>;
    delete fixtureConfig.$schema;
    expect(configs.length).toBeGreaterThan(0);
    for (const block of configs) expect(parseJsonc(block.text), at(block)).toEqual(fixtureConfig);
  });

  it.for(blocks.filter((block) => kindOf(block) === 'fixture').map((block) => [at(block), block] as const))(
    '%s is the text of the fixture file the examples rely on',
    ([, block]) => {
      expect(fs.readFileSync(filenameOf(block), 'utf8')).toContain(block.text);
    },
  );

  describe.for(modes.map((typed) => [typed ? 'with type information' : 'without type information', typed] as const))('%s', ([, typed]) => {
    const linter = new Linter({ cwd: project.dir });
    const lint = (block: CodeBlock) => linter.verify(block.text, configFor(typed), { filename: filenameOf(block) });

    it.for(linted.filter((block) => kindOf(block) === 'incorrect').map((block) => [at(block), block] as const))(
      'incorrect, %s: the rule reports it',
      ([, block]) => {
        const messages = lint(block);
        expect(messages.filter((message) => message.ruleId !== `ssot/${rule}`)).toEqual([]);
        expect(messages.length).toBeGreaterThan(0);
      },
    );

    it.for(linted.filter((block) => kindOf(block) === 'correct').map((block) => [at(block), block] as const))(
      'correct, %s: nothing is reported',
      ([, block]) => {
        expect(lint(block)).toEqual([]);
      },
    );

    it.for(blocks.flatMap((block, i) => (kindOf(block) === 'fixed' ? [[at(block), blocks[i - 1] as CodeBlock, block] as const] : [])))(
      'fixed, %s: what --fix makes of the incorrect block before it',
      ([, incorrect, fixed]) => {
        const { output } = linter.verifyAndFix(incorrect.text, configFor(typed), { filename: filenameOf(incorrect) });
        expect(output).toBe(fixed.text);
      },
    );
  });
});
