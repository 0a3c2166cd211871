import { describe, expect, it } from 'vitest';
import { listModules } from '../src/checks/canonical-import/module-list';

describe('listModules', () => {
  it.each([
    { modules: ['./a'], text: "'./a'" },
    { modules: ['./a', './b', './c', './d', './e'], text: "'./a', './b', './c', './d', './e'" },
    { modules: ['./a', './b', './c', './d', './e', './f', './g'], text: "'./a', './b', './c', './d', './e' and 2 more" },
  ])('$modules.length modules: $text', ({ modules, text }) => {
    expect(listModules(modules)).toBe(text);
  });
});
