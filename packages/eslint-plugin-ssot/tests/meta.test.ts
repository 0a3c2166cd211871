import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from 'ssot-core';
import plugin from '../src/index';
import { docsUrl, type CheckName } from 'ssot-core';

const docsDir = path.join(__dirname, '..', 'docs', 'rules');
const ruleEntries = Object.entries(plugin.rules);

describe('plugin metadata', () => {
  it('names itself from package.json', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-ssot', version: expect.stringMatching(/^\d+\.\d+\.\d+/) as string });
  });

  it.each(ruleEntries)('%s has docs whose URL matches its file, and the sections every rule doc has', (name, rule) => {
    expect(rule.meta.docs.url).toBe(docsUrl(name as CheckName));
    expect(rule.meta.docs.url).toMatch(new RegExp(`/packages/eslint-plugin-ssot/docs/rules/${name}\\.md$`));
    const doc = fs.readFileSync(path.join(docsDir, `${name}.md`), 'utf8');
    expect(doc.startsWith(`# ssot/${name}\n`)).toBe(true);
    for (const section of ['## Why', '## Examples', '## Options', '## When not to use it']) {
      expect(doc).toContain(section);
    }
  });

  it('has a doc for every rule and a rule for every doc', () => {
    const documented = fs.readdirSync(docsDir).map((file) => file.replace(/\.md$/, '')).sort();
    expect(documented).toEqual(ruleEntries.map(([name]) => name).sort());
  });

  it.each(ruleEntries)('%s takes its messages from the engine table of its check', (name, rule) => {
    expect(rule.meta.messages).toBe(messages[name as keyof typeof messages]);
  });

  it.each(ruleEntries)('%s has a schema and valid default options', (_name, rule) => {
    expect(Array.isArray(rule.meta.schema)).toBe(true);
    expect(rule.meta.defaultOptions).toEqual([]);
  });
});

describe('configs', () => {
  const recompute = (includeTyped: boolean) =>
    Object.fromEntries(
      ruleEntries
        .filter(([, rule]) => rule.meta.docs.recommended && (includeTyped || !rule.meta.docs.requiresTypeChecking))
        .map(([name]) => [`ssot/${name}`, 'error']),
    );

  it('recommended holds exactly the recommended rules that need no type information', () => {
    expect(plugin.configs.recommended.rules).toEqual(recompute(false));
  });

  it('recommended-type-checked holds every recommended rule', () => {
    expect(plugin.configs['recommended-type-checked'].rules).toEqual(recompute(true));
  });

  it.each(['recommended', 'recommended-type-checked'] as const)(
    'legacy-%s holds the same rules for .eslintrc, with the plugin\'s own parser by path',
    (name) => {
      const legacy = plugin.configs[`legacy-${name}`];
      const [override] = legacy.overrides ?? [];
      expect(legacy.plugins).toEqual(['ssot']);
      expect(override?.rules).toEqual(plugin.configs[name].rules);
      const flatParser = plugin.configs[name].languageOptions?.parser as { parseForESLint?: unknown };
      expect((createRequire(__filename)(override?.parser ?? '') as { parseForESLint?: unknown }).parseForESLint).toBe(flatParser.parseForESLint);
    },
  );

  it('sets the TypeScript parser, which the rules need', () => {
    const parser = plugin.configs.recommended.languageOptions?.parser as { parseForESLint?: unknown } | undefined;
    expect(typeof parser?.parseForESLint).toBe('function');
  });
});
