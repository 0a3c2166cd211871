import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/edits/apply-edits';
import { onePassEdits } from '../src/edits/fix-pass';
import type { TextEdit } from '../src/finding';

const edit = (start: number, end: number, text: string): TextEdit => ({ start, end, text });

// One fix pass as ESLint makes it, which fix-all in both editors and `ssot check --fix` apply: on '0123456789'.
describe('onePassEdits', () => {
  it.each([
    { name: 'no fix', fixes: [], output: '0123456789' },
    { name: 'two apart, given out of order', fixes: [[edit(6, 7, 'B')], [edit(1, 2, 'A')]], output: '0A2345B789' },
    { name: 'an overlap waits for the next pass', fixes: [[edit(1, 4, 'A')], [edit(3, 5, 'B')]], output: '0A456789' },
    { name: 'one starting where the last ended waits too', fixes: [[edit(1, 3, 'A')], [edit(3, 4, 'B')]], output: '0A3456789' },
    { name: 'an insertion at the start', fixes: [[edit(0, 0, '>')]], output: '>0123456789' },
    { name: 'a fix of two edits spans the text between them', fixes: [[edit(1, 2, 'A'), edit(5, 6, 'C')], [edit(3, 4, 'B')]], output: '0A234C6789' },
    { name: 'an empty fix is no fix', fixes: [[], [edit(2, 3, 'X')]], output: '01X3456789' },
  ])('$name', ({ fixes, output }) => {
    expect(applyEdits('0123456789', onePassEdits(fixes))).toBe(output);
  });
});
