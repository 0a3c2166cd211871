import type * as TS from 'typescript';
import type { CheckContext } from '../check-context';
import type { TextEdit } from '../finding';
import { isTypeOnlyImport } from '../module-sites';
import { appendListElements, renderDeclaration } from './import-edits';
import type { TextStyle } from './text-style';

/**
 * Makes the types `names` of `moduleFiles` nameable in this file: joins an existing named import of the module
 * (as `type X` in a value import), or adds `import type { X } from 'specifier'` after the file's last import.
 *   import type { A } from './types';           ->   import type { A, B } from './types';
 *   import { a, type A } from './types';        ->   import { a, type A, type B } from './types';
 *   (no import of './types')                    ->   import type { B } from './types';
 */
export function addTypeImports(
  ctx: CheckContext,
  moduleFiles: readonly string[],
  names: readonly string[],
  specifier: string,
  style: TextStyle,
): TextEdit {
  const { ts, sourceFile } = ctx;
  let typeOnlyTarget: TS.NamedImports | undefined;
  let valueTarget: TS.NamedImports | undefined;
  for (const site of ctx.sites) {
    if (site.kind !== 'import' || !ts.isImportDeclaration(site.node)) continue;
    const clause = site.node.importClause;
    const named = clause?.namedBindings;
    if (!clause || !named || !ts.isNamedImports(named)) continue;
    const file = ctx.resolveSite(site);
    if (file === undefined || !moduleFiles.includes(file)) continue;
    if (isTypeOnlyImport(ts, clause)) typeOnlyTarget ??= named;
    else valueTarget ??= named;
  }
  if (typeOnlyTarget) return appendListElements(typeOnlyTarget, names, sourceFile, style);
  if (valueTarget) return appendListElements(valueTarget, names.map((name) => `type ${name}`), sourceFile, style);
  const declaration = renderDeclaration('import', true, names, specifier, style);
  const lastImport = sourceFile.statements.filter(
    (statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement),
  ).pop();
  if (lastImport) return { start: lastImport.end, end: lastImport.end, text: style.newline + declaration };
  return { start: 0, end: 0, text: declaration + style.newline };
}
