import * as fs from 'node:fs';
import type * as TS from 'typescript';
import type { ModuleResolver } from 'ssot-config';
import { effectsOf, loadsOf, type ModuleEffect } from './module-effects';
import { bindingNamesOf } from './scope';
import { isTypeOnlyImport } from './module-sites';

type Typescript = typeof TS;

/** What a declaration names: a value (class, function, variable, enum, namespace) or only a type. */
export type Meaning = 'value' | 'type';

/**
 * Where one export of a module comes from, read from the module's syntax alone. `typeOnly` marks a step that
 * carries only the type meaning (`export type { X } from`, `export { type X }`, `import type` + `export`).
 */
export type ExportSource =
  | { readonly kind: 'local'; readonly localName: string; readonly meaning: Meaning }
  | { readonly kind: 'reexport'; readonly specifier: string; readonly importedName: string; readonly typeOnly: boolean }
  | { readonly kind: 'namespace'; readonly specifier: string; readonly typeOnly: boolean }
  /** `export import X = ns.Y`: an alias that only the type checker can follow. */
  | { readonly kind: 'alias' };

export interface StarExport {
  readonly specifier: string;
  /** `export type * from`. */
  readonly typeOnly: boolean;
}

export interface ExportMap {
  readonly file: string;
  readonly exports: ReadonlyMap<string, ExportSource>;
  /** `export * from '...'`, in order. */
  readonly stars: readonly StarExport[];
  /** `export = value`: the module's exports are the members of one value, which its syntax does not list. */
  readonly exportEquals: boolean;
  /** What evaluating the module does besides defining exports and loading modules. */
  readonly effects: readonly ModuleEffect[];
  /** The specifiers of the modules its evaluation loads, in order. */
  readonly loads: readonly string[];
}

interface CachedExportMap {
  readonly mtimeMs: number;
  readonly map: ExportMap | undefined;
  /** When the file's modification time was last read. */
  checkedAt: number;
}
const cache = new Map<string, CachedExportMap>();

/**
 * How long a file's modification time is trusted before it is read again. One lint run asks about the same
 * modules thousands of times; an edit in the editor is seen within this window.
 */
const FRESH_MS = 1000;

const fromProgram = new WeakMap<TS.SourceFile, ExportMap>();
/** Parses a host made of files' text on disk, with the modification time it read (TypeScript 7's pass). */
const parsedByHost = new Map<string, { readonly mtimeMs: number; readonly sourceFile: TS.SourceFile }>();

/**
 * A host that parsed `file` from its text on disk, modified at `mtimeMs`, offers the parse: the export map of
 * that file, while its modification time is unchanged, is built from it instead of reading and parsing it again.
 */
export function rememberParse(file: string, sourceFile: TS.SourceFile, mtimeMs: number): void {
  parsedByHost.set(file, { mtimeMs, sourceFile });
}

/** The host is done: its parses are no longer offered (nor kept in memory). */
export function forgetParses(files: Iterable<string>): void {
  for (const file of files) parsedByHost.delete(file);
}

/**
 * The exports of a module file from its syntax (no checker): from the program's own source file when `program`
 * holds the file (so nothing is read twice), else from a parse of the file on disk, cached by path and
 * modification time. Undefined when the file cannot be read.
 */
export function getExportMap(ts: Typescript, file: string, program?: TS.Program): ExportMap | undefined {
  const sourceFile = program?.getSourceFile(file);
  if (sourceFile) {
    let map = fromProgram.get(sourceFile);
    if (!map) {
      map = buildExportMap(ts, file, sourceFile);
      fromProgram.set(sourceFile, map);
    }
    return map;
  }
  const now = Date.now();
  const known = cache.get(file);
  if (known && now - known.checkedAt < FRESH_MS) return known.map;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  if (known?.mtimeMs === mtimeMs) {
    known.checkedAt = now;
    return known.map;
  }
  const parsed = parsedByHost.get(file);
  const text = parsed?.mtimeMs === mtimeMs ? undefined : ts.sys.readFile(file);
  const parse =
    parsed?.mtimeMs === mtimeMs ? parsed.sourceFile : text === undefined ? undefined : ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const map = parse && buildExportMap(ts, file, parse);
  cache.set(file, { mtimeMs, map, checkedAt: now });
  return map;
}

export function clearExportMapCache(): void {
  cache.clear();
  parsedByHost.clear();
}

/** A JSON module (`resolveJsonModule`) exports its value as `default`, and does nothing else. */
function jsonExportMap(file: string): ExportMap {
  const exports = new Map<string, ExportSource>([['default', { kind: 'local', localName: 'default', meaning: 'value' }]]);
  return { file, exports, stars: [], exportEquals: false, effects: [], loads: [] };
}

