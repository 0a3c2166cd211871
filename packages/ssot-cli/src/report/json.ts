import type { ReportWithRatchet } from './audit-report';

/** The report as `--json` prints it (the shape of audit-report.schema.json), two-space indented. */
export function renderJson(report: ReportWithRatchet): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
