import type * as TS from 'typescript';

/**
 * Comments that speak for the line below them: moving or removing the statement under one would hand it to
 * whatever comes next (`// @ts-ignore` above a removed import hides an error in the next statement).
 */
const DIRECTIVE = /@ts-(?:ignore|expect-error)\b|eslint-disable-next-line|prettier-ignore|biome-ignore|deno-lint-ignore|(?:istanbul|c8|v8) ignore/;

/** Whether a directive comment stands right above `node` (among its leading comments). */
export function hasDirectiveAbove(ts: typeof TS, sourceFile: TS.SourceFile, node: TS.Node): boolean {
  const text = sourceFile.text;
  return (ts.getLeadingCommentRanges(text, node.pos) ?? []).some((range) => DIRECTIVE.test(text.slice(range.pos, range.end)));
}
