import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import rule from '../../src/rules/protocol-conformance';
import { createRuleTester, fixtureFile } from '../rule-tester';
import { protocolConformanceCases, store } from './protocol-conformance.cases';

/** Fixture project tests/fixtures/protocol: see protocol-conformance.cases.ts. */
const project = (file: string) => fixtureFile('protocol', file);

const tester = createRuleTester({
  defaultFilenames: { ts: project('src/app/typed.ts'), tsx: project('src/app/typed.tsx') },
  languageOptions: {
    parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: project('') },
  },
});

describe('protocol-conformance', () => {
  tester.run('protocol-conformance', rule, protocolConformanceCases);
});

describe('protocol-conformance without type information', () => {
  it('stops with an error that says how to give it type information', async () => {
    const eslint = new ESLint({
      cwd: project(''),
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { ssot: plugin } },
        { files: ['**/*.ts'], rules: { 'ssot/protocol-conformance': 'error' } },
      ],
    });
    await expect(eslint.lintText(store(), { filePath: project('src/app/typed.ts') })).rejects.toThrow(
      /ssot\/protocol-conformance needs type information, and .*typed\.ts was linted without it\. Fix: set languageOptions\.parserOptions\.projectService/,
    );
  });
});
