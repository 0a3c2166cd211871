import type * as TS from 'typescript';
import type { ModuleResolver } from 'ssot-config';
import { getExportMap, resolverForExportMaps, type Meaning, type SpecifierResolver } from './export-map';

type Typescript = typeof TS;

/**
 * Whether moving an import from one export to another keeps it bound to the same declaration. When it does
 * not, `suggest` says whether the move may still be offered for a person to judge: never when it would bind
 * another declaration or not compile, only when ssot cannot prove it either way.
 */
export type Proof = { readonly safe: true } | { readonly safe: false; readonly reason: string; readonly suggest: boolean };

export interface ExportLabel {
  readonly file: string;
  readonly name: string;
  /** How the module is shown to the user. */
  readonly display: string;
}

/** What the binding that moves is used for: only as a type (`import type`, `type X`), or maybe as a value. */
export type BindingUse = 'type' | 'value';

/**
 * Answers "do these two exports lead to the same declaration?" With a program, through the checker (aliases
 * followed to their target symbol); for files outside it, or without a program, through cached export maps
 * parsed from each module's text, following re-export chains and `export *`. What only the syntax says, a name
 * that two `export *` offer (TypeScript exports neither) and a path that carries only the type meaning, is read
 * from the export maps in both cases, so the answer does not depend on whether there is type information.
 */
export interface DeclarationOracle {
  prove(legacy: ExportLabel, canonical: ExportLabel, use?: BindingUse): Proof;
  /** Every export name of `file`, or undefined when they cannot be listed. */
  exportNames(file: string): readonly string[] | undefined;
  /** How `name` of `file` traces through the export maps. */
  trace(file: string, name: string): Trace;
}

/** Where an export name leads when its module's syntax is followed. */
export type Trace =
  | {
      readonly kind: 'declaration';
      /** `file#localName`, or `file#*` for a namespace. */
      readonly key: string;
      /** Some step on every route to it carries only the type meaning. */
      readonly typeOnly: boolean;
      readonly meaning: Meaning;
    }
  /** Two `export *` offer different declarations under this name: TypeScript exports neither (TS2308). */
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'unknown' };

const SAFE: Proof = { safe: true };
const UNKNOWN: Trace = { kind: 'unknown' };

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
  const trace = (file: string, name: string) => traceExport(ts, resolve, file, name, program);

  return {
    trace,
    prove(legacy, canonical, use = 'value') {
      const legacyTrace = trace(legacy.file, legacy.name);
      const canonicalTrace = trace(canonical.file, canonical.name);
      if (legacyTrace.kind === 'ambiguous') {
        return {
          safe: false,
          reason: `'${legacy.display}' offers '${legacy.name}' through two \`export *\`, so it exports neither`,
          suggest: false,
        };
      }
      if (canonicalTrace.kind === 'ambiguous') {
        return {
          safe: false,
          reason: `'${canonical.display}' offers '${canonical.name}' through two \`export *\`, so it exports neither`,
          suggest: false,
        };
      }
      const legacyModule = moduleSymbol(legacy.file);
      const canonicalModule = moduleSymbol(canonical.file);
      let same: boolean | 'no-legacy' | 'no-canonical';
      if (legacyModule && canonicalModule) {
        const from = checkerDeclaration(legacyModule, legacy.name);
        const to = checkerDeclaration(canonicalModule, canonical.name);
        same = from === undefined ? 'no-legacy' : to === undefined ? 'no-canonical' : from === to;
      } else {
        same =
          legacyTrace.kind !== 'declaration'
            ? 'no-legacy'
            : canonicalTrace.kind !== 'declaration'
              ? 'no-canonical'
              : legacyTrace.key === canonicalTrace.key;
      }
      if (same === 'no-legacy') {
        return { safe: false, reason: `ssot cannot trace '${legacy.name}' through '${legacy.display}' to a declaration`, suggest: true };
      }
      if (same === 'no-canonical') {
        return { safe: false, reason: `'${canonical.display}' does not export '${canonical.name}'`, suggest: false };
      }
      if (!same) {
        return {
          safe: false,
          reason: `'${canonical.name}' of '${canonical.display}' is not the same declaration as '${legacy.name}' of '${legacy.display}'`,
          suggest: false,
        };
      }
      const narrowed =
        use === 'value' &&
        canonicalTrace.kind === 'declaration' &&
        canonicalTrace.typeOnly &&
        canonicalTrace.meaning === 'value' &&
        !(legacyTrace.kind === 'declaration' && legacyTrace.typeOnly);
      if (narrowed) {
        return {
          safe: false,
          reason: `'${canonical.display}' exports '${canonical.name}' as a type only (\`export type\`), and this site may use it as a value`,
          suggest: false,
        };
      }
      return SAFE;
    },
    exportNames(file) {
      const moduleSym = moduleSymbol(file);
      // `export = value`: the module is one value, whose members the checker does not list as exports.
      if (moduleSym?.exports?.has(ts.InternalSymbolName.ExportEquals)) return undefined;
      if (moduleSym && checker) return checker.getExportsOfModule(moduleSym).map((symbol) => symbol.name);
      return listExportNames(ts, resolve, file, new Set(), program);
    },
  };
}

