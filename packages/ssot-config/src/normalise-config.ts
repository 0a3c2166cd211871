import * as path from 'node:path';
import type * as TS from 'typescript';
import { SsotConfigError, type ConfigProblem } from './errors';
import type { Segment } from 'jsonc-parser';
import { compileGlob, type GlobTest } from './glob-matcher';
import type { JsonLocator } from './json-location';
import { getResolverForTsconfig, type ModuleResolver } from './module-resolver';
import { normalizePath } from './paths';
import type { RawConfig } from './read-config';
import { findAmbientModule } from './ambient-modules';
import { findTsconfig, tsconfigProblemOf } from './tsconfig-options';
import type { ExportRef, ModuleMove, ModuleRef, SsotConfig, SymbolEntry } from './types';

type Typescript = typeof TS;

/**
 * Resolves every module a schema-valid config names and checks what the schema cannot: that each module
 * resolves, that no export is both legacy and canonical, and that no legacy export is claimed twice.
 */
export function normaliseConfig(ts: Typescript, file: string, raw: RawConfig, locator: JsonLocator): SsotConfig {
  const dir = path.dirname(file);
  const tsconfig = raw.tsconfig ? path.resolve(dir, raw.tsconfig) : findTsconfig(dir);
  const problems: ConfigProblem[] = [];
  const tsconfigProblem = tsconfig && tsconfigProblemOf(ts, tsconfig, raw.tsconfig !== undefined);
  if (tsconfigProblem) {
    const at = raw.tsconfig ? locator.locate(['tsconfig']) : { line: 1, column: 1, jsonPath: '' };
    const shown = raw.tsconfig ?? normalizePath(path.relative(dir, tsconfig));
    throw new SsotConfigError(file, [{ ...at, message: `"${shown}" ${tsconfigProblem.message}`, fix: tsconfigProblem.fix }]);
  }
  const resolver = getResolverForTsconfig(ts, tsconfig);
  const resolveRef = (specifier: string, segments: Segment[], legacy = false): ModuleRef => {
    const files = resolveConfigModule(resolver, specifier, path.join(dir, 'ssot.config.json'));
    const at = locator.locate(segments);
    const ambient = files.length === 0 && legacy && !isRelative(specifier) ? findAmbientModule(ts, tsconfig, specifier) : undefined;
    if (ambient) return { specifier, files, ambient, at };
    if (files.length === 0) {
      problems.push({
        ...at,
        message: `module "${specifier}" does not resolve${tsconfig ? ` (with the options of ${path.relative(dir, tsconfig) || tsconfig})` : ''}.`,
        fix: 'write a path relative to ssot.config.json, a tsconfig "paths" alias, or an installed package; or remove the entry.',
      });
    }
    return { specifier, files, at };
  };

  const symbols: SymbolEntry[] = (raw.symbols ?? []).map((symbol, i) => {
    const base: Segment[] = ['symbols', i];
    const exportRef = (ref: { module: string; name?: string }, segments: Segment[], legacy = false): ExportRef => ({
      module: resolveRef(ref.module, [...segments, 'module'], legacy),
      name: ref.name ?? symbol.name,
      at: locator.locate(segments),
    });
    return {
      name: symbol.name,
      module: resolveRef(symbol.module, [...base, 'module']),
      legacy: (symbol.legacy ?? []).map((legacy, j) => exportRef(legacy, [...base, 'legacy', j], true)),
      factory: symbol.factory && {
        ...exportRef(symbol.factory, [...base, 'factory']),
        allow: symbol.factory.allow ?? [],
        acceptsConstructorArgs: symbol.factory.acceptsConstructorArgs ?? false,
      },
      protocol: symbol.protocol && {
        ...exportRef(symbol.protocol, [...base, 'protocol']),
        implementations: (symbol.protocol.implementations ?? []).map((ref, j) =>
          exportRef(ref, [...base, 'protocol', 'implementations', j]),
        ),
        maxImplementations: symbol.protocol.maxImplementations ?? 1,
      },
      at: locator.locate(base),
    };
  });
  const modules: ModuleMove[] = (raw.modules ?? []).map((move, i) => ({
    legacy: resolveRef(move.legacy, ['modules', i, 'legacy'], true),
    canonical: resolveRef(move.canonical, ['modules', i, 'canonical']),
    at: locator.locate(['modules', i]),
  }));
  const barrels: ModuleRef[] = (raw.barrels ?? []).map((barrel, i) => resolveRef(barrel, ['barrels', i]));
  if (problems.length === 0) problems.push(...findConflicts(symbols, modules), ...barrelProblems(barrels, symbols, modules));
  if (problems.length > 0) throw new SsotConfigError(file, problems);

  const ignore = raw.ignore ?? [];
  const globs = (patterns: readonly string[], segments: Segment[]) => globMatcher(dir, patterns, segments, locator, problems);
  const matchesIgnore = globs(ignore, ['ignore']);
  const matchesTestFile = raw.testFiles ? globs(raw.testFiles, ['testFiles']) : globs(DEFAULT_TEST_FILES, []);
  const allowMatchers = new Map(
    symbols.map((symbol, i) => [symbol, globs(symbol.factory?.allow ?? [], ['symbols', i, 'factory', 'allow'])] as const),
  );
  if (problems.length > 0) throw new SsotConfigError(file, problems);
  return {
    file: normalizePath(file),
    dir: normalizePath(dir),
    tsconfig: tsconfig && normalizePath(tsconfig),
    symbols,
    modules,
    barrels,
    ignore,
    isIgnored: matchesIgnore,
    isTestFile: matchesTestFile,
    mayConstruct(symbol, file) {
      const normalized = normalizePath(file);
      if (symbol.module.files.includes(normalized) || symbol.factory?.module.files.includes(normalized)) return true;
      return allowMatchers.get(symbol)?.(file) ?? false;
    },
  };
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..' || path.isAbsolute(specifier);
}

