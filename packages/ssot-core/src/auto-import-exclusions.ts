import type * as TS from 'typescript';
import type { ModuleRef, SsotConfig } from 'ssot-config';
import { getLegacyIndex, type LegacyIndex } from './legacy-index';
import { exportedSymbol } from './protocol-implementations';

type Typescript = typeof TS;

/**
 * The legacy module files auto-import can leave out under `config` (TypeScript's `autoImportFileExcludePatterns`),
 * by the files they are: never by a file name, so a module elsewhere that shares one stays offered. A file is
 * left out only when that pushes no one elsewhere: every name it exports is legacy, and its canonical home (in
 * `program`) exports that name bound to the same declaration. Otherwise TypeScript would offer whatever other
 * path reaches the declaration (an internal file of a package), or nothing. Paths holding `*` or `?` (wildcards
 * to TypeScript) cannot be named exactly and are not listed.
 */
export function autoImportExclusions(ts: Typescript, program: TS.Program, config: SsotConfig): string[] {
  const modules = getLegacyIndex(config);
  const files = modules.legacyRefs.filter((ref) => whyOffered(ts, program, modules, ref) === undefined).flatMap((ref) => ref.files);
  return [...new Set(files.filter((file) => !/[*?]/.test(file)))];
}

/** A legacy module auto-import keeps offering under `config`, and why it cannot be left out. */
export interface OfferedLegacyModule {
  readonly specifier: string;
  readonly reason: string;
}

/** The legacy modules autoImportExclusions does not list, each with the reason: what a user asks of an empty list. */
export function autoImportKeptOffered(ts: Typescript, program: TS.Program, config: SsotConfig): OfferedLegacyModule[] {
  const modules = getLegacyIndex(config);
  return modules.legacyRefs.flatMap((ref) => {
    const reason = whyOffered(ts, program, modules, ref) ?? (ref.files.some((file) => /[*?]/.test(file)) ? WILDCARD : undefined);
    return reason === undefined ? [] : [{ specifier: ref.specifier, reason }];
  });
}

/** The reason a program gives for a legacy module it does not hold. */
export const NOT_IN_PROGRAM = 'no file of the program imports it';
const WILDCARD = 'its path holds * or ?, which TypeScript reads as wildcards';
/** Past this many, the names that keep a module offered are counted, not listed. */
const MAX_NAMES = 3;

/** Why auto-import must keep offering the legacy module, or undefined when leaving it out pushes no one elsewhere. */
function whyOffered(ts: Typescript, program: TS.Program, modules: LegacyIndex, ref: ModuleRef): string | undefined {
  if (ref.files.length === 0) return 'it leads to no file';
  const checker = program.getTypeChecker();
  for (const file of ref.files) {
    const legacy = modules.legacyModule(file);
    const exported = moduleExports(ts, program, checker, file);
    if (!legacy || !exported) return NOT_IN_PROGRAM;
    const named = [...exported];
    const notLegacy = named.filter(([name]) => !modules.targetOf(legacy, name)).map(([name]) => name);
    if (notLegacy.length > 0) return `it is still the home of ${listed(notLegacy)}, which the config does not move`;
    const moved = named.filter(([name, symbol]) => {
      const target = modules.targetOf(legacy, name);
      return target && exportedSymbol(ts, program, checker, target) !== symbol;
    });
    if (moved.length > 0) {
      return `${listed(moved.map(([name]) => name))} from the canonical module ${moved.length === 1 ? 'is' : 'are'} another declaration, which auto-import would offer instead`;
    }
  }
  return undefined;
}

/** `'a', 'b', 'c' and 4 more`. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).map((name) => `'${name}'`).join(', ');
  return names.length > MAX_NAMES ? `${shown} and ${names.length - MAX_NAMES} more` : shown;
}

/** A module's exports by name, each followed through its aliases to the symbol it declares. */
function moduleExports(ts: Typescript, program: TS.Program, checker: TS.TypeChecker, file: string): Map<string, TS.Symbol> | undefined {
  const sourceFile = program.getSourceFile(file);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) return undefined;
  return new Map(
    checker.getExportsOfModule(moduleSymbol).map((exported) => {
      const declared = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return [exported.name, declared];
    }),
  );
}
