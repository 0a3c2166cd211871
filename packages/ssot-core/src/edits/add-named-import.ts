import type * as TS from 'typescript';
import type { CheckContext } from '../check-context';
import type { TextEdit } from '../finding';
import { appendListElements, renderDeclaration } from './import-edits';
import { importCandidateTest } from '../import-candidates';
import { isTypeOnlyImport } from '../module-sites';
import type { TextStyle } from './text-style';

/**
 * Makes `name` of `moduleFiles` importable in this file: joins an existing value import of the module, or adds
 * `import { name } from 'specifier'` after the file's last import (at the top when it has none).
 *   import { a } from './factory';   ->   import { a, createThing } from './factory';
 */
export function addNamedImport(
  ctx: CheckContext,
  moduleFiles: readonly string[],
  name: string,
  specifier: string,
  style: TextStyle,
): TextEdit {
  const { ts, sourceFile } = ctx;
  let lastImport: TS.Statement | undefined;
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) lastImport = statement;
  }
  const mayImport = importCandidateTest(ctx, moduleFiles);
  for (const site of ctx.sites) {
    if (site.kind !== 'import' || !ts.isImportDeclaration(site.node)) continue;
    const clause = site.node.importClause;
    const named = clause?.namedBindings;
    if (!clause || isTypeOnlyImport(ts, clause) || !named || !ts.isNamedImports(named) || !mayImport(site)) continue;
    const file = ctx.resolveSite(site);
    if (file !== undefined && moduleFiles.includes(file)) return appendListElements(named, [name], sourceFile, style);
  }
  const declaration = renderDeclaration('import', false, [name], specifier, style);
  if (lastImport) {
    // After the import's line, so a trailing comment stays with the import it belongs to.
    const lineEnd = sourceFile.text.indexOf('\n', lastImport.end);
    const at = lineEnd === -1 ? sourceFile.text.length : lineEnd + 1;
    return lineEnd === -1
      ? { start: at, end: at, text: style.newline + declaration }
      : { start: at, end: at, text: declaration + style.newline };
  }
  const directive = lastDirective(ts, sourceFile);
  if (directive) return { start: directive.end, end: directive.end, text: style.newline + declaration };
  // Before the first statement: below a shebang (which ESLint hands over as a comment) and leading comments.
  const at = sourceFile.statements[0]?.getStart(sourceFile) ?? sourceFile.text.length;
  return { start: at, end: at, text: declaration + style.newline };
}

/** The last statement of the directive prologue (`'use strict'`, `'use client'`): imports go below it. */
function lastDirective(ts: typeof TS, sourceFile: TS.SourceFile): TS.Statement | undefined {
  let last: TS.Statement | undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    last = statement;
  }
  return last;
}
