export interface Location {
  line: number;
  offset: number;
}

/** A tsserver protocol edit: 1-based line and offset. */
export interface CodeEdit {
  start: Location;
  end: Location;
  newText: string;
}

export interface FileCodeEdits {
  fileName: string;
  textChanges: CodeEdit[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function positionOf(text: string, location: Location): number {
  const start = lineStarts(text)[location.line - 1];
  if (start === undefined) throw new Error(`line ${location.line} is past the end`);
  return start + location.offset - 1;
}

export function locationOf(text: string, position: number): Location {
  const starts = lineStarts(text);
  let line = starts.length - 1;
  while ((starts[line] ?? 0) > position) line--;
  return { line: line + 1, offset: position - (starts[line] ?? 0) + 1 };
}

/** Applies protocol edits to `text` (edits of one change set never overlap). */
export function applyCodeEdits(text: string, edits: readonly CodeEdit[]): string {
  const ranges = edits
    .map((edit) => ({ start: positionOf(text, edit.start), end: positionOf(text, edit.end), text: edit.newText }))
    .map((edit, index) => ({ ...edit, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const edit of ranges) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** Applies ESLint's merged fix (`{ range, text }`). */
export function applyRangeFix(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
