import ts = require('typescript');
import { getResolverForFile, getResolverForTsconfig, normalizePath } from 'ssot-config';
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
 * The tsconfigs nearer than `tsconfig` to files of its program whose module resolution options differ from
 * `tsconfig`'s: each file's is the engine's resolver for it (getResolverForFile, which ESLint's rules resolve
 * that file's imports with; the editor opens the file in the same tsconfig's project). There ssot check, which
 * resolves every file with `tsconfig`, may not find what ESLint and the editor find.
 */
export function nearerTsconfigs(tsconfig: string, fileNames: readonly string[]): NearerTsconfig[] {
  const checked = normalizePath(tsconfig);
  const options = getResolverForTsconfig(ts, tsconfig).compilerOptions;
  const filesByTsconfig = new Map<string, { options: ts.CompilerOptions; files: number }>();
  for (const fileName of fileNames) {
    let resolver;
    try {
      resolver = getResolverForFile(ts, fileName);
    } catch {
      continue; // A tsconfig that does not load is ESLint's to report, and resolves nothing there either.
    }
    const nearest = resolver.tsconfig;
    if (nearest === undefined || normalizePath(nearest) === checked) continue;
    const known = filesByTsconfig.get(nearest);
    if (known) known.files += 1;
    else filesByTsconfig.set(nearest, { options: resolver.compilerOptions, files: 1 });
  }
  const nearer: NearerTsconfig[] = [];
  for (const [nearest, { options: theirs, files }] of filesByTsconfig) {
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
  const nearer = nearerTsconfigs(tsconfig, fileNames);
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
