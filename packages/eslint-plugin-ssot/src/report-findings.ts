import ts = require('typescript');
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { runCheck, type CheckName, type Finding, type TextEdit } from 'ssot-core';

/** Thrown when the file was not parsed by @typescript-eslint/parser; printed by ESLint without a stack trace. */
class ParserMissingError extends Error {
  constructor(check: CheckName, filename: string) {
    super(
      `ssot/${check}: ${filename} was not parsed by @typescript-eslint/parser, which ssot rules need. ` +
        'Fix: use ssot.configs.recommended (it sets the parser), or set languageOptions.parser to typescript-eslint\'s parser for these files.',
    );
    this.stack = this.message;
  }
}

/**
 * The whole of the ESLint side of a check: ask the engine for the findings of this file and report each one,
 * its fix and its suggestions. No decision about what is wrong is made here.
 */
export function reportFindings<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, []>>,
  check: CheckName,
): TSESLint.RuleListener {
  const services = context.sourceCode.parserServices;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!nodeMap) throw new ParserMissingError(check, context.filename);
  return {
    Program(node: TSESTree.Program) {
      const sourceFile = nodeMap.get(node);
      const program = services.program ?? undefined;
      for (const finding of runCheck(check, { ts, sourceFile, program })) {
        context.report(toReport(context, finding));
      }
    },
  };
}

function toReport<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, []>>,
  finding: Finding,
): TSESLint.ReportDescriptor<MessageIds> {
  const { sourceCode } = context;
  return {
    loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
    messageId: finding.messageId as MessageIds,
    data: finding.data,
    fix: finding.fix ? applyEdits(finding.fix) : null,
    suggest: finding.suggestions?.map((suggestion) => ({
      messageId: suggestion.messageId as MessageIds,
      data: suggestion.data,
      fix: applyEdits(suggestion.edits),
    })),
  };
}

function applyEdits(edits: readonly TextEdit[]): TSESLint.ReportFixFunction {
  return (fixer) => edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text));
}
