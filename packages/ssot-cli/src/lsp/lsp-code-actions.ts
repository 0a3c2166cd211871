import type ts = require('typescript');
import { findingsAt, messageFor, onePassEdits, type Finding, type TextEdit } from 'ssot-core';
import { CodeActionKind, type CodeAction, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { rangeOf } from './lsp-diagnostics';

/** The kind of the fix-all action, as ESLint's editor integration names its own (`source.fixAll.eslint`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ssot`;

/**
 * The code actions of a range: for each finding there (the engine's findingsAt), its proven fix as the preferred quick fix, then each suggestion; and, when asked for or when the
 * file has fixes, "fix all": one fix pass over the file (the engine's onePassEdits), as `eslint --fix` makes one.
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
    for (const finding of findingsAt(findings, start, end)) {
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
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
  if (fixes.length > 0 && wants(FIX_ALL_KIND)) {
    actions.push({ title: 'Fix all ssot problems in this file', kind: FIX_ALL_KIND, edit: { changes: { [uri]: lspEdits(sourceFile, onePassEdits(fixes)) } } });
  }
  return actions;
}

function lspEdits(sourceFile: ts.SourceFile, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: rangeOf(sourceFile, edit.start, edit.end), newText: edit.text }));
}
