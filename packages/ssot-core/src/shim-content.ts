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

