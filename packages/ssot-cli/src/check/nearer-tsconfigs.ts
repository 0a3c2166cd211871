import * as path from 'node:path';
import ts = require('typescript');
import { findTsconfig, normalizePath, readCompilerOptions } from 'ssot-config';
import { displayPath } from '../audit/project';

/** A tsconfig nearer than the checked one to some of its files, that resolves modules differently. */
export interface NearerTsconfig {
  readonly tsconfig: string;
  readonly files: number;
  /** The compiler options that decide module resolution and differ, by name. */
  readonly options: readonly string[];
}

/**
 * The options TypeScript says decide where a specifier leads (its own list, which it keeps with the options;
 * not in its public typings). Where a TypeScript lacks it, every option counts.
 */
const RESOLUTION_OPTIONS: readonly string[] | undefined = (
  ts as unknown as { moduleResolutionOptionDeclarations?: readonly { name: string }[] }
).moduleResolutionOptionDeclarations?.map((option) => option.name);

/**
 * The tsconfigs nearer than `tsconfig` to files of its program (the nearest tsconfig.json above a file, which
 * ESLint's rules resolve that file's imports with, as the editor opens it) whose module resolution options differ
 * from `tsconfig`'s: there ssot check, which resolves every file with `tsconfig`, may not find what ESLint and
 * the editor find.
 */
export function nearerTsconfigs(tsconfig: string, options: ts.CompilerOptions, fileNames: readonly string[]): NearerTsconfig[] {
  const checked = normalizePath(tsconfig);
  const filesByTsconfig = new Map<string, number>();
  for (const fileName of fileNames) {
    const nearest = findTsconfig(path.dirname(fileName));
    if (nearest === undefined || normalizePath(nearest) === checked) continue;
    filesByTsconfig.set(nearest, (filesByTsconfig.get(nearest) ?? 0) + 1);
  }
  const nearer: NearerTsconfig[] = [];
  for (const [nearest, files] of filesByTsconfig) {
    let theirs: ts.CompilerOptions;
    try {
      theirs = readCompilerOptions(ts, nearest);
    } catch {
      continue; // A tsconfig that does not load is ESLint's to report, and resolves nothing there either.
    }
    const differing = differingOptions(options, theirs);
    if (differing.length > 0) nearer.push({ tsconfig: nearest, files, options: differing });
  }
  return nearer.sort((a, b) => b.files - a.files || (a.tsconfig < b.tsconfig ? -1 : 1));
}

function differingOptions(ours: ts.CompilerOptions, theirs: ts.CompilerOptions): string[] {
  const names = RESOLUTION_OPTIONS ?? [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter((name) => name !== 'configFilePath');
  const differing = names.filter((name) => JSON.stringify(ours[name]) !== JSON.stringify(theirs[name]));
  // `paths` is relative to the tsconfig that wrote it: the same text in two directories leads to other files.
  if ((ours.paths || theirs.paths) && !differing.includes('paths') && ours.pathsBasePath !== theirs.pathsBasePath) differing.push('paths');
  return differing;
}

/** Past this many, the other tsconfigs nearer to checked files are counted, not named. */
const MAX_NEARER_LISTED = 5;

/**
 * Says on stderr where a run's module identity may differ from ESLint's and the editor's: files nearer to
 * another tsconfig whose module resolution options differ (a `paths` alias only it declares, another
 * moduleResolution), and the run that resolves them as ESLint does.
 */
export function warnOfNearerTsconfigs(
  command: 'check' | 'audit',
  tsconfig: string,
  fileNames: readonly string[],
  stderr: { write(text: string): unknown },
): void {
  const nearer = nearerTsconfigs(tsconfig, readCompilerOptions(ts, tsconfig), fileNames);
  const fix = (other: string) => (command === 'check' ? `check them with --project ${other}` : `audit them with \`ssot audit ${other}\``);
  for (const entry of nearer.slice(0, MAX_NEARER_LISTED)) {
    const files = `${entry.files} file${entry.files === 1 ? '' : 's'}`;
    const other = displayPath(entry.tsconfig);
    stderr.write(
      `ssot ${command}: ${files} ${command === 'check' ? 'checked' : 'audited'} here ${entry.files === 1 ? 'is' : 'are'} nearer to ${other}, ` +
        `whose module resolution options differ from ${displayPath(tsconfig)}'s (${entry.options.join(', ')}): ESLint and the editor resolve ` +
        `their imports with it, this run with ${displayPath(tsconfig)}, so findings there may differ. Fix: ${fix(other)}.\n`,
    );
  }
  if (nearer.length > MAX_NEARER_LISTED) {
    stderr.write(`ssot ${command}: and ${nearer.length - MAX_NEARER_LISTED} more tsconfigs like these.\n`);
  }
}
