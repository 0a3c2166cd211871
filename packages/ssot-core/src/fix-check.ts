import type * as TS from 'typescript';
import { importBindingNames } from './binding-uses';
import type { CheckContext } from './check-context';
import type { TextEdit } from './finding';
import { statementsAfterFix } from './statements-after-fix';

/**
 * Why applying `edits` to the file would change what it does, or undefined: the text must still parse, leave
 * the statements it does not touch as they were, bind the same local names once each, and run modules with side
 * effects in the same order.
 */
export function unitProblem(
  ctx: CheckContext,
  edits: readonly TextEdit[],
  options: { readonly sameUses?: boolean } = {},
): string | undefined {
  const { ts, sourceFile } = ctx;
  // Edits that only write other specifiers leave the file's syntax and names as they are: its load order is all
  // there is to judge, and the text need not be parsed again.
  const written = specifiersWritten(ctx, edits);
  if (written) return ctx.loadModel.specifierChange(written);
  // A fix that keeps every use of the names as it is needs only the statements; one that rewrites code needs
  // the whole new parse, to read the uses again.
  const after = statementsAfterFix(ts, sourceFile, edits, { onlyImports: options.sameUses === true });
  if ('problem' in after) return after.problem;
  const twice = namedTwice(declaredNames(ts, sourceFile.statements), declaredNames(ts, after.statements.map(({ statement }) => statement)));
  if (twice !== undefined) return twice;
  return ctx.loadModel.orderChange(after, options);
}

/**
 * The specifier each edit writes, when every edit replaces what is between the quotes of a module site's
 * specifier and the literal it leaves is one well-formed token of the same kind (a string stays a string, a
 * template without substitutions stays one): then the file parses as it did and binds the same names.
 */
function specifiersWritten(ctx: CheckContext, edits: readonly TextEdit[]): Map<TS.StringLiteralLike, string> | undefined {
  const { ts, sourceFile } = ctx;
  const written = new Map<TS.StringLiteralLike, string>();
  for (const edit of edits) {
    const literal = ctx.sites.find((site) => site.specifier.getStart(sourceFile) + 1 === edit.start && site.specifier.end - 1 === edit.end)?.specifier;
    if (!literal || written.has(literal)) return undefined;
    const quote = sourceFile.text.charAt(edit.start - 1);
    const errors: unknown[] = [];
    const scanner = ts.createScanner(sourceFile.languageVersion, false, sourceFile.languageVariant, `${quote}${edit.text}${quote}`, (message) => {
      errors.push(message);
    });
    const kind = scanner.scan();
    const value = scanner.getTokenValue();
    if (errors.length > 0 || kind !== literal.kind || scanner.isUnterminated() || scanner.scan() !== ts.SyntaxKind.EndOfFileToken) return undefined;
    written.set(literal, value);
  }
  return written.size > 0 ? written : undefined;
}

/** The local names a file's imports bind and the names its re-exports export, each as often as it occurs. */
function declaredNames(ts: typeof TS, statements: readonly TS.Statement[]): string[] {
  return statements
    .flatMap((statement) => {
      const imported = importBindingNames(ts, statement).map(({ name }) => `import ${name}`);
      const clause = ts.isExportDeclaration(statement) ? statement.exportClause : undefined;
      const exported = clause && ts.isNamedExports(clause) ? clause.elements.map((element) => `export ${element.name.text}`) : [];
      return [...imported, ...exported];
    })
    .sort();
}

/**
 * A name the fixed file binds (or re-exports) more often than it did (a name it did not bind may come in once,
 * as a factory's import does), or one it no longer binds: TS2300, or a use left without its import.
 */
function namedTwice(before: readonly string[], after: readonly string[]): string | undefined {
  const countsBefore = counted(before);
  const countsAfter = counted(after);
  const twice = after.find((name) => (countsAfter.get(name) ?? 0) > Math.max(1, countsBefore.get(name) ?? 0));
  if (twice) return `the fix would ${twice.startsWith('import') ? 'bind' : 'export'} '${twice.slice(7)}' twice`;
  const lost = before.find((name) => !countsAfter.has(name));
  if (lost) return `the fix would no longer ${lost.startsWith('import') ? 'import' : 'export'} '${lost.slice(7)}'`;
  return undefined;
}

function counted(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
