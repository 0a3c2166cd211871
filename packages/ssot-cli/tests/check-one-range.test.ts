import { describe, expect, it } from 'vitest';
import { asOneRange } from '../src/check/check-findings';

describe('asOneRange: a fix of several edits as ESLint merges it', () => {
  it.each([
    { text: 'abcdef', edits: [{ start: 1, end: 2, text: 'X' }], expected: { range: [1, 2], text: 'X' } },
    { text: 'abcdef', edits: [{ start: 4, end: 5, text: 'Y' }, { start: 1, end: 2, text: 'X' }], expected: { range: [1, 5], text: 'XcdY' } },
    { text: 'abcdef', edits: [{ start: 3, end: 3, text: '+' }], expected: { range: [3, 3], text: '+' } },
  ])('$edits on "$text" -> $expected', ({ text, edits, expected }) => {
    expect(asOneRange(text, edits)).toEqual(expected);
  });
});
