import type * as TS from 'typescript';
import { isDeprecationWarning } from './module-effects';

/**
 * What a compatibility shim may hold besides imports and re-exports: `export { a }` of names it imported, a
 * default export of one, `'use strict'`, and a deprecation warning (`console.warn(...)`,
 * `process.emitWarning(...)`). shim-purity reports anything else in a legacy module.
 */
export function isAllowedInShim(ts: typeof TS, statement: TS.Statement, sourceFile: TS.SourceFile): boolean {
  if (ts.isExportDeclaration(statement) || ts.isEmptyStatement(statement)) return true;
  if (ts.isExportAssignment(statement)) return ts.isIdentifier(statement.expression);
  if (!ts.isExpressionStatement(statement)) return false;
  return ts.isStringLiteral(statement.expression) || isDeprecationWarning(ts, statement, sourceFile);
}

/**
 * The statements of `sourceFile` that a shim may not hold: code of its own, which makes a module listed as
 * legacy a barrel (the config's `barrels`) rather than a shim.
 */
export function codeOfItsOwn(ts: typeof TS, sourceFile: TS.SourceFile): TS.Statement[] {
  return sourceFile.statements.filter(
    (statement) =>
      !ts.isImportDeclaration(statement) &&
      !(ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) &&
      !isAllowedInShim(ts, statement, sourceFile),
  );
}
