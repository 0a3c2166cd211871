import * as fs from 'node:fs';
import type * as TS from 'typescript';
import { messageFor, type Finding } from 'ssot-core';
import { formatProblem, type ConfigProblem, type SsotConfigError } from 'ssot-config';
import { CONFIG_ERROR_CODE, DIAGNOSTIC_SOURCE, codeForCheck } from './codes';

/**
 * Findings are errors, as `ssot.configs.recommended` makes them in ESLint: the editor shows what CI fails on.
 * (tsc itself never runs plugins, so they never fail a build.)
 */
function category(ts: typeof TS): TS.DiagnosticCategory {
  return ts.DiagnosticCategory.Error;
}

/** One finding as TypeScript shows it: the same range and, word for word, ESLint's message. */
export function findingToDiagnostic(ts: typeof TS, sourceFile: TS.SourceFile, finding: Finding): TS.Diagnostic {
  return {
    file: sourceFile,
    start: finding.start,
    length: finding.end - finding.start,
    messageText: messageFor(finding.check, finding.messageId, finding.data),
    category: category(ts),
    code: codeForCheck(finding.check),
    source: DIAGNOSTIC_SOURCE,
  };
}

/**
 * The one diagnostic a broken ssot.config.json leaves on a file it governs, at the start of the file: which
 * config, what is wrong where, and how to fix it; each problem also links to its place in the config.
 */
export function configErrorDiagnostic(
  ts: typeof TS,
  sourceFile: TS.SourceFile,
  error: SsotConfigError,
): TS.Diagnostic {
  const count = error.problems.length === 1 ? 'an error' : `${error.problems.length} errors`;
  const lines = [
    `ssot: ${error.file} has ${count}; ssot checks cannot run until it is fixed.`,
    ...error.problems.map((problem) => `  ${formatProblem(error.file, problem)}`),
  ];
  const configSource = readJsonSourceFile(ts, error.file);
  return {
    file: sourceFile,
    start: 0,
    length: 0,
    messageText: lines.join('\n'),
    category: category(ts),
    code: CONFIG_ERROR_CODE,
    source: DIAGNOSTIC_SOURCE,
    relatedInformation: configSource && error.problems.map((problem) => relatedProblem(ts, configSource, problem)),
  };
}

function relatedProblem(
  ts: typeof TS,
  configSource: TS.JsonSourceFile,
  problem: ConfigProblem,
): TS.DiagnosticRelatedInformation {
  const lastLine = configSource.getLineStarts().length - 1;
  const line = Math.min(Math.max(problem.line - 1, 0), lastLine);
  const start = ts.getPositionOfLineAndCharacter(configSource, line, 0) + Math.max(problem.column - 1, 0);
  return {
    file: configSource,
    start: Math.min(start, configSource.text.length),
    length: 0,
    messageText: problem.jsonPath ? `${problem.jsonPath}: ${problem.message}` : problem.message,
    category: category(ts),
    code: CONFIG_ERROR_CODE,
  };
}

/** The config as a source file, so editors can link to the place of each problem; undefined if unreadable. */
/** Places in a broken config, for related information; never reads a config the loader refused for its size or kind. */
function readJsonSourceFile(ts: typeof TS, file: string): TS.JsonSourceFile | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > 1024 * 1024) return undefined;
    return ts.parseJsonText(file, fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
