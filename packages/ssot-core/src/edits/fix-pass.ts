import type { TextEdit } from '../finding';
import { spanOf } from './apply-edits';

/**
 * The edits one fix pass applies, as ESLint makes a pass: each fix spans its first to its last edit; fixes are
 * taken in order of their spans, and one that starts at or before the end of the last one taken waits for the
 * next pass. Every front that applies several fixes at once (fix-all in the editors, `ssot check --fix`) applies
 * these, so one pass gives the same text everywhere.
 */
export function onePassEdits(fixes: readonly (readonly TextEdit[])[]): TextEdit[] {
  const spans = fixes
    .filter((fix) => fix.length > 0)
    .map((edits) => ({ ...spanOf(edits), edits }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: TextEdit[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span.start <= lastEnd) continue;
    taken.push(...span.edits);
    lastEnd = span.end;
  }
  return taken;
}
