import ts = require('typescript');
import { NAME_PART, NAME_START, type ModuleResolver } from 'ssot-config';

/** A `@deprecated` tag on the statement by which a module exports a name. */
export interface Deprecation {
  /** The tag's text on one line, e.g. "Import from '@shared/utils' instead". */
  readonly text: string;
  /** The files of the modules the text names in quotes, resolved from the deprecated module. */
  readonly replacements: readonly string[];
  /** The names the text quotes or links (`AnyTRPCRouter` in "use `AnyTRPCRouter` instead"): an export renamed in place. */
  readonly names: readonly string[];
  /**
   * `alias`: on a `{ name }` in an export list, naming its replacement (tRPC's `AnyRouter`, "use
   * `AnyTRPCRouter` instead"): every module that passes the name on passes the deprecation on. `path`: on an
   * `export ... from` as a whole, this way to it. `declaration`: on the declaration, the thing itself.
   */
  readonly of: 'alias' | 'path' | 'declaration';
}

/**
 * Whether `sourceFile` exports `exportName` through a statement with a JSDoc deprecation tag: the declaration,
 * the `export { ... }` or `export { ... } from` that names it (or the tag of its `{ name }` alone, when the tag
 * names a replacement), or the `export * from` that brings it (TypeScript strikes such an import through in the
 * editor for the same reason); or, with no tag there, whether the module it re-exports the name from keeps it as
 * a deprecated alias (a package entry's `export *` of such a module). A shim `export * from '@shared/utils'`
 * whose tag says "Import from '@shared/utils' instead" gives that text and, as its replacement, the file of
 * `@shared/utils`.
 */
export function findDeprecation(
  checker: ts.TypeChecker,
  resolver: ModuleResolver,
  sourceFile: ts.SourceFile,
  exportName: string,
  seen = new Set<string>(),
): Deprecation | undefined {
  const key = `${sourceFile.fileName}#${exportName}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const statement = sourceFile.statements.find((candidate) => namesExport(candidate, exportName)) ?? exportAllBringing(checker, sourceFile, exportName);
  const specifier = statement && exportSpecifierOf(statement, exportName);
  const read = (tag: ts.JSDocDeprecatedTag) => readTag(resolver, sourceFile, tag);
  // A tag on the `{ name }` alone counts when it names the replacement: an alias kept beside its new name.
  const specifierTag = specifier && ts.getJSDocDeprecatedTag(specifier);
  const alias = specifierTag && read(specifierTag);
  if (alias && alias.names.length > 0) return { ...alias, of: 'alias' };
  const tag = statement && ts.getJSDocDeprecatedTag(statement);
  if (tag) return { ...read(tag), of: ts.isExportDeclaration(statement) ? 'path' : 'declaration' };
  const from = statement && reexportedFrom(checker, statement, specifier, exportName);
  const passedOn = from && findDeprecation(checker, resolver, from.sourceFile, from.name, seen);
  return passedOn?.of === 'alias' ? passedOn : undefined;
}

/** A name in quotes or backquotes ('AnyTRPCRouter', `AnyTRPCRouter`), or the target of a {@link AnyTRPCRouter}. */
const NAME = `${NAME_START}${NAME_PART}*`;
const QUOTED_OR_LINKED_NAME = new RegExp(`(['"\`])(${NAME})\\1|\\{@link(?:code|plain)?\\s+(${NAME})`, 'gu');

/** A tag's text on one line, the modules it names in quotes, and the names it quotes or links. */
function readTag(resolver: ModuleResolver, sourceFile: ts.SourceFile, tag: ts.JSDocDeprecatedTag): Omit<Deprecation, 'of'> {
  const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
  const mode = resolver.fileFormat(sourceFile.fileName);
  const replacements = [...text.matchAll(/(['"`])([^'"`\s]+)\1/g)]
    .map((match) => resolver.resolve(match[2] as string, sourceFile.fileName, mode))
    .filter((file): file is string => file !== undefined);
  const names = [...text.matchAll(QUOTED_OR_LINKED_NAME)].map((match) => (match[2] ?? match[3]) as string);
  return { text, replacements, names };
}

/** The project module, and the name there, that an `export { a as b } from` or `export * from` passes on. */
function reexportedFrom(
  checker: ts.TypeChecker,
  statement: ts.Statement,
  specifier: ts.ExportSpecifier | undefined,
  exportName: string,
): { sourceFile: ts.SourceFile; name: string } | undefined {
  if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) return undefined;
  const target = checker.getSymbolAtLocation(statement.moduleSpecifier)?.valueDeclaration;
  if (!target || !ts.isSourceFile(target) || target.isDeclarationFile) return undefined;
  if (statement.exportClause && !specifier) return undefined;
  return { sourceFile: target, name: specifier ? (specifier.propertyName ?? specifier.name).text : exportName };
}

function namesExport(statement: ts.Statement, exportName: string): boolean {
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    if (!clause) return false;
    if (ts.isNamespaceExport(clause)) return clause.name.text === exportName;
    return clause.elements.some((element) => element.name.text === exportName);
  }
  if (ts.isExportAssignment(statement)) return !statement.isExportEquals && exportName === 'default';
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  if (!modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return false;
  if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) return exportName === 'default';
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === exportName);
  }
  const name = ts.getNameOfDeclaration(statement as ts.DeclarationStatement);
  return name !== undefined && ts.isIdentifier(name) && name.text === exportName;
}

/** The `{ name }` of an `export { ... }` that exports `exportName`: a tag may sit on it alone (tRPC's deprecated aliases). */
function exportSpecifierOf(statement: ts.Statement, exportName: string): ts.ExportSpecifier | undefined {
  if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) return undefined;
  return statement.exportClause.elements.find((element) => element.name.text === exportName);
}

/** The `export * from` statement through which the module exports a name it does not name itself. */
function exportAllBringing(checker: ts.TypeChecker, sourceFile: ts.SourceFile, exportName: string): ts.Statement | undefined {
  return sourceFile.statements.find((statement) => {
    if (!ts.isExportDeclaration(statement) || statement.exportClause || !statement.moduleSpecifier) return false;
    const target = checker.getSymbolAtLocation(statement.moduleSpecifier);
    return target !== undefined && checker.tryGetMemberInModuleExports(exportName, target) !== undefined;
  });
}
