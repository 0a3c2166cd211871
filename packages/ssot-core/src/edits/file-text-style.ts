import type { CheckContext } from '../check-context';
import type { TextStyle } from './text-style';
import { textStyleOf } from './text-style';

/**
 * The style of a whole file, for text that belongs to no existing statement: read off its first import or
 * re-export; single quotes and semicolons when it has none.
 */
export function fileTextStyle(ctx: CheckContext): TextStyle {
  const site = ctx.sites.find((candidate) => candidate.kind === 'import' || candidate.kind === 'export');
  if (site) return textStyleOf(ctx.sourceFile, site.node, site.specifier);
  return { quote: "'", semicolon: ';', newline: ctx.sourceFile.text.includes('\r\n') ? '\r\n' : '\n' };
}
