import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { ancestorDirectories, normalizePath } from './paths';

type Typescript = typeof TS;

/** Nearest tsconfig.json per directory; misses are cached too. */
const tsconfigByDirectory = new Map<string, string | null>();

/** The nearest tsconfig.json at or above `dir`, or undefined. */
export function findTsconfig(dir: string): string | undefined {
  // Every file of a directory asks again: answer from the cache before resolving the path.
  const known = tsconfigByDirectory.get(dir);
  if (known !== undefined) return known ?? undefined;
  const visited: string[] = [];
  let found: string | null = null;
  for (const candidateDir of ancestorDirectories(dir)) {
    const cached = tsconfigByDirectory.get(candidateDir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(candidateDir);
    const candidate = path.join(candidateDir, 'tsconfig.json');
    if (fs.existsSync(candidate)) {
      found = candidate;
      break;
    }
  }
  for (const visitedDir of visited) tsconfigByDirectory.set(visitedDir, found);
  return found ?? undefined;
}

/** The tsconfig that governs a file, by file, where the nearest one references other projects. */
const governingByFile = new Map<string, string>();
/** The files a tsconfig lists (its include, exclude and files applied), by tsconfig. */
const fileListByTsconfig = new Map<string, ReadonlySet<string>>();

/**
 * The tsconfig whose options apply to `file`: the nearest tsconfig.json, unless it references other projects and
 * does not list the file itself, as a solution-style tsconfig.json does (`"files": []` and `references`, the
 * layout of Vite's templates): then the first referenced project, depth first, that lists the file, the one
 * tsserver and typescript-eslint's project service open for it. The nearest one when none lists it.
 */
export function governingTsconfig(ts: Typescript, file: string): string | undefined {
  const nearest = findTsconfig(path.dirname(file));
  if (!nearest || !parseTsconfig(ts, nearest).parsed.projectReferences?.length) return nearest;
  const key = normalizePath(file);
  let governing = governingByFile.get(key);
  if (governing === undefined) {
    governing = listingProject(ts, nearest, key, new Set()) ?? nearest;
    governingByFile.set(key, governing);
  }
  return governing;
}

/** `tsconfig` if it lists `file`, else the first project it references (depth first) that does. */
function listingProject(ts: Typescript, tsconfig: string, file: string, seen: Set<string>): string | undefined {
  if (seen.has(tsconfig) || !fs.existsSync(tsconfig)) return undefined;
  seen.add(tsconfig);
  if (listedFiles(ts, tsconfig).has(file)) return tsconfig;
  for (const referenced of referencedTsconfigs(ts, tsconfig)) {
    const found = listingProject(ts, referenced, file, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * The projects a tsconfig stands for, as `tsc -b` builds them: the tsconfig itself when it lists files; else, for
 * a solution-style tsconfig (no file of its own, only references), each project it references that lists files,
 * depth first through references that list none themselves, each once. A referenced tsconfig that is missing or
 * not JSON is one of them too, as `tsc -b` would fail on it: whoever builds its program reports why, rather than
 * leave its files out in silence. Empty when none lists a file.
 */
export function solutionProjects(ts: Typescript, tsconfig: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (current: string, referenced: boolean): void => {
    const key = path.resolve(current);
    if (seen.has(key)) return;
    seen.add(key);
    const readable = fs.existsSync(key) && projectWithFiles(ts, key) !== undefined;
    if (!readable) {
      if (referenced) found.push(current);
      return;
    }
    if (listedFiles(ts, key).size > 0) {
      found.push(current);
      return;
    }
    for (const next of referencedTsconfigs(ts, key)) visit(next, true);
  };
  visit(tsconfig, false);
  return found;
}

/** The tsconfigs a tsconfig references (a reference to a directory is its tsconfig.json), existing or not. */
export function referencedTsconfigs(ts: Typescript, tsconfig: string): string[] {
  return (parseTsconfig(ts, tsconfig).parsed.projectReferences ?? []).map((reference) =>
    ts.resolveProjectReferencePath(reference),
  );
}

/** The files a tsconfig lists, read from disk once (parseTsconfig skips listing them). */
function listedFiles(ts: Typescript, tsconfig: string): ReadonlySet<string> {
  let files = fileListByTsconfig.get(tsconfig);
  if (!files) {
    files = new Set((projectWithFiles(ts, tsconfig)?.fileNames ?? []).map(normalizePath));
    fileListByTsconfig.set(tsconfig, files);
  }
  return files;
}

const projectByTsconfig = new Map<string, TS.ParsedCommandLine | null>();

/**
 * A tsconfig parsed with its file list (include, exclude and files applied), read from disk once; undefined for
 * one that is not JSON (parsing `{}` in its place would list its whole directory).
 */
export function projectWithFiles(ts: Typescript, tsconfig: string): TS.ParsedCommandLine | undefined {
  let project = projectByTsconfig.get(tsconfig);
  if (project === undefined) {
    const read = ts.readConfigFile(tsconfig, (name) => ts.sys.readFile(name));
    project = read.error
      ? null
      : ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
    projectByTsconfig.set(tsconfig, project);
  }
  return project ?? undefined;
}

interface ParsedTsconfig {
  /** Why the file is not JSON, if it is not. */
  readonly readError: TS.Diagnostic | undefined;
  readonly json: unknown;
  readonly parsed: TS.ParsedCommandLine;
}
const parsedByTsconfig = new Map<string, ParsedTsconfig>();

/**
 * A tsconfig read and parsed (with `extends` applied), cached. File lists are not enumerated: only the options
 * matter for module resolution, and listing a large project's files on every lint run would be wasted work.
 */
function parseTsconfig(ts: Typescript, tsconfig: string): ParsedTsconfig {
  let result = parsedByTsconfig.get(tsconfig);
  if (!result) {
    const host: TS.ParseConfigHost = {
      useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
      readDirectory: () => [],
      fileExists: (file) => ts.sys.fileExists(file),
      readFile: (file) => ts.sys.readFile(file),
    };
    const read = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file));
    const json: unknown = read.config;
    const parsed = ts.parseJsonConfigFileContent(json ?? {}, host, path.dirname(tsconfig), undefined, tsconfig);
    result = { readError: read.error, json, parsed };
    parsedByTsconfig.set(tsconfig, result);
  }
  return result;
}

/** The compiler options of a tsconfig (with `extends` applied). */
export function readCompilerOptions(ts: Typescript, tsconfig: string): TS.CompilerOptions {
  return parseTsconfig(ts, tsconfig).parsed.options;
}

const TSCONFIG_KEYS = ['compilerOptions', 'extends', 'files', 'include', 'exclude', 'references'];
/** Circularity in "extends" (18000); an extended file that cannot be found (6053) or read (5083). */
const UNUSABLE_TSCONFIG_CODES = new Set([18000, 6053, 5083]);

/**
 * What makes a tsconfig unusable for resolving the config's modules, or undefined: missing, a directory, not
 * JSON, not a tsconfig at all (only checked when the config names it: `named`), or a broken `extends`.
 */
export function tsconfigProblemOf(
  ts: Typescript,
  tsconfig: string,
  named: boolean,
): { message: string; fix: string } | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(tsconfig);
  } catch {
    return { message: 'does not exist.', fix: 'write the path of a tsconfig.json, relative to this config file.' };
  }
  if (stat.isDirectory()) {
    return { message: 'is a directory.', fix: 'name the tsconfig file itself, e.g. "<directory>/tsconfig.json".' };
  }
  const { readError, json, parsed } = parseTsconfig(ts, tsconfig);
  if (readError) {
    return {
      message: `cannot be read as a tsconfig: ${ts.flattenDiagnosticMessageText(readError.messageText, ' ')}`,
      fix: 'correct the tsconfig, or point "tsconfig" at another one.',
    };
  }
  if (named && (typeof json !== 'object' || json === null || !TSCONFIG_KEYS.some((key) => key in json))) {
    return {
      message: `is not a tsconfig: it has none of ${TSCONFIG_KEYS.map((key) => `"${key}"`).join(', ')}.`,
      fix: 'point "tsconfig" at the tsconfig.json whose options resolve your imports.',
    };
  }
  const broken = parsed.errors.find((error) => UNUSABLE_TSCONFIG_CODES.has(error.code));
  if (broken) {
    return {
      message: `cannot be used: ${ts.flattenDiagnosticMessageText(broken.messageText, ' ')}`,
      fix: 'correct its "extends", or point "tsconfig" at another tsconfig.',
    };
  }
  return undefined;
}

/** Forgets every tsconfig lookup and parse (tests; the editor when a tsconfig changes). */
export function clearTsconfigCache(): void {
  tsconfigByDirectory.clear();
  parsedByTsconfig.clear();
  governingByFile.clear();
  fileListByTsconfig.clear();
  projectByTsconfig.clear();
}
