import { silentProgress, type Progress } from '../progress';
import { REPORT_SCHEMA_VERSION, type AuditReport } from '../report/audit-report';
import { collectFigures } from '../report/figures';
import { discover, type DiscoveryResult } from './discovery';
import { findConfigs } from './find-configs';
import { measureMigration } from './migration-figures';
import { displayPath, loadProject, type Project } from './project';
import { collectDeclarations } from './project-declarations';

export interface AuditOptions {
  readonly tsconfig: string;
  /** Skip the engine's figures (`--init` needs discovery only). */
  readonly discoveryOnly?: boolean;
  readonly progress?: Progress;
}

export interface AuditRun {
  readonly report: AuditReport;
  readonly project: Project;
  readonly found: DiscoveryResult;
}

/** The whole audit over ONE program: discovery always, the migration's figures when a config governs the files. */
export function runAudit(options: AuditOptions): AuditRun {
  const progress = options.progress ?? silentProgress;
  try {
    progress.phase('building the program');
    const project = loadProject(options.tsconfig);
    progress.phase('discovering');
    const declarations = collectDeclarations(project);
    const found = discover(project, declarations, { readConfigs: !options.discoveryOnly });
    const configs = options.discoveryOnly ? [] : findConfigs(project);
    const migration = configs.length > 0 ? measureMigration(project, configs, progress) : null;
    const report: AuditReport = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      project: { tsconfig: displayPath(project.tsconfig), files: project.files.length },
      discovery: found.discovery,
      migration,
      figures: collectFigures(found.discovery, migration),
    };
    return { report, project, found };
  } finally {
    progress.end();
  }
}
