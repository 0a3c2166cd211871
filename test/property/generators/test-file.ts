import * as path from 'node:path';
import fc from 'fast-check';
import { FileWriter, type FileStyle, type UseMarker } from './file-writer';
import type { Project } from './project-pool';
import { renderSite } from './render-site';
import { siteSpec, type SiteSpec } from './site-specs';
import type { LoadMode } from './specifiers';

/** A generated file to lint, as data: which project and directory it is in, how it is written, its sites. */
export interface FileSpec {
  readonly project: number;
  readonly dir: number;
  readonly extension: '.ts' | '.mts' | '.cts' | '.tsx';
  readonly style: FileStyle;
  readonly sites: readonly SiteSpec[];
}

/** Where generated files stand: beside consumers, deeper, at the root, and next to the shims and the canonical modules. */
export const FILE_DIRS = ['src/app', 'src/app/deep', 'src', 'src/legacy', 'src/core'] as const;

export const fileStyle: fc.Arbitrary<FileStyle> = fc.record({
  newline: fc.constantFrom('\n' as const, '\r\n' as const, 'mixed' as const),
  bom: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
  semicolons: fc.boolean(),
  indent: fc.constantFrom('  ', '\t', '    '),
  header: fc.constantFrom('none' as const, 'none' as const, 'comment' as const, 'directive' as const, 'shebang' as const),
});

export const fileSpec: fc.Arbitrary<FileSpec> = fc.record({
  project: fc.nat({ max: 7 }),
  dir: fc.nat({ max: FILE_DIRS.length - 1 }),
  extension: fc.oneof(
    { arbitrary: fc.constant('.ts' as const), weight: 6 },
    { arbitrary: fc.constantFrom('.mts' as const, '.cts' as const, '.tsx' as const), weight: 1 },
  ),
  style: fileStyle,
  sites: fc.array(siteSpec, { minLength: 1, maxLength: 6 }),
});

export interface RenderedFile {
  readonly spec: FileSpec;
  readonly project: Project;
  /** Absolute path; the file is never written to disk. */
  readonly fileName: string;
  readonly text: string;
  readonly uses: readonly UseMarker[];
}

/** The text of a file spec in one of `projects`, named `case-<n>` so files of a batch never collide. */
export function renderFile(spec: FileSpec, projects: readonly Project[], n: number): RenderedFile {
  const project = projects[spec.project % projects.length] as Project;
  const dir = FILE_DIRS[spec.dir % FILE_DIRS.length] as string;
  const fileName = path.join(project.root, dir, `case-${n}${spec.extension}`);
  const writer = new FileWriter(spec.style);
  const context = { project, dir, fileMode: fileModeOf(project, spec.extension) };
  for (const site of spec.sites) renderSite(writer, context, site);
  const header = { none: [], comment: ['/* generated */'], directive: ["'use strict'" + writer.semicolon], shebang: ['#!/usr/bin/env node'] }[spec.style.header];
  const lines = [...header, ...writer.lines];
  const body =
    spec.style.newline === 'mixed'
      ? lines.map((line, i) => line + (i % 2 === 0 ? '\r\n' : '\n')).join('')
      : lines.join(spec.style.newline) + spec.style.newline;
  return { spec, project, fileName, text: (spec.style.bom ? '\uFEFF' : '') + body, uses: writer.uses };
}

/** How nodenext treats the file: `.mts` is ESM, `.cts` CommonJS, others follow package.json `type`. */
function fileModeOf(project: Project, extension: FileSpec['extension']): LoadMode | undefined {
  const resolution = project.variant.resolution;
  if (resolution === 'bundler') return undefined;
  if (extension === '.mts') return 'import';
  if (extension === '.cts') return 'require';
  return resolution === 'nodenext-esm' ? 'import' : 'require';
}
