import * as path from 'node:path';
import picomatch from 'picomatch';
import type * as TS from 'typescript';
import { SsotConfigError, type ConfigProblem } from './errors';
import type { Segment } from 'jsonc-parser';
import type { JsonLocator } from './json-location';
import { getResolverForTsconfig, type ModuleResolver } from './module-resolver';
import { normalizePath } from './paths';
import type { RawConfig } from './read-config';
import { findTsconfig } from './tsconfig-options';
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
  if (raw.tsconfig && tsconfig && !ts.sys.fileExists(tsconfig)) {
    problems.push({
      ...locator.locate(['tsconfig']),
      message: `"${raw.tsconfig}" does not exist.`,
      fix: 'write the path of a tsconfig.json, relative to this config file.',
    });
    throw new SsotConfigError(file, problems);
  }
  const resolver = getResolverForTsconfig(ts, tsconfig);
  const resolveRef = (specifier: string, segments: Segment[]): ModuleRef => {
    const files = resolveConfigModule(resolver, specifier, path.join(dir, 'ssot.config.json'));
    const at = locator.locate(segments);
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
    const exportRef = (ref: { module: string; name?: string }, segments: Segment[]): ExportRef => ({
      module: resolveRef(ref.module, [...segments, 'module']),
      name: ref.name ?? symbol.name,
      at: locator.locate(segments),
    });
    return {
      name: symbol.name,
      module: resolveRef(symbol.module, [...base, 'module']),
      legacy: (symbol.legacy ?? []).map((legacy, j) => exportRef(legacy, [...base, 'legacy', j])),
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
    legacy: resolveRef(move.legacy, ['modules', i, 'legacy']),
    canonical: resolveRef(move.canonical, ['modules', i, 'canonical']),
    at: locator.locate(['modules', i]),
  }));
  if (problems.length === 0) problems.push(...findConflicts(symbols, modules));
  if (problems.length > 0) throw new SsotConfigError(file, problems);

  const ignore = raw.ignore ?? [];
  const matchesIgnore = globMatcher(dir, ignore);
  const matchesTestFile = globMatcher(dir, raw.testFiles ?? DEFAULT_TEST_FILES);
  const allowMatchers = new Map(
    symbols.map((symbol) => [symbol, globMatcher(dir, symbol.factory?.allow ?? [])] as const),
  );
  return {
    file: normalizePath(file),
    dir: normalizePath(dir),
    tsconfig: tsconfig && normalizePath(tsconfig),
    symbols,
    modules,
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

const DEFAULT_TEST_FILES = ['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test/**', '**/tests/**'];

/**
 * A matcher of files against globs written relative to `dir`; files outside `dir` never match. Extglobs
 * (`+(a|b)`) are off: nested ones backtrack exponentially, and a config must not be able to hang the editor.
 */
function globMatcher(dir: string, globs: readonly string[]): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true, noextglob: true });
  return (file) => {
    const relative = normalizePath(path.relative(dir, file));
    return !relative.startsWith('../') && matches(relative);
  };
}

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

function findConflicts(symbols: readonly SymbolEntry[], modules: readonly ModuleMove[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const canonicalExports = new Map<string, SymbolEntry>();
  for (const symbol of symbols) {
    for (const file of symbol.module.files) canonicalExports.set(`${file}#${symbol.name}`, symbol);
  }
  const claimedLegacy = new Map<string, { symbol: SymbolEntry; ref: ExportRef }>();
  const movedModules = new Map<string, ModuleMove>();
  for (const move of modules) for (const file of move.legacy.files) movedModules.set(file, move);

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
