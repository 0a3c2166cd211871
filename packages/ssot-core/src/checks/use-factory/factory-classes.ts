import type * as TS from 'typescript';
import type { SsotConfig, SymbolEntry } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import { importedBindings } from '../../imported-bindings';
import { exportedSymbol } from '../../protocol-implementations';
import { isShadowed } from '../../scope';

/** A configured symbol that has a factory, as the class that must not be constructed here. */
export type FactoryClass = SymbolEntry & { readonly factory: NonNullable<SymbolEntry['factory']> };

/** The symbols with a factory that this file may not construct directly. */
export function factoryClassesFor(ctx: CheckContext): FactoryClass[] {
  return factoryClassesDue(ctx.config, ctx.fileName);
}

/** The symbols with a factory that `fileName` may not construct directly, under `config`. */
export function factoryClassesDue(config: SsotConfig, fileName: string): FactoryClass[] {
  return config.symbols.filter((symbol): symbol is FactoryClass => symbol.factory !== undefined && !config.mayConstruct(symbol, fileName));
}

/**
 * The configured class an expression names, through any import path, alias, local rename, re-export or
 * namespace member: by symbol identity with the checker, by tracing the file's imports without it.
 */
export function classNamedBy(
  ctx: CheckContext,
  expression: TS.Expression,
  classes: readonly FactoryClass[],
): FactoryClass | undefined {
  const { ts, checker, program } = ctx;
  while (ts.isParenthesizedExpression(expression)) expression = expression.expression;
  if (checker && program) {
    const node = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (symbol) return classes.find((candidate) => exportedSymbol(ts, program, checker, candidate) === symbol);
  }
  const reference = importReference(ctx, expression);
  if (!reference) return undefined;
  return classes.find((candidate) =>
    candidate.module.files.some(
      (file) =>
        ctx.oracle.prove(
          { file: reference.file, name: reference.name, display: reference.file },
          { file, name: candidate.name, display: candidate.module.specifier },
        ).safe,
    ),
  );
}

/** `X` imported as an export, or `ns.X` of an imported namespace: the module file and export name it reads. */
function importReference(ctx: CheckContext, expression: TS.Expression): { file: string; name: string } | undefined {
  const { ts } = ctx;
  const bindings = importedBindings(ctx);
  if (ts.isIdentifier(expression)) {
    const binding = bindings.get(expression.text);
    if (binding?.kind !== 'export' || isShadowed(ts, expression, ctx.sourceFile)) return undefined;
    return { file: binding.file, name: binding.name };
  }
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    const binding = bindings.get(expression.expression.text);
    if (binding?.kind !== 'namespace' || isShadowed(ts, expression.expression, ctx.sourceFile)) return undefined;
    return { file: binding.file, name: expression.name.text };
  }
  return undefined;
}
