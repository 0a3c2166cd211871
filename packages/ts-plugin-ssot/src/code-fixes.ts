import type * as TS from 'typescript';
import { checkNames, findingsAt, messageFor, onePassEdits, type CheckName, type Finding, type TextEdit } from 'ssot-core';

/** Fix names and fix-all ids are the ESLint rule ids, so a user sees one name for one check everywhere. */
export function fixIdForCheck(check: CheckName): string {
  return `ssot/${check}`;
}

export function checkForFixId(fixId: unknown): CheckName | undefined {
  return typeof fixId === 'string' ? checkNames.find((check) => fixIdForCheck(check) === fixId) : undefined;
}

/**
 * The code actions of the findings at `[start, end]` (the engine's findingsAt). For each, the safe fix first (with a fix-all id when the file has more than
 * one fix of that check, as TypeScript does), then each suggestion.
 */
export function codeFixesForFindings(
  fileName: string,
  findings: readonly Finding[],
  start: number,
  end: number,
): TS.CodeFixAction[] {
  const selected = findingsAt(findings, start, end);
  const actions: TS.CodeFixAction[] = [];
  for (const finding of selected) {
    if (finding.fix) {
      const fixId = fixIdForCheck(finding.check);
      const fixable = findings.filter((other) => other.check === finding.check && other.fix).length;
      // The engine gives findings whose edits must go together (names gathered in one import) one edit list.
      const together = findings.filter((other) => other !== finding && other.fix === finding.fix).length;
      actions.push({
        fixName: fixId,
        description: together === 0 ? `Fix this ${fixId} problem` : `Fix this ${fixId} problem and ${together} more it shares an edit with`,
        changes: [fileTextChanges(fileName, finding.fix)],
        ...(fixable > 1 && { fixId, fixAllDescription: `Fix all ${fixId} problems in this file` }),
      });
    }
    for (const suggestion of finding.suggestions ?? []) {
      actions.push({
        fixName: `${fixIdForCheck(finding.check)}/suggestion`,
        description: messageFor(finding.check, suggestion.messageId, suggestion.data),
        changes: [fileTextChanges(fileName, suggestion.edits)],
      });
    }
  }
  return actions;
}

/** Fix-all of one check in one file: what one pass of `eslint --fix` applies (the engine's onePassEdits). */
export function combinedFixForFindings(
  fileName: string,
  findings: readonly Finding[],
  check: CheckName,
): TS.CombinedCodeActions {
  const fixes = findings.filter((finding) => finding.check === check).flatMap((finding) => (finding.fix ? [finding.fix] : []));
  const taken = onePassEdits(fixes);
  return { changes: taken.length > 0 ? [fileTextChanges(fileName, taken)] : [] };
}

function fileTextChanges(fileName: string, edits: readonly TextEdit[]): TS.FileTextChanges {
  return {
    fileName,
    textChanges: [...edits]
      .sort((a, b) => a.start - b.start)
      .map((edit) => ({ span: { start: edit.start, length: edit.end - edit.start }, newText: edit.text })),
  };
}