function buildExportMap(ts: Typescript, file: string, sourceFile: TS.SourceFile): ExportMap {
  if (file.endsWith('.json')) return jsonExportMap(file);
  const imports = new Map<string, ExportSource>();
  const exports = new Map<string, ExportSource>();
  const stars: StarExport[] = [];
  const meanings = localMeanings(ts, sourceFile);
  let exportEquals = false;
  const hasExport = (node: TS.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const hasDefault = (node: TS.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  const local = (localName: string): ExportSource => ({ kind: 'local', localName, meaning: meanings.get(localName) ?? 'value' });

  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      const clauseTypeOnly = clause !== undefined && isTypeOnlyImport(ts, clause);
      if (clause?.name) {
        imports.set(clause.name.text, { kind: 'reexport', specifier, importedName: 'default', typeOnly: clauseTypeOnly });
      }
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        imports.set(bindings.name.text, { kind: 'namespace', specifier, typeOnly: clauseTypeOnly });
      }
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const importedName = (element.propertyName ?? element.name).text;
          const typeOnly = clauseTypeOnly || element.isTypeOnly;
          imports.set(element.name.text, { kind: 'reexport', specifier, importedName, typeOnly });
        }
      }
    }
  }
  const localOrImported = (localName: string, typeOnly: boolean): ExportSource => {
    const imported = imports.get(localName);
    if (!imported) return local(localName);
    return typeOnly && imported.kind !== 'local' && imported.kind !== 'alias' ? { ...imported, typeOnly } : imported;
  };

  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      const specifier =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (specifier !== undefined) stars.push({ specifier, typeOnly: statement.isTypeOnly });
      } else if (ts.isNamespaceExport(clause)) {
        if (specifier !== undefined) exports.set(clause.name.text, { kind: 'namespace', specifier, typeOnly: statement.isTypeOnly });
      } else {
        for (const element of clause.elements) {
          const exportedName = element.name.text;
          const sourceName = (element.propertyName ?? element.name).text;
          const typeOnly = statement.isTypeOnly || element.isTypeOnly;
          exports.set(
            exportedName,
            specifier !== undefined
              ? { kind: 'reexport', specifier, importedName: sourceName, typeOnly }
              : localOrImported(sourceName, typeOnly),
          );
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) {
        exportEquals = true;
      } else {
        const expression = statement.expression;
        exports.set('default', ts.isIdentifier(expression) ? localOrImported(expression.text, false) : local('default'));
      }
    } else if (hasExport(statement)) {
      if (ts.isImportEqualsDeclaration(statement)) {
        exports.set(statement.name.text, { kind: 'alias' });
      } else if (hasDefault(statement)) {
        const name = declarationName(ts, statement);
        exports.set('default', name === undefined ? local('default') : local(name));
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          for (const name of bindingNamesOf(ts, declaration.name)) exports.set(name, local(name));
        }
      } else {
        const name = declarationName(ts, statement);
        if (name !== undefined) exports.set(name, local(name));
      }
    }
  }
  const loads = loadsOf(ts, sourceFile).map((load) => load.specifier);
  return { file, exports, stars, exportEquals, effects: effectsOf(ts, sourceFile), loads };
}

/**
 * Whether each top-level name of a file has a value meaning, or only a type one (interfaces and type aliases);
 * a name declared both ways (an interface merged with a const) has a value meaning.
 */
function localMeanings(ts: Typescript, sourceFile: TS.SourceFile): Map<string, Meaning> {
  const meanings = new Map<string, Meaning>();
  const declare = (name: string, meaning: Meaning) => {
    if (meanings.get(name) !== 'value') meanings.set(name, meaning);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      declare(statement.name.text, 'type');
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        for (const name of bindingNamesOf(ts, declaration.name)) declare(name, 'value');
      }
    } else {
      const name = declarationName(ts, statement);
      if (name !== undefined) declare(name, 'value');
    }
  }
  return meanings;
}

function declarationName(ts: Typescript, statement: TS.Statement): string | undefined {
  if (
    (ts.isClassDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement)) &&
    statement.name &&
    ts.isIdentifier(statement.name)
  ) {
    return statement.name.text;
  }
  return undefined;
}


/** Resolves `specifier` as written inside `file`. */
export type SpecifierResolver = (specifier: string, containingFile: string) => string | undefined;

export function resolverForExportMaps(resolver: ModuleResolver): SpecifierResolver {
  return (specifier, containingFile) => resolver.resolve(specifier, containingFile, resolver.fileFormat(containingFile));
}
