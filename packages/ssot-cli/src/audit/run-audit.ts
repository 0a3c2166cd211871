import * as path from 'node:path';
import { normalizePath } from 'ssot-config';
import { silentProgress, type Progress } from '../progress';
import { REPORT_SCHEMA_VERSION, type AuditReport, type ProjectSummary } from '../report/audit-report';
import { collectFigures } from '../report/figures';
import { discover } from './discovery';
import { findConfigs } from './find-configs';
import { mergeDiscoveries, type DiscoveredNames } from './merge-discovery';
import { MigrationFigures } from './migration-figures';
import { displayPath, loadProject, projectTsconfigs } from './project';
import { collectDeclarations } from './project-declarations';
import { collectInitFacts, mergeInitFacts, type InitFacts } from '../init/init-facts';

export interface AuditOptions {
  readonly tsconfig: string;
  readonly progress?: Progress;
}

/** One program an audit read: its tsconfig and the project files in it. */
export interface AuditedProgram {
  readonly tsconfig: string;
  readonly files: readonly string[];
}

export interface AuditRun {
  readonly report: AuditReport;
  /** One, or one per project of a solution-style tsconfig. */
  readonly programs: readonly AuditedProgram[];
}

/**
 * The whole audit: discovery always, the migration's figures when a config governs the files. ONE program for a
 * tsconfig that lists its files; for a solution-style tsconfig, one per project it references, built one after
 * the other (each dropped before the next is built) and reported as one project: paths relative to the
 * solution's directory, each file counted once.
 */
export function runAudit(options: AuditOptions): AuditRun {
  const progress = options.progress ?? silentProgress;
  const tsconfigs = projectTsconfigs(options.tsconfig);
  const root = normalizePath(path.dirname(options.tsconfig));
  const relative = (file: string): string => normalizePath(path.relative(root, file));
  // Only what the report needs is kept of each program's discovery, as plain data: the program can go.
  const found: DiscoveredNames[] = [];
  const programs: AuditedProgram[] = [];
  const migration = new MigrationFigures();
  try {
    for (const tsconfig of tsconfigs) {
      const label = tsconfigs.length > 1 ? `${displayPath(tsconfig)}: ` : '';
      progress.phase(`${label}building the program`);
      const project = loadProject(tsconfig, root);
      progress.phase(`${label}discovering`);
      const { discovery, exportedSymbols, names, implemented } = discover(project, collectDeclarations(project), { readConfigs: true });
      found.push({ discovery, exportedSymbols, names, implemented });
      migration.addProject(project, findConfigs(project), progress, label);
      programs.push({ tsconfig, files: project.files.map((sourceFile) => normalizePath(sourceFile.fileName)) });
    }
    const discovery = mergeDiscoveries(found, relative);
    const measured = migration.result();
    const report: AuditReport = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      project: summary(options.tsconfig, programs),
      discovery,
      migration: measured,
      figures: collectFigures(discovery, measured),
    };
    return { report, programs };
  } finally {
    progress.end();
  }
}

/** The project audited: its files once each, and, for a solution, the projects whose programs were read. */
function summary(tsconfig: string, programs: readonly AuditedProgram[]): ProjectSummary {
  const files = new Set(programs.flatMap((program) => program.files)).size;
  if (programs.length === 1 && programs[0]?.tsconfig === tsconfig) return { tsconfig: displayPath(tsconfig), files };
  return { tsconfig: displayPath(tsconfig), files, projects: programs.map((program) => displayPath(program.tsconfig)) };
}

/** What `--init` reads: discovery, with the defaults in place of any config, over the programs of a tsconfig. */
export interface InitDiscovery {
  /** The tsconfig named: the config is written next to it, and its module resolution writes the config's paths. */
  readonly tsconfig: string;
  /** The tsconfig's directory, which discovery's module paths are relative to. */
  readonly root: string;
  readonly facts: InitFacts;
}

/**
 * Discovery for `--init`: ONE program for a tsconfig that lists its files; for a solution-style tsconfig, one per
 * project it references, each dropped before the next is built once its facts are read, and the facts merged.
 */
export function discoverForInit(tsconfig: string, progress: Progress = silentProgress): InitDiscovery {
  const tsconfigs = projectTsconfigs(tsconfig);
  const root = normalizePath(path.dirname(tsconfig));
  const facts: InitFacts[] = [];
  try {
    for (const projectTsconfig of tsconfigs) {
      const label = tsconfigs.length > 1 ? `${displayPath(projectTsconfig)}: ` : '';
      progress.phase(`${label}building the program`);
      const project = loadProject(projectTsconfig, root);
      progress.phase(`${label}discovering`);
      facts.push(collectInitFacts(project, discover(project, collectDeclarations(project), { readConfigs: false })));
    }
    return { tsconfig, root, facts: mergeInitFacts(facts) };
  } finally {
    progress.end();
  }
}
