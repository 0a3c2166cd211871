export type Align = 'left' | 'right';

/**
 * Columns padded to their widest cell, two spaces apart, no trailing spaces:
 *
 *   symbol            legacy imports  files
 *   WebSocketManager              27     23
 */
export function formatColumns(rows: readonly (readonly string[])[], align: readonly Align[], indent = ''): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

/** A GitHub-flavoured Markdown table; `|` in cells is escaped. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${align.map((side) => (side === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** `+3`, `-51`, `0`. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
