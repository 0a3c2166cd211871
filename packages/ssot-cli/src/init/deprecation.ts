import ts = require('typescript');
import type { ModuleResolver } from 'ssot-config';

/** A `@deprecated` tag on the statement by which a module exports a name. */
export interface Deprecation {
  /** The tag's text on one line, e.g. "Import from '@shared/utils' instead". */
  readonly text: string;
  /** The files of the modules the text names in quotes, resolved from the deprecated module. */
  readonly replacements: readonly string[];
}

/**
 * Whether `sourceFile` exports `exportName` through a statement with a JSDoc deprecation tag: the declaration,
 * the `export { ... }` or `export { ... } from` that names it, or the `export * from` that brings it (TypeScript
 * strikes such an import through in the editor for the same reason). A shim `export * from '@shared/utils'`
 * whose tag says "Import from '@shared/utils' instead" gives that text and, as its replacement, the file of
 * `@shared/utils`.
 */
export function findDeprecation(
  checker: ts.TypeChecker,
  resolver: ModuleResolver,
  sourceFile: ts.SourceFile,
  exportName: string,
): Deprecation | undefined {
  const statement = sourceFile.statements.find((candidate) => namesExport(candidate, exportName)) ?? exportAllBringing(checker, sourceFile, exportName);
  const tag = statement && ts.getJSDocDeprecatedTag(statement);
  if (!tag) return undefined;
  const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
  const mode = resolver.fileFormat(sourceFile.fileName);
  const replacements = [...text.matchAll(/(['"`])([^'"`\s]+)\1/g)]
    .map((match) => resolver.resolve(match[2] as string, sourceFile.fileName, mode))
    .filter((file): file is string => file !== undefined);
  return { text, replacements };
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

/** The `export * from` statement through which the module exports a name it does not name itself. */
function exportAllBringing(checker: ts.TypeChecker, sourceFile: ts.SourceFile, exportName: string): ts.Statement | undefined {
  return sourceFile.statements.find((statement) => {
    if (!ts.isExportDeclaration(statement) || statement.exportClause || !statement.moduleSpecifier) return false;
    const target = checker.getSymbolAtLocation(statement.moduleSpecifier);
    return target !== undefined && checker.tryGetMemberInModuleExports(exportName, target) !== undefined;
  });
}
