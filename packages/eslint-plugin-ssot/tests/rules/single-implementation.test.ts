import { describe } from 'vitest';
import rule from '../../src/rules/single-implementation';
import { createRuleTester } from '../rule-tester';
import { onDiskCases, project, writtenCases } from './single-implementation.cases';

/** Fixture project tests/fixtures/implementations: see single-implementation.cases.ts. */
const tester = createRuleTester({
  defaultFilenames: { ts: project('src/typed.ts'), tsx: project('src/typed.tsx') },
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: project('') } },
});

describe('single-implementation: the fixture as it is on disk', () => {
  tester.run('single-implementation', rule, onDiskCases);
});

describe('single-implementation: classes written in src/typed.ts', () => {
  tester.run('single-implementation', rule, writtenCases);
});
