import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { getResolverForFile, normalizePath, type SsotConfig } from 'ssot-config';
import { findModuleSites } from './module-sites';

type Typescript = typeof TS;

/** A test's `vi.mock` / `jest.mock` of a module: while it stands, importers of that module see the mock. */
export interface MockSite {
  readonly testFile: string;
  readonly line: number;
}

export interface MockIndex {
  /** Where `file` is mocked, if anywhere in the config's test files. */
  mocksOf(file: string): readonly MockSite[];
}

/** Directories that hold no source or test of the project's own: what a walk of the project's tree skips. */
export const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.tmp']);
const MAY_MOCK = /\b(?:vi|jest)\s*\.\s*(?:do)?[mM]ock\s*\(/;
/** The index is read again when it is older than this (an editor session sees new mocks within it). */
const FRESH_MS = 2000;

interface CachedIndex {
  readonly index: MockIndex;
  readonly at: number;
}
const indexes = new WeakMap<SsotConfig, CachedIndex>();

/**
 * Whether an entry modified at `mtimeMs` and read at `readAt` can be remembered by its modification time: it had
 * not changed for longer than the coarsest file system's clock tick (FAT keeps 2 s), so a change after the read
 * gets a different time. An entry changed more recently is read again on every walk.
 */
function isSettled(mtimeMs: number, readAt: number): boolean {
  return mtimeMs < readAt - SETTLED_MS;
}
const SETTLED_MS = 2000;

/** What a walk learnt of the config's directory tree, kept for the next walk to check rather than read again. */
interface TreeMemory {
  readonly directories: Map<string, KnownDirectory>;
  readonly testFiles: Map<string, KnownTestFile>;
}
/** A directory's subdirectories and test files, as read when its modification time was `mtimeMs`. */
interface KnownDirectory {
  readonly mtimeMs: number;
  readonly subdirectories: readonly string[];
  readonly testFiles: readonly string[];
}
/** A test file's mocks (specifier and line), as read when its modification time and size were these. */
interface KnownTestFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly mocks: readonly { readonly specifier: string; readonly line: number }[];
}
const memories = new WeakMap<SsotConfig, TreeMemory>();

/**
 * Every module the config's test files mock, found by walking the config's directory for test files (the
 * config's `testFiles` globs) that call `vi.mock` or `jest.mock`, and resolving what they mock. A test mocks a
 * module by the file it resolves to, so an import moved from a mocked legacy module to its canonical module
 * would no longer see the mock: such imports wait until the mock moves.
 *
 * A walk after the first reads again only what changed: a directory whose modification time is the one it had
 * when read has the same entries, a test file with its modification time and size the same mocks. Only what
 * was settled when read is remembered (see isSettled).
 */
export function getMockIndex(ts: Typescript, config: SsotConfig): MockIndex {
  const now = Date.now();
  const cached = indexes.get(config);
  if (cached && now - cached.at < FRESH_MS) return cached.index;
  let memory = memories.get(config);
  if (!memory) {
    memory = { directories: new Map(), testFiles: new Map() };
    memories.set(config, memory);
  }
  const mocks = new Map<string, MockSite[]>();
  for (const testFile of testFilesUnder(config, memory, config.dir)) {
    const known = mocksIn(ts, memory, testFile);
    if (known.length === 0) continue;
    const resolver = getResolverForFile(ts, testFile);
    for (const { specifier, line } of known) {
      const target = resolver.resolve(specifier, testFile, undefined);
      if (target === undefined) continue;
      const list = mocks.get(target) ?? [];
      list.push({ testFile, line });
      mocks.set(target, list);
    }
  }
  const index: MockIndex = { mocksOf: (file) => mocks.get(file) ?? [] };
  indexes.set(config, { index, at: now });
  return index;
}

/** The specifiers a test file mocks, read again only when the file changed. */
function mocksIn(ts: Typescript, memory: TreeMemory, testFile: string): KnownTestFile['mocks'] {
  const readAt = Date.now();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(testFile);
  } catch {
    memory.testFiles.delete(testFile);
    return [];
  }
  const known = memory.testFiles.get(testFile);
  if (known?.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.mocks;
  let text: string;
  try {
    text = fs.readFileSync(testFile, 'utf8');
  } catch {
    return [];
  }
  const mocks = MAY_MOCK.test(text) ? mockSpecifiersOf(ts, testFile, text) : [];
  if (isSettled(stat.mtimeMs, readAt)) memory.testFiles.set(testFile, { mtimeMs: stat.mtimeMs, size: stat.size, mocks });
  return mocks;
}

function mockSpecifiersOf(ts: Typescript, testFile: string, text: string): KnownTestFile['mocks'] {
  const sourceFile = ts.createSourceFile(testFile, text, ts.ScriptTarget.Latest, true);
  return findModuleSites(ts, sourceFile)
    .filter((site) => site.kind === 'mock')
    .map((site) => ({
      specifier: site.specifier.text,
      line: sourceFile.getLineAndCharacterOfPosition(site.specifier.getStart(sourceFile)).line + 1,
    }));
}

function* testFilesUnder(config: SsotConfig, memory: TreeMemory, dir: string): Generator<string> {
  const directory = directoryAt(config, memory, dir);
  yield* directory.testFiles;
  for (const subdirectory of directory.subdirectories) yield* testFilesUnder(config, memory, subdirectory);
}

/** A directory's entries, read again only when its modification time changed. */
function directoryAt(config: SsotConfig, memory: TreeMemory, dir: string): KnownDirectory {
  const readAt = Date.now();
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(dir).mtimeMs;
  } catch {
    memory.directories.delete(dir);
    return { mtimeMs: -1, subdirectories: [], testFiles: [] };
  }
  const known = memory.directories.get(dir);
  if (known?.mtimeMs === mtimeMs) return known;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { mtimeMs, subdirectories: [], testFiles: [] };
  }
  const subdirectories: string[] = [];
  const testFiles: string[] = [];
  for (const entry of entries) {
    const full = normalizePath(path.join(dir, entry.name));
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) subdirectories.push(full);
    } else if (entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name) && config.isTestFile(full) && !config.isIgnored(full)) {
      testFiles.push(full);
    }
  }
  const directory = { mtimeMs, subdirectories, testFiles };
  if (isSettled(mtimeMs, readAt)) memory.directories.set(dir, directory);
  return directory;
}
