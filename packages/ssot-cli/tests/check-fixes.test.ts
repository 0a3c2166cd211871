import { describe, expect, it } from 'vitest';
import { applyFixPass } from '../src/check/apply-fixes';
import { asOneRange, type PlacedFinding } from '../src/check/check-findings';

const finding = (range: [number, number], text: string): PlacedFinding => ({
  file: 'a.ts',
  check: 'canonical-import',
  messageId: 'm',
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  fix: { range, text },
  suggestions: [],
});

describe('asOneRange: a fix of several edits as ESLint merges it', () => {
  it.each([
    { text: 'abcdef', edits: [{ start: 1, end: 2, text: 'X' }], expected: { range: [1, 2], text: 'X' } },
    { text: 'abcdef', edits: [{ start: 4, end: 5, text: 'Y' }, { start: 1, end: 2, text: 'X' }], expected: { range: [1, 5], text: 'XcdY' } },
    { text: 'abcdef', edits: [{ start: 3, end: 3, text: '+' }], expected: { range: [3, 3], text: '+' } },
  ])('$edits on "$text" -> $expected', ({ text, edits, expected }) => {
    expect(asOneRange(text, edits)).toEqual(expected);
  });
});

describe('applyFixPass: one pass, as ESLint applies it', () => {
  it.each([
    { name: 'no fix', fixes: [], output: '0123456789', applied: 0 },
    { name: 'two apart, given out of order', fixes: [finding([6, 7], 'B'), finding([1, 2], 'A')], output: '0A2345B789', applied: 2 },
    { name: 'an overlap waits for the next pass', fixes: [finding([1, 4], 'A'), finding([3, 5], 'B')], output: '0A456789', applied: 1 },
    { name: 'one starting where the last ended waits too', fixes: [finding([1, 3], 'A'), finding([3, 4], 'B')], output: '0A3456789', applied: 1 },
    { name: 'an insertion at the start', fixes: [finding([0, 0], '>')], output: '>0123456789', applied: 1 },
  ])('$name', ({ fixes, output, applied }) => {
    expect(applyFixPass('0123456789', fixes)).toEqual({ output, applied });
  });
});