const DEFAULT_TEST_FILES = ['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test/**', '**/tests/**'];

/**
 * A matcher of files against globs written relative to `dir`; files outside `dir` never match. Matching takes
 * time bounded by the path's and the glob's lengths (glob-matcher.ts), so no glob can hang the editor. A glob
 * that cannot be compiled is a problem at `segments[i]`.
 */
function globMatcher(
  dir: string,
  globs: readonly string[],
  segments: Segment[],
  locator: JsonLocator,
  problems: ConfigProblem[],
): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const tests: GlobTest[] = [];
  globs.forEach((glob, i) => {
    const compiled = compileGlob(glob);
    if (typeof compiled === 'function') {
      tests.push(compiled);
    } else {
      problems.push({
        ...locator.locate([...segments, i]),
        message: `the glob "${glob}" cannot be used: ${compiled.error}.`,
        fix: 'write fewer brace alternatives, or several shorter globs.',
      });
    }
  });
  // Every check asks about the file it runs on, and the mock index about every file it walks past: each path is
  // matched once per config (a config is immutable; an edited one is a new config with new matchers).
  const answers = new Map<string, boolean>();
  return (file) => {
    let answer = answers.get(file);
    if (answer === undefined) {
      const relative = normalizePath(path.relative(dir, file));
      answer = !relative.startsWith('../') && tests.some((test) => test(relative));
      if (answers.size >= MAX_REMEMBERED_PATHS) answers.clear();
      answers.set(file, answer);
    }
    return answer;
  };
}

/** A matcher forgets its answers past this many paths, so a long editor session over a huge tree stays bounded. */
const MAX_REMEMBERED_PATHS = 100_000;

/**
 * A config module is written without knowing how it will be imported: try it as `require` would see it
 * (extensionless relative paths allowed) and as `import` would (the package's import conditions).
 */
function resolveConfigModule(resolver: ModuleResolver, specifier: string, containingFile: string): string[] {
  const files = new Set<string>();
  for (const mode of ['import', 'require'] as const) {
    const file = resolver.resolve(specifier, containingFile, mode);
    if (file) files.add(file);
  }
  return [...files];
}

/** A barrel is a module that keeps some exports of its own while others are legacy: it must hold legacy names. */
function barrelProblems(barrels: readonly ModuleRef[], symbols: readonly SymbolEntry[], modules: readonly ModuleMove[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const barrel of barrels) {
    const moved = modules.find((move) => move.legacy.files.some((file) => barrel.files.includes(file)));
    if (moved) {
      problems.push({
        ...barrel.at,
        message: `"${barrel.specifier}" is moved as a whole module by ${moved.at.jsonPath}, so none of its exports stays.`,
        fix: 'remove it from "barrels", or replace the module move with legacy entries for the names that moved.',
      });
      continue;
    }
    const holdsLegacy = symbols.some((symbol) => symbol.legacy.some((ref) => ref.module.files.some((file) => barrel.files.includes(file))));
    if (!holdsLegacy) {
      problems.push({
        ...barrel.at,
        message: `"${barrel.specifier}" is no legacy home of any symbol, so it is an ordinary module already.`,
        fix: 'remove it from "barrels", or add the names that moved out of it as legacy entries under "symbols".',
      });
    }
  }
  return problems;
}

