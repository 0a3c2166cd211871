import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { ancestorDirectories } from './paths';

type Typescript = typeof TS;

/** Nearest tsconfig.json per directory; misses are cached too. */
const tsconfigByDirectory = new Map<string, string | null>();
const optionsByTsconfig = new Map<string, TS.CompilerOptions>();

/** The nearest tsconfig.json at or above `dir`, or undefined. */
export function findTsconfig(dir: string): string | undefined {
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

/**
 * The compiler options of a tsconfig (with `extends` applied). File lists are not enumerated: only the options
 * matter for module resolution, and listing a large project's files on every lint run would be wasted work.
 */
export function readCompilerOptions(ts: Typescript, tsconfig: string): TS.CompilerOptions {
  let options = optionsByTsconfig.get(tsconfig);
  if (!options) {
    const host: TS.ParseConfigHost = {
      useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
      readDirectory: () => [],
      fileExists: (file) => ts.sys.fileExists(file),
      readFile: (file) => ts.sys.readFile(file),
    };
    const json: unknown = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file)).config;
    const parsed = ts.parseJsonConfigFileContent(json ?? {}, host, path.dirname(tsconfig), undefined, tsconfig);
    options = parsed.options;
    optionsByTsconfig.set(tsconfig, options);
  }
  return options;
}

/** Forgets every tsconfig lookup and parse (tests; the editor when a tsconfig changes). */
export function clearTsconfigCache(): void {
  tsconfigByDirectory.clear();
  optionsByTsconfig.clear();
}
