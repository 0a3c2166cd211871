import type * as TS from 'typescript';
import type { ModuleResolver } from 'ssot-config';
import { getExportMap, resolverForExportMaps, type SpecifierResolver } from './export-map';

type Typescript = typeof TS;

/** Whether moving an import from one export to another keeps it bound to the same declaration. */
export type Proof = { readonly safe: true } | { readonly safe: false; readonly reason: string };

export interface ExportLabel {
  readonly file: string;
  readonly name: string;
  /** How the module is shown to the user. */
  readonly display: string;
}

/**
 * Answers "do these two exports lead to the same declaration?" With a program, through the checker (aliases
 * followed to their target symbol); for files outside it, or without a program, through cached export maps
 * parsed from each module's text, following re-export chains and `export *`.
 */
export interface DeclarationOracle {
  prove(legacy: ExportLabel, canonical: ExportLabel): Proof;
  /** Every export name of `file`, or undefined when they cannot be listed. */
  exportNames(file: string): readonly string[] | undefined;
}

const SAFE: Proof = { safe: true };

export function createDeclarationOracle(
  ts: Typescript,
  resolver: ModuleResolver,
  program: TS.Program | undefined,
): DeclarationOracle {
  const resolve = resolverForExportMaps(resolver);
  const checker = program?.getTypeChecker();
  const moduleSymbol = (file: string): TS.Symbol | undefined => {
    const sourceFile = program?.getSourceFile(file);
    return sourceFile && checker?.getSymbolAtLocation(sourceFile);
  };
  const checkerDeclaration = (moduleSym: TS.Symbol, name: string): TS.Symbol | undefined => {
    let symbol = checker?.tryGetMemberInModuleExports(name, moduleSym);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker?.getAliasedSymbol(symbol);
    return symbol;
  };

  return {
    prove(legacy, canonical) {
      const legacyModule = moduleSymbol(legacy.file);
      const canonicalModule = moduleSymbol(canonical.file);
      const [from, to] =
        legacyModule && canonicalModule
          ? [checkerDeclaration(legacyModule, legacy.name), checkerDeclaration(canonicalModule, canonical.name)]
          : [traceExport(ts, resolve, legacy.file, legacy.name), traceExport(ts, resolve, canonical.file, canonical.name)];
      if (from === undefined) {
        return { safe: false, reason: `ssot cannot trace '${legacy.name}' through '${legacy.display}' to a declaration` };
      }
      if (to === undefined) return { safe: false, reason: `'${canonical.display}' does not export '${canonical.name}'` };
      if (from !== to) {
        return {
          safe: false,
          reason: `'${canonical.name}' of '${canonical.display}' is not the same declaration as '${legacy.name}' of '${legacy.display}'`,
        };
      }
      return SAFE;
    },
    exportNames(file) {
      const moduleSym = moduleSymbol(file);
      // `export = value`: the module is one value, whose members the checker does not list as exports.
      if (moduleSym?.exports?.has(ts.InternalSymbolName.ExportEquals)) return undefined;
      if (moduleSym && checker) return checker.getExportsOfModule(moduleSym).map((symbol) => symbol.name);
      return listExportNames(ts, resolve, file, new Set());
    },
  };
}

/** `file#localName` of the declaration `name` leads to, following re-exports; undefined if unknown or ambiguous. */
export function traceExport(
  ts: Typescript,
  resolve: SpecifierResolver,
  file: string,
  name: string,
  seen = new Set<string>(),
): string | undefined {
  const key = `${file}#${name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const map = getExportMap(ts, file);
  if (!map) return undefined;
  const source = map.exports.get(name);
  if (source) {
    if (source.kind === 'local') return `${file}#${source.localName}`;
    if (source.kind === 'alias') return undefined;
    const target = resolve(source.specifier, file);
    if (target === undefined) return undefined;
    return source.kind === 'namespace' ? `${target}#*` : traceExport(ts, resolve, target, source.importedName, seen);
  }
  if (name === 'default') return undefined;
  const found = new Set<string>();
  for (const star of map.stars) {
    const target = resolve(star, file);
    const declaration = target && traceExport(ts, resolve, target, name, seen);
    if (declaration) found.add(declaration);
  }
  // Two `export *` offering different declarations of one name export neither (TypeScript's rule).
  return found.size === 1 ? [...found][0] : undefined;
}

function listExportNames(
  ts: Typescript,
  resolve: SpecifierResolver,
  file: string,
  seen: Set<string>,
): string[] | undefined {
  if (seen.has(file)) return [];
  seen.add(file);
  const map = getExportMap(ts, file);
  if (!map || map.exportEquals) return undefined;
  const names = new Set(map.exports.keys());
  for (const star of map.stars) {
    const target = resolve(star, file);
    const starNames = target && listExportNames(ts, resolve, target, seen);
    if (!starNames) return undefined;
    for (const name of starNames) if (name !== 'default') names.add(name);
  }
  return [...names];
}
