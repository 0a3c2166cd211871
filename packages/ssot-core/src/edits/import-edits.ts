import type * as TS from 'typescript';
import type { TextEdit } from '../finding';
import type { TextStyle } from './text-style';

/** `'./legacy'` -> `'./canonical'`, keeping the quotes (and escaping a quote the path holds). */
export function replaceSpecifier(sourceFile: TS.SourceFile, specifier: TS.StringLiteralLike, text: string): TextEdit {
  const quote = sourceFile.text.charAt(specifier.getStart(sourceFile));
  return { start: specifier.getStart(sourceFile) + 1, end: specifier.end - 1, text: escapeInQuotes(text, quote) };
}

/** The body of a string literal between `quote`s (`'`, `"` or a backtick): backslashes and that quote escaped. */
export function escapeInQuotes(text: string, quote: string): string {
  const escaped = text.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
  return quote === '`' ? escaped.replace(/\$\{/g, '\\${') : escaped;
}

export function replaceNode(sourceFile: TS.SourceFile, node: TS.Node, text: string): TextEdit {
  return { start: node.getStart(sourceFile), end: node.end, text };
}

/** `A` -> `N as A`, `type A` -> `type N as A`, or `N` when the names agree. */
export function renderSpecifier(sourceName: string, boundName: string, typeOnly: boolean): string {
  const source = exportNameText(sourceName);
  return `${typeOnly ? 'type ' : ''}${sourceName === boundName ? source : `${source} as ${exportNameText(boundName)}`}`;
}

/** An export name as written in a list: itself when it is an identifier, else quoted (`"a-b"`, ES2022). */
export function exportNameText(name: string): string {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(name) ? name : JSON.stringify(name);
}

/**
 * `import type { a, b } from 'm';` or `export { a } from "m"` in the file's style; one name per line, indented
 * by `layout.indent`, when the declaration it comes from was written so.
 */
export function renderDeclaration(
  keyword: 'import' | 'export',
  typeOnly: boolean,
  specifiers: readonly (string | ListElement)[],
  moduleSpecifier: string,
  style: TextStyle,
  layout?: ListLayout,
): string {
  const q = style.quote;
  const list = renderList(specifiers, layout, style.newline);
  return `${keyword}${typeOnly ? ' type' : ''} ${list} from ${q}${escapeInQuotes(moduleSpecifier, q)}${q}${style.semicolon}`;
}

/** How a `{ ... }` list is written: on one line, or one element per line with this indent. */
export interface ListLayout {
  readonly multiline: boolean;
  readonly indent: string;
  readonly trailingComma: boolean;
}

/** One element of a list as it will be written, with the comments that stood beside it in its old list. */
export interface ListElement {
  readonly text: string;
  /** Comments before it (`/* a *\/`), after it on its line (`// why`), as written. */
  readonly before?: string;
  readonly after?: string;
}

/**
 * `{ a, b }`, or one element per line; an element's comments go with it. A line comment after an element goes
 * after its comma, and forces one element per line, so that it comments out nothing.
 */
export function renderList(elements: readonly (string | ListElement)[], layout: ListLayout | undefined, newline: string): string {
  const items = elements.map((element) => (typeof element === 'string' ? { text: element } : element));
  const lineComment = items.some((item) => (item.after?.includes('//') ?? false) || (item.before?.includes('//') ?? false));
  if ((!layout?.multiline && !lineComment) || items.length === 0) {
    return `{ ${items.map((item) => [item.before, item.text, item.after].filter(Boolean).join(' ')).join(', ')} }`;
  }
  const indent = layout?.multiline ? layout.indent : '  ';
  const trailingComma = layout?.multiline ? layout.trailingComma : true;
  const body = items.map((item, i) => {
    const comma = i < items.length - 1 || trailingComma ? ',' : '';
    const before = item.before ? `${item.before}${item.before.includes('//') ? newline + indent : ' '}` : '';
    return `${indent}${before}${item.text}${comma}${item.after ? ` ${item.after}` : ''}`;
  });
  return `{${newline}${body.join(newline)}${newline}}`;
}

/**
 * The comments beside element `index` of a list: before it (from the previous element's line), and after it up
 * to the end of its line (a comment after its comma, on its line, is its own):
 *   { /* a *\/ A, B }           ->   A: before '/* a *\/'
 *   {⏎  A, // why⏎  B⏎ }         ->   A: after '// why'
 */
export function commentsBeside(
  list: TS.NamedImports | TS.NamedExports,
  index: number,
  sourceFile: TS.SourceFile,
): { before?: string; after?: string } {
  const elements = list.elements;
  const element = elements[index];
  if (!element) return {};
  const text = sourceFile.text;
  const previous = elements[index - 1];
  let from = previous ? commaAfter(previous, sourceFile) : list.getStart(sourceFile) + 1;
  const start = element.getStart(sourceFile);
  const lineBreak = text.indexOf('\n', from);
  // What follows the previous element's comma on its line is the previous element's.
  if (previous && lineBreak !== -1 && lineBreak < start) from = lineBreak + 1;
  const comma = commaAfter(element, sourceFile);
  const hasComma = comma !== element.end;
  const next = elements[index + 1];
  let to = hasComma ? comma - 1 : list.end - 1;
  const afterComma = hasComma ? comma : to;
  const restOfLine = text.indexOf('\n', afterComma);
  const limit = next ? next.getStart(sourceFile) : list.end - 1;
  if (restOfLine !== -1 && restOfLine < limit) to = restOfLine;
  else if (!next) to = list.end - 1;
  const before = text.slice(from, start).trim();
  const after = text.slice(element.end, Math.max(element.end, to)).replace(/^\s*,/, '').trim();
  return { ...(before && { before }), ...(after && { after }) };
}

/** The layout of an existing list. */
export function layoutOf(list: TS.NamedImports | TS.NamedExports, sourceFile: TS.SourceFile): ListLayout {
  const text = sourceFile.text;
  const multiline = text.slice(list.getStart(sourceFile), list.end).includes('\n');
  const first = list.elements[0];
  let indent = '  ';
  if (multiline && first) {
    const firstStart = first.getStart(sourceFile);
    indent = /[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', firstStart - 1) + 1, firstStart))?.[0] ?? '  ';
  }
  return { multiline, indent, trailingComma: list.elements.hasTrailingComma };
}

/**
 * Deletes a whole statement; when it stands alone on its lines, the line break after it goes too.
 *   import { a } from 'legacy';⏎   ->   (nothing)
 */
export function removeStatement(sourceFile: TS.SourceFile, statement: TS.Node): TextEdit {
  const text = sourceFile.text;
  let start = statement.getStart(sourceFile);
  let end = statement.end;
  // In a file without semicolons, `;(...)` on the next line is parsed as this statement's end; it guards
  // that line, so it stays:   import x from 'a'⏎;(() => {})()
  if (text.charAt(end - 1) === ';' && /\n\s*$/.test(text.slice(start, end - 1))) end = text.lastIndexOf('\n', end - 1);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start))) {
    const lineEnd = /^[ \t]*(\r?\n|$)/.exec(text.slice(end));
    if (lineEnd) {
      start = lineStart;
      end += lineEnd[0].length;
      // The file's last line has no line break of its own: take the one before it instead.
      if (lineEnd[1] === '' && start > 0) start -= text.slice(0, start).endsWith('\r\n') ? 2 : 1;
    }
  }
  return { start, end, text: '' };
}

