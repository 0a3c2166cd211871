import { findProjectTsconfig } from './audit/project';
import { discoverForInit, runAudit } from './audit/run-audit';
import { warnOfNearerTsconfigs } from './check/nearer-tsconfigs';
import { readBaselineFigures, risenFigures } from './baseline';
import type { AuditArgs } from './cli-args';
import { CliError } from './cli-error';
import { initConfigFile, proposeConfig, writeInitialConfig } from './init-config';
import { renderInitSummary, renderNothingToPropose } from './init/init-summary';
import { createProgress } from './progress';
import { evaluateRatchet } from './ratchet';
import type { ReportWithRatchet } from './report/audit-report';
import { renderJson } from './report/json';
import { renderMarkdown } from './report/markdown';
import { renderTable } from './report/table';

export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { readonly isTTY?: boolean; write(text: string): unknown };
}

const renderers = { table: renderTable, json: renderJson, markdown: renderMarkdown };

/** `ssot audit`: returns the exit code (0 within limits, 1 a limit broken). */
export function runAuditCommand(args: AuditArgs, io: CommandIo): number {
  const tsconfig = findProjectTsconfig(args.dir);
  // Read the baseline first: a bad path should fail before a long run, not after.
  const baseline = args.baseline === undefined ? undefined : { file: args.baseline, figures: readBaselineFigures(args.baseline) };
  const progress = createProgress(io.stderr);
  if (args.init) {
    const run = discoverForInit(tsconfig, progress);
    const configFile = initConfigFile(run.tsconfig);
    const proposal = proposeConfig(run, configFile);
    if (proposal.config.symbols.length === 0) {
      io.stdout.write(renderNothingToPropose(proposal));
      return 0;
    }
    writeInitialConfig(configFile, proposal.config, args.force);
    io.stdout.write(renderInitSummary(configFile, proposal));
    return 0;
  }
  const { report, programs } = runAudit({ tsconfig, progress });
  for (const program of programs) warnOfNearerTsconfigs('audit', program.tsconfig, program.files, io.stderr);
  if (args.maxLegacy !== undefined && !report.migration) {
    throw new CliError(
      `ssot audit: --max-legacy counts legacy imports, and no ssot.config.json governs ${report.project.tsconfig}'s files. Fix: add one (\`ssot audit --init\` proposes it).`,
    );
  }
  const ratchet = baseline || args.maxLegacy !== undefined ? evaluateRatchet(report, { baseline, maxLegacy: args.maxLegacy }) : undefined;
  const output: ReportWithRatchet = ratchet ? { ...report, ratchet } : report;
  io.stdout.write(renderers[args.format](output));
  if (!ratchet || ratchet.violations.length === 0) return 0;
  // Said on stderr as well, so a CI log shows why even when the report went to a file.
  for (const violation of ratchet.violations) io.stderr.write(`ssot audit: ${violation}\n`);
  if (baseline && risenFigures(ratchet.changes).some((change) => change.figure.startsWith('discovery.'))) {
    io.stderr.write(
      'ssot audit: a discovery figure also rises when a newer ssot finds more of what was already there. ' +
        `Fix: if this change upgrades ssot and not the code, write the baseline again with it (\`ssot audit --json > ${baseline.file}\`).\n`,
    );
  }
  return 1;
}
