/** Anything that may carry a fix as ESLint holds one: one range and its replacement. */
export interface WithFix {
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string } | undefined;
}

/**
 * One fix pass over one file, as ESLint makes it (its SourceCodeFixer, written again here from ESLint's
 * behaviour so that the single-pass invariant compares the engine with ESLint, not with itself): fixes in order of their ranges, each applied unless it starts
 * at or before the end of the last one applied (that one waits for the next pass, on the new text).
 */
export function applyFixPass(text: string, findings: readonly WithFix[]): { output: string; applied: number } {
  const fixes = findings
    .flatMap((finding) => (finding.fix ? [finding.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (lastEnd >= start || start > end) continue;
    output += text.slice(Math.max(0, lastEnd), start) + fix.text;
    lastEnd = end;
    applied += 1;
  }
  return { output: applied === 0 ? text : output + text.slice(Math.max(0, lastEnd)), applied };
}