/**
 * Deletes some elements of `{ a, b, c }`, keeping the others, their comments and the list's layout.
 *   { a, b, c } minus b   ->   { a, c }        (b and the space before c go)
 *   { a, b, c } minus c   ->   { a, b }        (the comma after b goes)
 */
export function removeListElements(
  elements: TS.NodeArray<TS.Node>,
  remove: ReadonlySet<TS.Node>,
  sourceFile: TS.SourceFile,
): TextEdit[] {
  const edits: TextEdit[] = [];
  const lastKept = findLastIndex(elements, (element) => !remove.has(element));
  elements.forEach((element, i) => {
    if (!remove.has(element) || i > lastKept) return;
    const next = elements[i + 1];
    if (next) edits.push({ start: element.getStart(sourceFile), end: next.getStart(sourceFile), text: '' });
  });
  const last = elements[elements.length - 1];
  const keptBeforeTail = elements[lastKept];
  if (last && keptBeforeTail && lastKept < elements.length - 1) {
    edits.push({ start: keptBeforeTail.end, end: last.end, text: '' });
  }
  return mergeAdjacent(edits);
}

/**
 * Adds specifiers to an existing `{ ... }` list, on a new line when the list is written one per line.
 *   { a, b }  + c   ->   { a, b, c }
 */
export function appendListElements(
  list: TS.NamedImports | TS.NamedExports,
  texts: readonly string[],
  sourceFile: TS.SourceFile,
  style: TextStyle,
): TextEdit {
  const elements = list.elements;
  const last = elements[elements.length - 1];
  if (!last) return replaceNode(sourceFile, list, `{ ${texts.join(', ')} }`);
  const text = sourceFile.text;
  const multiline = text.slice(list.getStart(sourceFile), list.end).includes('\n');
  if (multiline) {
    const lastStart = last.getStart(sourceFile);
    const indent = /[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', lastStart - 1) + 1, lastStart))?.[0] ?? '  ';
    const joined = texts.map((t) => `${style.newline}${indent}${t}`).join(',');
    return elements.hasTrailingComma
      ? { start: commaAfter(last, sourceFile), end: commaAfter(last, sourceFile), text: `${joined},` }
      : { start: last.end, end: last.end, text: `,${joined}` };
  }
  return { start: last.end, end: last.end, text: `, ${texts.join(', ')}` };
}

/** Just past the comma that follows `node`, skipping comments (which may hold commas of their own). */
export function commaAfter(node: TS.Node, sourceFile: TS.SourceFile): number {
  const text = sourceFile.text;
  let index = node.end;
  while (index < text.length) {
    if (text.startsWith('/*', index)) {
      const close = text.indexOf('*/', index + 2);
      index = close === -1 ? text.length : close + 2;
    } else if (text.startsWith('//', index)) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 ? text.length : lineEnd + 1;
    } else if (/\s/.test(text.charAt(index))) {
      index++;
    } else {
      break;
    }
  }
  if (text.charAt(index) !== ',') index = -1;
  return index === -1 ? node.end : index + 1;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}

function mergeAdjacent(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && previous.end >= edit.start && previous.text === '' && edit.text === '') {
      merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, edit.end), text: '' };
    } else {
      merged.push(edit);
    }
  }
  return merged;
}
