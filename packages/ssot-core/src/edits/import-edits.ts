import type * as TS from 'typescript';
import type { TextEdit } from '../finding';
import type { TextStyle } from './text-style';

/** `'./legacy'` -> `'./canonical'`, keeping the quotes. */
export function replaceSpecifier(sourceFile: TS.SourceFile, specifier: TS.StringLiteralLike, text: string): TextEdit {
  return { start: specifier.getStart(sourceFile) + 1, end: specifier.end - 1, text };
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

/** `import type { a, b } from 'm';` or `export { a } from "m"` in the file's style. */
export function renderDeclaration(
  keyword: 'import' | 'export',
  typeOnly: boolean,
  specifiers: readonly string[],
  moduleSpecifier: string,
  style: TextStyle,
): string {
  const q = style.quote;
  return `${keyword}${typeOnly ? ' type' : ''} { ${specifiers.join(', ')} } from ${q}${moduleSpecifier}${q}${style.semicolon}`;
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
function commaAfter(node: TS.Node, sourceFile: TS.SourceFile): number {
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
