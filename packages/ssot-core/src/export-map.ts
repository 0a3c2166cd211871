import * as fs from 'node:fs';
import type * as TS from 'typescript';
import type { ModuleResolver } from 'ssot-config';

type Typescript = typeof TS;

/** Where one export of a module comes from, read from the module's syntax alone. */
export type ExportSource =
  | { readonly kind: 'local'; readonly localName: string }
  | { readonly kind: 'reexport'; readonly specifier: string; readonly importedName: string }
  | { readonly kind: 'namespace'; readonly specifier: string }
  /** `export import X = ns.Y`: an alias that only the type checker can follow. */
  | { readonly kind: 'alias' };

export interface ExportMap {
  readonly file: string;
  readonly exports: ReadonlyMap<string, ExportSource>;
  /** `export * from '...'` specifiers, in order. */
  readonly stars: readonly string[];
  /** `export = value`: the module's exports are the members of one value, which its syntax does not list. */
  readonly exportEquals: boolean;
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

/**
 * The exports of a module file from a parse of its text (no checker), cached by path and modification time.
 * Undefined when the file cannot be read.
 */
export function getExportMap(ts: Typescript, file: string): ExportMap | undefined {
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
  const text = ts.sys.readFile(file);
  const map = text === undefined ? undefined : buildExportMap(ts, file, text);
  cache.set(file, { mtimeMs, map, checkedAt: now });
  return map;
}

export function clearExportMapCache(): void {
  cache.clear();
}

function buildExportMap(ts: Typescript, file: string, text: string): ExportMap {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const imports = new Map<string, ExportSource>();
  const exports = new Map<string, ExportSource>();
  const stars: string[] = [];
  let exportEquals = false;
  const hasExport = (node: TS.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const hasDefault = (node: TS.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause?.name) imports.set(clause.name.text, { kind: 'reexport', specifier, importedName: 'default' });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { kind: 'namespace', specifier });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const importedName = (element.propertyName ?? element.name).text;
          imports.set(element.name.text, { kind: 'reexport', specifier, importedName });
        }
      }
    }
  }
  const localOrImported = (localName: string): ExportSource => imports.get(localName) ?? { kind: 'local', localName };

  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      const specifier =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (specifier !== undefined) stars.push(specifier);
      } else if (ts.isNamespaceExport(clause)) {
        if (specifier !== undefined) exports.set(clause.name.text, { kind: 'namespace', specifier });
      } else {
        for (const element of clause.elements) {
          const exportedName = element.name.text;
          const sourceName = (element.propertyName ?? element.name).text;
          exports.set(
            exportedName,
            specifier !== undefined
              ? { kind: 'reexport', specifier, importedName: sourceName }
              : localOrImported(sourceName),
          );
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) {
        exportEquals = true;
      } else {
        const expression = statement.expression;
        exports.set(
          'default',
          ts.isIdentifier(expression) ? localOrImported(expression.text) : { kind: 'local', localName: 'default' },
        );
      }
    } else if (hasExport(statement)) {
      if (ts.isImportEqualsDeclaration(statement)) {
        exports.set(statement.name.text, { kind: 'alias' });
      } else if (hasDefault(statement)) {
        exports.set('default', { kind: 'local', localName: declarationName(ts, statement) ?? 'default' });
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          for (const name of bindingNames(ts, declaration.name)) exports.set(name, { kind: 'local', localName: name });
        }
      } else {
        const name = declarationName(ts, statement);
        if (name !== undefined) exports.set(name, { kind: 'local', localName: name });
      }
    }
  }
  return { file, exports, stars, exportEquals };
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

function bindingNames(ts: Typescript, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(ts, element.name),
  );
}

/** Resolves `specifier` as written inside `file`. */
export type SpecifierResolver = (specifier: string, containingFile: string) => string | undefined;

export function resolverForExportMaps(resolver: ModuleResolver): SpecifierResolver {
  return (specifier, containingFile) => resolver.resolve(specifier, containingFile, resolver.fileFormat(containingFile));
}
