import type * as TS from 'typescript';

/** How a file writes things, so new text looks like the text around it. */
export interface TextStyle {
  readonly quote: string;
  readonly semicolon: string;
  readonly newline: string;
}

/** The style of a file, read off an existing statement and specifier of it. */
export function textStyleOf(sourceFile: TS.SourceFile, statement: TS.Node, specifier: TS.StringLiteralLike): TextStyle {
  const text = sourceFile.text;
  const quote = text.charAt(specifier.getStart(sourceFile)) === '"' ? '"' : "'";
  const semicolon = text.charAt(statement.end - 1) === ';' ? ';' : '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { quote, semicolon, newline };
}
