import * as path from 'node:path';
import ts = require('typescript');
import {
  checkNames,
  messageFor,
  runCheck,
  type CheckName,
  type EngineInput,
  type Finding,
  type TextEdit,
  type UnconfirmedResolution,
} from 'ssot-core';
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

/** The files a run checks, and what the engine is given for each file and check (the backend's part). */
export interface CheckTarget {
  /** The files to check: those of the program in which some check may report. */
  readonly files: readonly ts.SourceFile[];
  /** Every file of the program, checked or not. */
  readonly fileNames: readonly string[];
  /** The engine's input for one check of one file; undefined when the check has nothing to do there. */
  inputFor(sourceFile: ts.SourceFile, check: CheckName): EngineInput | undefined;
  /** Specifiers the last fix pass wrote that lead elsewhere than its proof assumed (TypeScript 7's backend). */
  readonly unconfirmed?: readonly UnconfirmedResolution[];
}

/** The TypeScript 6 backend: every check on the tsconfig's program and its checker. */
export function programTarget(project: Project): CheckTarget {
  return {
    files: project.files,
    fileNames: project.files.map((sourceFile) => sourceFile.fileName),
    inputFor: (sourceFile) => ({ ts, sourceFile, program: project.program }),
  };
}

/**
 * Every check of the engine over the target's files under `paths`, as ESLint's `recommended-type-checked` runs
 * them: the engine decides, this only places each finding and formats its message.
 */
export function checkFiles(target: CheckTarget, paths: readonly string[]): FileFindings[] {
  const selected = target.files.filter((sourceFile) => isUnderAny(sourceFile.fileName, paths));
  return selected.map((sourceFile) => ({
    file: sourceFile.fileName,
    text: sourceFile.text,
    findings: checkNames.flatMap((check) => {
      const input = target.inputFor(sourceFile, check);
      return input ? placeFindings(input.sourceFile, check, runCheck(check, input)) : [];
    }),
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

function isUnderAny(file: string, paths: readonly string[]): boolean {
  return paths.some((entry) => isAtOrUnder(file, path.resolve(entry)));
}

/** The target's files under `paths`, checked or not. */
export function fileNamesUnder(target: CheckTarget, paths: readonly string[]): string[] {
  return target.fileNames.filter((fileName) => isUnderAny(fileName, paths));
}

/** The paths under which the target has no file: nothing there is checked. */
export function pathsOutsideTarget(target: CheckTarget, paths: readonly string[]): string[] {
  return paths.filter((entry) => !target.fileNames.some((fileName) => isAtOrUnder(fileName, path.resolve(entry))));
}
