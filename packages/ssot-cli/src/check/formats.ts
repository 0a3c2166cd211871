import * as path from 'node:path';
import { docsUrl } from 'ssot-core';
import type { FileFindings, PlacedFinding } from './check-findings';

export type CheckFormat = 'stylish' | 'json' | 'sarif';

const ruleId = (finding: PlacedFinding) => `ssot/${finding.check}`;

/** ESLint's JSON formatter's shape, so that tools reading ESLint's output read this too. */
export function formatJson(files: readonly FileFindings[]): string {
  return `${JSON.stringify(
    files.map(({ file, findings }) => {
      const fixable = findings.filter((finding) => finding.fix).length;
      return {
        filePath: path.resolve(file),
        messages: findings.map((finding) => ({
          ruleId: ruleId(finding),
          severity: 2,
          message: finding.message,
          line: finding.line,
          column: finding.column,
          nodeType: null,
          messageId: finding.messageId,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          ...(finding.fix ? { fix: finding.fix } : {}),
          ...(finding.suggestions.length > 0 ? { suggestions: finding.suggestions.map(({ messageId, data, fix, desc }) => ({ messageId, data, fix, desc })) } : {}),
        })),
        suppressedMessages: [],
        errorCount: findings.length,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: fixable,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      };
    }),
  )}\n`;
}

/** ESLint's default "stylish" layout: each file with findings, then the totals. */
export function formatStylish(files: readonly FileFindings[]): string {
  const lines: string[] = [];
  let total = 0;
  let fixable = 0;
  for (const { file, findings } of files) {
    if (findings.length === 0) continue;
    lines.push('', path.resolve(file));
    for (const finding of [...findings].sort((a, b) => a.line - b.line || a.column - b.column)) {
      lines.push(`  ${`${finding.line}:${finding.column}`.padEnd(8)} error  ${finding.message}  ${ruleId(finding)}`);
      total += 1;
      if (finding.fix) fixable += 1;
    }
  }
  if (total === 0) return '';
  lines.push('', `✖ ${total} problem${total === 1 ? '' : 's'} (${total} error${total === 1 ? '' : 's'}, 0 warnings)`);
  if (fixable > 0) lines.push(`  ${fixable} error${fixable === 1 ? '' : 's'} and 0 warnings potentially fixable with \`ssot check --fix\`.`);
  return `${lines.join('\n')}\n\n`;
}

/** SARIF 2.1.0 for code scanning: one result per finding, its place relative to `root`. */
export function formatSarif(files: readonly FileFindings[], root: string, version: string): string {
  const findings = files.flatMap((entry) => entry.findings);
  const ruleChecks = [...new Set(findings.map((finding) => finding.check))].sort();
  const rules = ruleChecks.map((check) => `ssot/${check}`);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ssot',
            version,
            informationUri: 'https://github.com/ssot-tools/ssot',
            rules: ruleChecks.map((check) => ({ id: `ssot/${check}`, helpUri: docsUrl(check) })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(root)}/` } },
        results: findings.map((finding) => ({
          ruleId: ruleId(finding),
          ruleIndex: rules.indexOf(ruleId(finding)),
          level: 'error',
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: path.relative(root, finding.file).split(path.sep).join('/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function pathToFileUri(dir: string): string {
  return `file://${path.resolve(dir).split(path.sep).join('/').replace(/^([A-Za-z]):/, '/$1:')}`;
}
