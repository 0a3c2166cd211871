import type { Discovery, ReportWithRatchet } from './audit-report';
import {
  CHANGE_HEADER,
  LEGACY_PATH_HEADER,
  MIGRATION_HEADER,
  changeRows,
  describeChain,
  describeExport,
  describePath,
  filesAudited,
  legacyPathRows,
  migrationFootnote,
  migrationRows,
} from './sections';
import { formatColumns, type Align } from './text-table';

/** At most this many items per discovery list on a terminal; `--json` has them all. */
const LIST_LIMIT = 15;

/** The report for a terminal: plain aligned columns, no colour, so it also reads well in a CI log. */
export function renderTable(report: ReportWithRatchet): string {
  const lines = [`ssot audit: ${report.project.tsconfig} (${filesAudited(report.project)})`, ''];
  const { migration, ratchet } = report;
  if (migration) {
    lines.push(`Migration (${migration.configs.join(', ')})`);
    lines.push(...formatColumns([MIGRATION_HEADER, ...migrationRows(migration)], numericAfterFirst(MIGRATION_HEADER), '  '));
    const footnote = migrationFootnote(migration);
    if (footnote) lines.push(`  ${footnote}`);
    const paths = legacyPathRows(migration.symbols);
    if (paths.length > 0) {
      lines.push('', 'Legacy imports per path');
      lines.push(...formatColumns([LEGACY_PATH_HEADER, ...paths], ['left', 'left', 'right'], '  '));
    }
    lines.push('');
  } else {
    lines.push('No ssot.config.json governs these files: discovery only. `ssot audit --init` proposes one.', '');
  }
  lines.push(...discoveryLines(report.discovery));
  if (ratchet) {
    lines.push('', ratchet.baseline ? `Since ${ratchet.baseline}` : 'Limits');
    if (ratchet.baseline) {
      lines.push(
        ...(ratchet.changes.length > 0
          ? formatColumns([CHANGE_HEADER, ...changeRows(ratchet.changes)], ['left', 'right', 'left'], '  ')
          : ['  every figure is zero in both reports']),
      );
    }
    lines.push(...(ratchet.violations.length > 0 ? ratchet.violations.map((v) => `  FAIL ${v}`) : ['  OK: no figure rose, every limit holds']));
  }
  return `${lines.join('\n')}\n`;
}

function discoveryLines(discovery: Discovery): string[] {
  const lines: string[] = [];
  const section = <T>(title: string, items: readonly T[], render: (item: T) => string[]): void => {
    lines.push(`${title} (${items.length})`);
    if (items.length === 0) lines.push('  none');
    for (const item of items.slice(0, LIST_LIMIT)) lines.push(...render(item));
    if (items.length > LIST_LIMIT) lines.push(`  ... and ${items.length - LIST_LIMIT} more (--json lists them all)`);
    lines.push('');
  };
  section('Exports reachable through several module paths', discovery.multiPathExports, (found) => [
    `  ${describeExport(found)}`,
    ...found.paths.map((exportPath) => `    ${describePath(exportPath, found.name)}`),
  ]);
  section('Interfaces implemented by more than one class', discovery.sharedInterfaces, (shared) => [
    `  ${shared.name} (${shared.module}:${shared.line}): ${shared.implementations.length} classes`,
    ...formatColumns(
      shared.implementations.map((impl) => [impl.name, `${impl.module}:${impl.line}`, impl.how]),
      ['left', 'left', 'left'],
      '    ',
    ),
  ]);
  section('Classes and functions declared under one name in several modules', discovery.duplicateNames, (duplicate) => [
    `  ${duplicate.name}: ${duplicate.declarations.map((d) => `${d.kind} ${d.module}:${d.line}`).join(', ')}`,
  ]);
  section('Re-export chains longer than one hop', discovery.reexportChains, (chain) => [`  ${describeChain(chain)}`]);
  lines.pop();
  return lines;
}

function numericAfterFirst(header: readonly string[]): Align[] {
  return header.map((_, i) => (i === 0 ? 'left' : 'right'));
}