/** Where `name` of `file` leads, following re-exports and `export *` through each module's syntax. */
export function traceExport(
  ts: Typescript,
  resolve: SpecifierResolver,
  file: string,
  name: string,
  program?: TS.Program,
  seen = new Set<string>(),
): Trace {
  const key = `${file}#${name}`;
  if (seen.has(key)) return UNKNOWN;
  seen.add(key);
  const map = getExportMap(ts, file, program);
  if (!map) return UNKNOWN;
  const source = map.exports.get(name);
  if (source) {
    if (source.kind === 'local') return { kind: 'declaration', key: `${file}#${source.localName}`, typeOnly: false, meaning: source.meaning };
    if (source.kind === 'alias') return UNKNOWN;
    const target = resolve(source.specifier, file);
    if (target === undefined) return UNKNOWN;
    if (source.kind === 'namespace') return { kind: 'declaration', key: `${target}#*`, typeOnly: source.typeOnly, meaning: 'value' };
    const found = traceExport(ts, resolve, target, source.importedName, program, seen);
    return found.kind === 'declaration' && source.typeOnly ? { ...found, typeOnly: true } : found;
  }
  if (name === 'default') return UNKNOWN;
  const found = new Map<string, Trace & { kind: 'declaration' }>();
  for (const star of map.stars) {
    const target = resolve(star.specifier, file);
    const traced = target === undefined ? UNKNOWN : traceExport(ts, resolve, target, name, program, seen);
    if (traced.kind === 'ambiguous') return traced;
    if (traced.kind !== 'declaration') continue;
    const typeOnly = traced.typeOnly || star.typeOnly;
    const earlier = found.get(traced.key);
    found.set(traced.key, { ...traced, typeOnly: typeOnly && (earlier?.typeOnly ?? true) });
  }
  // Two `export *` offering different declarations of one name export neither (TypeScript's rule).
  if (found.size > 1) return { kind: 'ambiguous' };
  return [...found.values()][0] ?? UNKNOWN;
}

/**
 * Every export name of `file` from the syntax of it and of the modules it re-exports with `export *`, the same
 * with and without a program; undefined when they cannot be listed (`export =`, a star that does not resolve).
 */
export function syntacticExportNames(
  ts: Typescript,
  resolver: ModuleResolver,
  file: string,
  program: TS.Program | undefined,
): readonly string[] | undefined {
  return listExportNames(ts, resolverForExportMaps(resolver), file, new Set(), program);
}

function listExportNames(
  ts: Typescript,
  resolve: SpecifierResolver,
  file: string,
  seen: Set<string>,
  program: TS.Program | undefined,
): string[] | undefined {
  if (seen.has(file)) return [];
  seen.add(file);
  const map = getExportMap(ts, file, program);
  if (!map || map.exportEquals) return undefined;
  const names = new Set(map.exports.keys());
  for (const star of map.stars) {
    const target = resolve(star.specifier, file);
    const starNames = target && listExportNames(ts, resolve, target, seen, program);
    if (!starNames) return undefined;
    for (const name of starNames) if (name !== 'default') names.add(name);
  }
  return [...names];
}
