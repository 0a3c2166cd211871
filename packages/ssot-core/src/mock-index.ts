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

/** Directories that hold no test of the project's own. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.tmp']);
const MAY_MOCK = /\b(?:vi|jest)\s*\.\s*(?:do)?[mM]ock\s*\(/;
/** The index is read again when it is older than this (an editor session sees new mocks within it). */
const FRESH_MS = 2000;

interface CachedIndex {
  readonly index: MockIndex;
  readonly at: number;
}
const indexes = new WeakMap<SsotConfig, CachedIndex>();

/**
 * Every module the config's test files mock, found by walking the config's directory for test files (the
 * config's `testFiles` globs) that call `vi.mock` or `jest.mock`, and resolving what they mock. A test mocks a
 * module by the file it resolves to, so an import moved from a mocked legacy module to its canonical module
 * would no longer see the mock: such imports wait until the mock moves.
 */
export function getMockIndex(ts: Typescript, config: SsotConfig): MockIndex {
  const now = Date.now();
  const cached = indexes.get(config);
  if (cached && now - cached.at < FRESH_MS) return cached.index;
  const mocks = new Map<string, MockSite[]>();
  for (const testFile of testFilesUnder(config, config.dir)) {
    let text: string;
    try {
      text = fs.readFileSync(testFile, 'utf8');
    } catch {
      continue;
    }
    if (!MAY_MOCK.test(text)) continue;
    const sourceFile = ts.createSourceFile(testFile, text, ts.ScriptTarget.Latest, true);
    const resolver = getResolverForFile(ts, testFile);
    for (const site of findModuleSites(ts, sourceFile)) {
      if (site.kind !== 'mock') continue;
      const target = resolver.resolve(site.specifier.text, testFile, undefined);
      if (target === undefined) continue;
      const line = sourceFile.getLineAndCharacterOfPosition(site.specifier.getStart(sourceFile)).line + 1;
      const list = mocks.get(target) ?? [];
      list.push({ testFile, line });
      mocks.set(target, list);
    }
  }
  const index: MockIndex = { mocksOf: (file) => mocks.get(file) ?? [] };
  indexes.set(config, { index, at: now });
  return index;
}

function* testFilesUnder(config: SsotConfig, dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = normalizePath(path.join(dir, entry.name));
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) yield* testFilesUnder(config, full);
    } else if (entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name) && config.isTestFile(full) && !config.isIgnored(full)) {
      yield full;
    }
  }
}
