import type { Project, ProjectModule } from '../generators/project-pool';
import type { SiteSpec } from '../generators/site-specs';
import type { FileSpec } from '../generators/test-file';
import type { CaseFailure, Invariant } from './check-batch';

/**
 * Engine bugs the property found and that are not fixed yet. The main property does not generate their
 * triggers (so it stays green and keeps covering everything else); known-bugs.test.ts replays each one with
 * `it.fails` on its known-failing seed and checks that it still fails the way it is described here. When a bug
 * is fixed, its `it.fails` starts failing: delete the entry, and the main property covers the case again.
 */
export interface KnownBug {
  readonly id: string;
  readonly description: string;
  readonly invariant: Invariant;
  /** Seeds whose run (generating only triggering files) fails with this bug. */
  readonly seeds: readonly number[];
  /** Whether a generated file may hit the bug. Deliberately broad: it is what the main property leaves out. */
  triggeredBy(spec: FileSpec, projects: readonly Project[]): boolean;
  /** Whether a failure is this bug (and not something new). */
  explains(failure: CaseFailure): boolean;
}

/**
 * The nine bugs this property found before were fixed (empty-named-list, esm-default-of-commonjs,
 * string-export-name, actual-type-argument, hoisted-var-shadow, namespace-shadow, asi-guard-semicolon,
 * comma-in-comment, mock-then-import-in-one-file): the main property generates their triggers again.
 */
export const knownBugs: readonly KnownBug[] = [];

/** The project and module each site of a file spec stands for, as render-site.ts picks them. */
export function sitesIn(spec: FileSpec, projects: readonly Project[]): { project: Project; site: SiteSpec; module: ProjectModule | undefined }[] {
  const project = projects[spec.project % projects.length] as Project;
  return spec.sites.map((site) => ({ project, site, module: project.modules[site.module % (project.modules.length + 1)] }));
}

export function avoidsKnownBugs(spec: FileSpec, projects: readonly Project[]): boolean {
  return knownBugs.every((bug) => !bug.triggeredBy(spec, projects));
}
