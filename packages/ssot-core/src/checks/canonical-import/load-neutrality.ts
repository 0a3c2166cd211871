import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import type { LoadModel } from '../../load-order';
import { statementEffect } from '../../module-effects';

/**
 * Cheap answers the placement of moved names asks before any edit is made; the edits are then checked against
 * the whole file's load order (fix-units.ts), so these only need to be right often, never to be a proof.
 */
export interface LoadNeutrality {
  /** No top-level statement strictly between `a` and `b` loads a module with side effects or runs code. */
  between(a: TS.Node, b: TS.Node): boolean;
  /**
   * Some top-level statement strictly between `a` and `b` is more than an import, a re-export, a type or a
   * function declaration: it runs when the module loads and may read an imported binding.
   */
  codeBetween(a: TS.Node, b: TS.Node): boolean;
  /** The statement loads nothing with side effects, nor does `file` (a canonical module) when it is given. */
  loadsNothing(statement: TS.Node, file?: string): boolean;
}

export function createLoadNeutrality(ctx: CheckContext, model: LoadModel): LoadNeutrality {
  const { ts, sourceFile } = ctx;
  const statements = sourceFile.statements;
  const quiet = (statement: TS.Statement) => model.isQuiet(statement) && statementEffect(ts, statement, sourceFile) !== 'code';
  const inBetween = (a: TS.Node, b: TS.Node): readonly TS.Statement[] | undefined => {
    const [first, last] = a.pos <= b.pos ? [a, b] : [b, a];
    const from = statements.indexOf(first as TS.Statement);
    const to = statements.indexOf(last as TS.Statement);
    return from === -1 || to === -1 ? undefined : statements.slice(from + 1, to);
  };
  const declarationOnly = (statement: TS.Statement) =>
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isEmptyStatement(statement);
  return {
    between(a, b) {
      return inBetween(a, b)?.every(quiet) ?? false;
    },
    codeBetween(a, b) {
      return !(inBetween(a, b)?.every(declarationOnly) ?? false);
    },
    loadsNothing(statement, file) {
      return model.isQuiet(statement as TS.Statement, file);
    },
  };
}
