import * as path from 'node:path';
import ts = require('typescript');
import { checkNames, messageFor, runCheck, type CheckName, type Finding, type TextEdit } from 'ssot-core';
import type { Project } from '../audit/project';

/** One finding placed in its file, with its message as the fronts show it. */
export interface PlacedFinding {
  readonly file: string;
  readonly check: CheckName;
  readonly messageId: string;
  readonly message: string;
  /** 1-based line and column of the start and end, as ESLint reports them. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The fix as ESLint reports it: one range of the file's text and its replacement. */
  readonly fix: { readonly range: readonly [number, number]; readonly text: string } | undefined;
  /** The engine's edits of that fix, as fronts apply them (onePassEdits). */
  readonly fixEdits: readonly TextEdit[] | undefined;
  readonly suggestions: readonly PlacedSuggestion[];
}

export interface PlacedSuggestion {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly desc: string;
  readonly fix: { readonly range: readonly [number, number]; readonly text: string };
}

export interface FileFindings {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly PlacedFinding[];
}

/**
 * Every check of the engine over the project's files under `paths`, as ESLint's `recommended-type-checked` runs
 * them: the engine decides, this only places each finding and formats its message.
 */
export function checkProject(project: Project, paths: readonly string[]): FileFindings[] {
  const selected = project.files.filter((sourceFile) => paths.some((entry) => isAtOrUnder(sourceFile.fileName, path.resolve(entry))));
  return selected.map((sourceFile) => ({
    file: sourceFile.fileName,
    text: sourceFile.text,
    findings: checkNames.flatMap((check) =>
      placeFindings(sourceFile, check, runCheck(check, { ts, sourceFile, program: project.program })),
    ),
  }));
}

function placeFindings(sourceFile: ts.SourceFile, check: CheckName, findings: readonly Finding[]): PlacedFinding[] {
  const at = (offset: number) => sourceFile.getLineAndCharacterOfPosition(offset);
  return findings.map((finding) => {
    const start = at(finding.start);
    const end = at(finding.end);
    return {
      file: sourceFile.fileName,
      check,
      messageId: finding.messageId,
      message: messageFor(check, finding.messageId, finding.data),
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      fix: finding.fix ? asOneRange(sourceFile.text, finding.fix) : undefined,
      fixEdits: finding.fix,
      suggestions: (finding.suggestions ?? []).map((suggestion) => ({
        messageId: suggestion.messageId,
        data: suggestion.data,
        desc: messageFor(check, suggestion.messageId, suggestion.data),
        fix: asOneRange(sourceFile.text, suggestion.edits),
      })),
    };
  });
}

/** Several edits as one replacement of the range they span, the text between them kept: how ESLint merges a fix. */
export function asOneRange(text: string, edits: readonly TextEdit[]): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const start = sorted[0]?.start ?? 0;
  const end = Math.max(start, ...sorted.map((edit) => edit.end));
  let replacement = '';
  let at = start;
  for (const edit of sorted) {
    replacement += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { range: [start, end], text: replacement + text.slice(at, end) };
}

function isAtOrUnder(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The paths under which the project has no file: nothing there is checked. */
export function pathsOutsideProject(project: Project, paths: readonly string[]): string[] {
  return paths.filter((entry) => !project.files.some((sourceFile) => isAtOrUnder(sourceFile.fileName, path.resolve(entry))));
}
