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
import { formatMarkdownTable, type Align } from './text-table';

/** The report as a pull-request comment: figures first, the ratchet's verdict, details folded. */
export function renderMarkdown(report: ReportWithRatchet): string {
  const { migration, ratchet } = report;
  const lines = ['## ssot audit', '', `\`${report.project.tsconfig}\`: ${filesAudited(report.project)}`, ''];
  if (ratchet) {
    lines.push(
      ratchet.violations.length > 0
        ? `**Failed:** ${ratchet.violations.map((violation) => violation.replace(/`/g, "'")).join('; ')}`
        : '**Passed:** no figure rose, every limit holds.',
      '',
    );
  }
  if (migration) {
    lines.push(`### Migration (${migration.configs.map((config) => `\`${config}\``).join(', ')})`, '');
    const rows = migrationRows(migration).map((row, i, all) => (i === all.length - 1 ? row.map((cell) => `**${cell}**`) : row));
    lines.push(...formatMarkdownTable(MIGRATION_HEADER, rows, MIGRATION_HEADER.map((_, i): Align => (i === 0 ? 'left' : 'right'))));
    const footnote = migrationFootnote(migration);
    if (footnote) lines.push('', footnote);
    const paths = legacyPathRows(migration.symbols);
    if (paths.length > 0) {
      lines.push('', details('Legacy imports per path', formatMarkdownTable(LEGACY_PATH_HEADER, paths.map(codePath), ['left', 'left', 'right'])));
    }
    lines.push('');
  }
  if (ratchet?.baseline) {
    lines.push(`### Since \`${ratchet.baseline}\``, '');
    lines.push(
      ...(ratchet.changes.length > 0
        ? formatMarkdownTable(CHANGE_HEADER, changeRows(ratchet.changes).map(([figure = '', ...rest]) => [`\`${figure}\``, ...rest]), ['left', 'right', 'left'])
        : ['Every figure is zero in both reports.']),
      '',
    );
  }
  lines.push('### Discovery', '', ...discoveryLines(report.discovery));
  return `${lines.join('\n')}\n`;
}

function discoveryLines(discovery: Discovery): string[] {
  const bullet = (count: number, what: string, body: string[]): string =>
    count === 0 ? `- 0 ${what}` : `- ${details(`${count} ${what}`, body, true)}`;
  return [
    bullet(discovery.multiPathExports.length, 'exports reachable through several module paths', [
      ...discovery.multiPathExports.flatMap((found) => [
        `- ${describeExport(found)}`,
        ...found.paths.map((exportPath) => `  - \`${describePath(exportPath, found.name)}\``),
      ]),
    ]),
    bullet(discovery.sharedInterfaces.length, 'interfaces implemented by more than one class', [
      ...discovery.sharedInterfaces.flatMap((shared) => [
        `- \`${shared.name}\` (\`${shared.module}\`): ${shared.implementations.map((impl) => `\`${impl.name}\` (${impl.how})`).join(', ')}`,
      ]),
    ]),
    bullet(discovery.duplicateNames.length, 'names declared as a class or function in several modules', [
      ...discovery.duplicateNames.map(
        (duplicate) => `- \`${duplicate.name}\`: ${duplicate.declarations.map((d) => `${d.kind} \`${d.module}:${d.line}\``).join(', ')}`,
      ),
    ]),
    bullet(discovery.reexportChains.length, 're-export chains longer than one hop', [
      ...discovery.reexportChains.map((chain) => `- \`${describeChain(chain)}\``),
    ]),
  ];
}

function details(summary: string, body: string[], indented = false): string {
  const pad = indented ? '  ' : '';
  return [`<details><summary>${summary}</summary>`, '', ...body.map((line) => pad + line), '', `${pad}</details>`].join('\n');
}

function codePath([symbol = '', path = '', count = '']: readonly string[]): string[] {
  return [symbol, `\`${path}\``, count];
}
