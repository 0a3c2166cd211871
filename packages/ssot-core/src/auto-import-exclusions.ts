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
  const files = modules.legacyRefs.filter((ref) => canHide(ts, program, modules, ref)).flatMap((ref) => ref.files);
  return [...new Set(files.filter((file) => !/[*?]/.test(file)))];
}

function canHide(ts: Typescript, program: TS.Program, modules: LegacyIndex, ref: ModuleRef): boolean {
  if (ref.files.length === 0) return false;
  const checker = program.getTypeChecker();
  return ref.files.every((file) => {
    const legacy = modules.legacyModule(file);
    const exports = moduleExports(ts, program, checker, file);
    if (!legacy || !exports) return false;
    return [...exports].every(([name, symbol]) => {
      const target = modules.targetOf(legacy, name);
      if (!target) return false;
      return exportedSymbol(ts, program, checker, target) === symbol;
    });
  });
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
