import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';

// The rule lists of the READMEs come from the rules: a rule added, renamed or re-classified without its README
// row fails here.

const packageReadme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const rootReadme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const ruleEntries = Object.entries(plugin.rules).sort(([a], [b]) => a.localeCompare(b));

/** The table rows of a README that name a rule, in order. */
function ruleRows(readme: string): string[] {
  return readme.split('\n').filter((line) => line.startsWith('| [`ssot/'));
}

/** A row of the package README's table, from the rule's metadata. */
function packageRow(name: string, rule: (typeof plugin.rules)[keyof typeof plugin.rules]): string {
  const { docs, fixable } = rule.meta;
  const hasSuggestions = 'hasSuggestions' in rule.meta && rule.meta.hasSuggestions === true;
  const cells = [
    `[\`ssot/${name}\`](${docs.url})`,
    docs.description,
    `ssot/${name}` in (plugin.configs.recommended.rules ?? {}) ? '💼' : '',
    docs.requiresTypeChecking ? '💭' : '',
    fixable ? '🔧' : '',
    hasSuggestions ? '💡' : '',
  ];
  return `| ${cells.join(' | ')} |`;
}

describe('the rule lists of the READMEs', () => {
  it('eslint-plugin-ssot/README.md has one row per rule, from its metadata, in name order', () => {
    expect(ruleRows(packageReadme)).toEqual(ruleEntries.map(([name, rule]) => packageRow(name, rule)));
  });

  it('the repository README lists every rule with its doc and whether it needs type information', () => {
    const rows = ruleRows(rootReadme).map((row) => {
      const cells = row.split(' | ');
      const [, name, doc] = /^\| \[`ssot\/([\w-]+)`\]\(([^)]+)\)/.exec(row) ?? [];
      return { name, doc, needsTypes: (cells[cells.length - 1] as string).startsWith('yes') };
    });
    expect(rows).toEqual(
      ruleEntries.map(([name, rule]) => ({
        name,
        doc: `packages/eslint-plugin-ssot/docs/rules/${name}.md`,
        needsTypes: rule.meta.docs.requiresTypeChecking,
      })),
    );
  });
});
