import type * as TS from 'typescript';
import { applyEdits } from './edits/apply-edits';
import type { TextEdit } from './finding';

type Typescript = typeof TS;

/** A top-level statement of a file after a fix, with the parse it comes from (positions are that parse's). */
export interface PlacedStatement {
  readonly statement: TS.Statement;
  readonly sourceFile: TS.SourceFile;
}

/** What a fix leaves: the file's top-level statements in order, and the whole new parse when one was made. */
export interface StatementsAfterFix {
  readonly statements: readonly PlacedStatement[];
  readonly sourceFile?: TS.SourceFile;
}

/**
 * The top-level statements of `sourceFile` with `edits` applied, or why the edited text cannot be trusted: it
 * would not parse, or a statement the edits do not touch would parse differently (`const f = g` followed by a
 * removed import and then `(x)()` becomes the call `g(x)()`: no semicolon ends the statement before the import).
 *
 * When `onlyImports` holds and the edits fall within a run of import and export declarations bounded by
 * semicolons, only that run is parsed again: a statement that ends with `;` ends there whatever follows, so the
 * statements outside the run parse as they did, and the run parses as it would inside the whole text.
 */
export function statementsAfterFix(
  ts: Typescript,
  sourceFile: TS.SourceFile,
  edits: readonly TextEdit[],
  options: { readonly onlyImports: boolean },
): StatementsAfterFix | { readonly problem: string } {
  const spliced = options.onlyImports ? spliceImportRun(ts, sourceFile, edits) : undefined;
  if (spliced) return spliced;
  const text = applyEdits(sourceFile.text, edits);
  if (text === undefined) return { problem: 'the edits overlap' };
  const after = ts.createSourceFile(sourceFile.fileName, text, sourceFile.languageVersion, true);
  if (parseErrors(after) > parseErrors(sourceFile)) return { problem: 'the fixed text would not parse' };
  const changed = untouchedStatementChanged(sourceFile, after, edits);
  if (changed !== undefined) return { problem: changed };
  return { statements: after.statements.map((statement) => ({ statement, sourceFile: after })), sourceFile: after };
}

/**
 * The statements after the edits from a parse of the run of statements they fall in, or undefined when that
 * cannot stand for a parse of the whole text: the run holds something other than import and export
 * declarations, before or after, the statement before it or its own last statement does not end with `;`
 * (the end of the file aside), an edit ends inside the next statement's comments, or either text has a parse
 * error.
 */
function spliceImportRun(ts: Typescript, sourceFile: TS.SourceFile, edits: readonly TextEdit[]): StatementsAfterFix | undefined {
  const { statements, text } = sourceFile;
  if (edits.length === 0 || statements.length === 0 || parseErrors(sourceFile) > 0) return undefined;
  const start = Math.min(...edits.map((edit) => edit.start));
  const end = Math.max(...edits.map((edit) => edit.end));
  // The first statement the edits reach; one they only follow (an edit that starts where it ends) is left out
  // unless it is an import, which the run may as well hold.
  let first = statements.findIndex((statement) => statement.end >= start);
  if (first === -1) return undefined;
  if ((statements[first] as TS.Statement).end === start && !isImportOrExport(ts, statements[first] as TS.Statement)) first++;
  let last = first;
  while (last + 1 < statements.length && (statements[last + 1] as TS.Statement).getStart(sourceFile) < end) last++;
  const runStart = first < statements.length ? (statements[first] as TS.Statement).getFullStart() : (statements[first - 1] as TS.Statement).end;
  const lastEnd = last < statements.length ? (statements[last] as TS.Statement).end : start;
  // An edit may end in the white space before the next statement (a removed line takes its line break).
  const toEnd = end > lastEnd && last >= statements.length - 1;
  if (end > lastEnd && !toEnd && !/^\s*$/.test(text.slice(lastEnd, end))) return undefined;
  const runEnd = toEnd ? text.length : Math.max(lastEnd, end);
  const before = statements.slice(first, last + 1);
  if (start < runStart || !before.every((statement) => isImportOrExport(ts, statement))) return undefined;
  if (first > 0 && !endsWithSemicolon(text, statements[first - 1] as TS.Statement)) return undefined;
  const runText = applyEdits(
    text.slice(runStart, runEnd),
    edits.map((edit) => ({ ...edit, start: edit.start - runStart, end: edit.end - runStart })),
  );
  // A shebang is read as one only at the start of a file.
  if (runText === undefined || (runStart > 0 && runText.startsWith('#!'))) return undefined;
  const run = ts.createSourceFile(sourceFile.fileName, runText, sourceFile.languageVersion, true);
  if (parseErrors(run) > 0 || !run.statements.every((statement) => isImportOrExport(ts, statement))) return undefined;
  const lastOfRun = run.statements[run.statements.length - 1];
  if (!toEnd && lastOfRun && !endsWithSemicolon(runText, lastOfRun)) return undefined;
  const kept = (list: readonly TS.Statement[]) => list.map((statement) => ({ statement, sourceFile }));
  return {
    statements: [
      ...kept(statements.slice(0, first)),
      ...run.statements.map((statement) => ({ statement, sourceFile: run })),
      ...kept(toEnd ? [] : statements.slice(last + 1)),
    ],
  };
}

function isImportOrExport(ts: Typescript, statement: TS.Statement): boolean {
  return ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement);
}

function endsWithSemicolon(text: string, statement: TS.Statement): boolean {
  return text.charCodeAt(statement.end - 1) === 0x3b;
}

/**
 * Why a top-level statement that no edit touches would not be the same statement after them: each must be
 * found again where the edits move it, of the same kind and length. Undefined when all are.
 */
function untouchedStatementChanged(before: TS.SourceFile, after: TS.SourceFile, edits: readonly TextEdit[]): string | undefined {
  const afterByStart = new Map(after.statements.map((statement) => [statement.getStart(after), statement]));
  for (const statement of before.statements) {
    const start = statement.getStart(before);
    if (edits.some((edit) => edit.start < statement.end && start < edit.end)) continue;
    const shift = edits.reduce((sum, edit) => (edit.end <= start ? sum + edit.text.length - (edit.end - edit.start) : sum), 0);
    const found = afterByStart.get(start + shift);
    if (found?.kind === statement.kind && found.end - (start + shift) === statement.end - start) continue;
    const line = before.getLineAndCharacterOfPosition(start).line + 1;
    return endsWithSemicolon(before.text, statement)
      ? `the statement on line ${line} would parse differently after the fix`
      : `the statement on line ${line}, which has no semicolon, would run on into the code after it`;
  }
  return undefined;
}

function parseErrors(sourceFile: TS.SourceFile): number {
  return (sourceFile as TS.SourceFile & { parseDiagnostics?: readonly unknown[] }).parseDiagnostics?.length ?? 0;
}
