import type { TextEdit } from '../finding';

/** The text after `edits` (non-overlapping, in any order); undefined when two of them overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) return undefined;
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** The range an edit list covers, from its first start to its last end (what ESLint treats as one fix). */
export function spanOf(edits: readonly TextEdit[]): { start: number; end: number } {
  return {
    start: Math.min(...edits.map((edit) => edit.start)),
    end: Math.max(...edits.map((edit) => edit.end)),
  };
}
