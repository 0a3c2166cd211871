import type ts = require('typescript');
import { CONFIG_ERROR_CODE, DIAGNOSTIC_SOURCE, diagnosticCodes, messageFor, type Finding } from 'ssot-core';
import type { SsotConfigError } from 'ssot-config';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { FileChecks } from './file-checks';

/** An offset range of a source file as an LSP range (lines and UTF-16 characters, as TypeScript counts them). */
export function rangeOf(sourceFile: ts.SourceFile, start: number, end: number): Range {
  return { start: sourceFile.getLineAndCharacterOfPosition(start), end: sourceFile.getLineAndCharacterOfPosition(end) };
}

/**
 * A file's diagnostics as the tsserver plugin shows them: the same codes, messages and `source`, errors as in
 * ESLint's recommended configs. A broken config gives one diagnostic at the start of the file, naming it.
 */
export function diagnosticsOf(checks: FileChecks): Diagnostic[] {
  if (checks.kind === 'not-checked') return [];
  if (checks.kind === 'config-error') return [configErrorDiagnostic(checks.error)];
  return checks.findings.map((finding) => findingDiagnostic(checks.sourceFile, finding));
}

function findingDiagnostic(sourceFile: ts.SourceFile, finding: Finding): Diagnostic {
  return {
    range: rangeOf(sourceFile, finding.start, finding.end),
    severity: DiagnosticSeverity.Error,
    code: diagnosticCodes[finding.check],
    source: DIAGNOSTIC_SOURCE,
    message: messageFor(finding.check, finding.messageId, finding.data),
  };
}

function configErrorDiagnostic(error: SsotConfigError): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: CONFIG_ERROR_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: error.message,
  };
}
