import type ts = require('typescript');
import { messageFor, type Finding, type TextEdit } from 'ssot-core';
import { CodeActionKind, type CodeAction, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { applyFixPass } from '../check/apply-fixes';
import { asOneRange } from '../check/check-findings';
import { rangeOf } from './lsp-diagnostics';

/** The kind of the fix-all action, as ESLint's editor integration names its own (`source.fixAll.eslint`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ssot`;

/**
 * The code actions of a range: for each finding there (exactly that range when some have it, else those that
 * touch it), its proven fix as the preferred quick fix, then each suggestion; and, when asked for or when the
 * file has fixes, "fix all" as one pass of `ssot check --fix` over the file.
 */
export function codeActionsFor(
  uri: string,
  sourceFile: ts.SourceFile,
  findings: readonly Finding[],
  range: Range,
  only: readonly string[] | undefined,
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
  const start = sourceFile.getPositionOfLineAndCharacter(range.start.line, range.start.character);
  const end = sourceFile.getPositionOfLineAndCharacter(range.end.line, range.end.character);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const exact = findings.filter((finding) => finding.start === start && finding.end === end);
    const selected = exact.length > 0 ? exact : findings.filter((finding) => finding.start <= end && finding.end >= start);
    for (const finding of selected) {
      const rule = `ssot/${finding.check}`;
      if (finding.fix) {
        actions.push({
          title: `Fix this ${rule} problem`,
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          edit: { changes: { [uri]: lspEdits(sourceFile, finding.fix) } },
        });
      }
      for (const suggestion of finding.suggestions ?? []) {
        actions.push({
          title: messageFor(finding.check, suggestion.messageId, suggestion.data),
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [uri]: lspEdits(sourceFile, suggestion.edits) } },
        });
      }
    }
  }
  const fixable = findings.filter((finding) => finding.fix);
  if (fixable.length > 0 && wants(FIX_ALL_KIND)) {
    actions.push({ title: 'Fix all ssot problems in this file', kind: FIX_ALL_KIND, edit: { changes: { [uri]: fixAllEdits(sourceFile, fixable) } } });
  }
  return actions;
}

function lspEdits(sourceFile: ts.SourceFile, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: rangeOf(sourceFile, edit.start, edit.end), newText: edit.text }));
}

/** One fix pass over the whole file, as one edit of the span it changes. */
function fixAllEdits(sourceFile: ts.SourceFile, fixable: readonly Finding[]): LspTextEdit[] {
  const text = sourceFile.text;
  const pass = applyFixPass(
    text,
    fixable.map((finding) => ({ fix: asOneRange(text, finding.fix ?? []) })),
  );
  return [{ range: rangeOf(sourceFile, 0, text.length), newText: pass.output }];
}