function findConflicts(symbols: readonly SymbolEntry[], modules: readonly ModuleMove[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const canonicalExports = new Map<string, SymbolEntry>();
  for (const symbol of symbols) {
    for (const file of symbol.module.files) canonicalExports.set(`${file}#${symbol.name}`, symbol);
  }
  const claimedLegacy = new Map<string, { symbol: SymbolEntry; ref: ExportRef }>();
  const movedModules = new Map<string, ModuleMove>();
  for (const move of modules) {
    const earlier = move.legacy.files.map((file) => movedModules.get(file)).find(Boolean);
    if (earlier) {
      problems.push({
        ...move.legacy.at,
        message: `"${move.legacy.specifier}" is the same module as "${earlier.legacy.specifier}", already moved by ${earlier.at.jsonPath}.`,
        fix: 'keep one module move per legacy module: a module has one new home.',
      });
      continue;
    }
    for (const file of move.legacy.files) movedModules.set(file, move);
  }
  const declaredSymbols = new Map<string, SymbolEntry>();
  for (const symbol of symbols) {
    const keys = symbol.module.files.map((file) => `${file}#${symbol.name}`);
    const earlier = keys.map((key) => declaredSymbols.get(key)).find(Boolean);
    if (earlier) {
      problems.push({
        ...symbol.at,
        message: `symbol "${symbol.name}" of "${symbol.module.specifier}" is already declared by ${earlier.at.jsonPath}.`,
        fix: 'declare each symbol once, with all its legacy homes in one "legacy" list.',
      });
    }
    for (const key of keys) declaredSymbols.set(key, earlier ?? symbol);
  }

  for (const symbol of symbols) {
    for (const ref of symbol.legacy) {
      const keys = ref.module.files.map((file) => `${file}#${ref.name}`);
      const canonical = keys.map((key) => canonicalExports.get(key)).find(Boolean);
      if (canonical) {
        problems.push({
          ...ref.at,
          message: `"${ref.name}" of "${ref.module.specifier}" is the canonical export of symbol "${canonical.name}" (${canonical.at.jsonPath}); an export cannot be both canonical and legacy.`,
          fix: 'remove this legacy entry, or point it at the module that really holds the old path.',
        });
        continue;
      }
      const claimed = keys.map((key) => claimedLegacy.get(key)).find(Boolean);
      if (claimed) {
        problems.push({
          ...ref.at,
          message: `the legacy export "${ref.name}" of "${ref.module.specifier}" is already claimed by symbol "${claimed.symbol.name}" (${claimed.ref.at.jsonPath}).`,
          fix: 'keep it under one symbol only: an old export has one new home.',
        });
        continue;
      }
      const move = ref.module.files.map((file) => movedModules.get(file)).find(Boolean);
      if (move) {
        problems.push({
          ...ref.at,
          message: `"${ref.module.specifier}" is already moved as a whole module by ${move.at.jsonPath}.`,
          fix: 'remove this legacy entry or the module move; a module is either moved whole or name by name.',
        });
        continue;
      }
      for (const key of keys) claimedLegacy.set(key, { symbol, ref });
    }
  }

  const canonicalModules = new Map<string, string>();
  for (const symbol of symbols) {
    for (const file of symbol.module.files) canonicalModules.set(file, `${symbol.at.jsonPath}.module`);
  }
  for (const move of modules) {
    for (const file of move.canonical.files) canonicalModules.set(file, `${move.at.jsonPath}.canonical`);
  }
  for (const move of modules) {
    if (move.legacy.files.some((file) => move.canonical.files.includes(file))) {
      problems.push({
        ...move.at,
        message: `legacy "${move.legacy.specifier}" and canonical "${move.canonical.specifier}" are the same module.`,
        fix: 'remove this module move, or name two different modules.',
      });
      continue;
    }
    const canonicalAt = move.legacy.files.map((file) => canonicalModules.get(file)).find(Boolean);
    if (canonicalAt) {
      problems.push({
        ...move.legacy.at,
        message: `"${move.legacy.specifier}" is moved away, but ${canonicalAt} names it as a canonical module (a chain or a cycle).`,
        fix: 'point every entry straight at the final canonical module.',
      });
    }
  }
  return problems;
}
