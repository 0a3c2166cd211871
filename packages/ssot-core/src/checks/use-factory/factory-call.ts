import type * as TS from 'typescript';
import type { CheckContext } from '../../check-context';
import { addNamedImport } from '../../edits/add-named-import';
import { textStyleOf } from '../../edits/text-style';
import type { TextEdit } from '../../finding';
import { importedBindings } from '../../imported-bindings';
import { exportedSymbol } from '../../protocol-implementations';
import { writeCanonicalSpecifier } from '../../specifier-style';
import type { FactoryClass } from './factory-classes';

/** The edits that turn `new X(args)` into `factory(args)`, whether they are proven safe, and why not. */
export interface FactoryCall {
  readonly edits: readonly TextEdit[] | undefined;
  readonly factoryModule: string;
  readonly reason: string | undefined;
}

/**
 *   new WebSocketManager({ heartbeat: 5 })   ->   createWebSocketManager({ heartbeat: 5 })
 * plus the factory's import when the file has none. Safe when the config says the factory takes the
 * constructor's arguments, or the checker shows every argument fits the factory's parameters and what the
 * factory returns can stand where the constructed instance stood.
 */
export function planFactoryCall(ctx: CheckContext, node: TS.NewExpression, target: FactoryClass): FactoryCall {
  const { sourceFile } = ctx;
  const factory = target.factory;
  // Write the factory's specifier like the file's imports of its own project (not like its package imports).
  const styleSite =
    ctx.sites.find((site) => {
      const file = ctx.resolveSite(site);
      return site.kind === 'import' && file !== undefined && !file.includes('/node_modules/');
    }) ?? ctx.sites.find((site) => site.kind === 'import');
  const specifier = writeCanonicalSpecifier(
    ctx.resolver,
    ctx.fileName,
    styleSite?.specifier.text ?? './',
    factory.module,
    ctx.resolver.fileFormat(ctx.fileName),
  );
  const factoryModule = specifier ?? factory.module.specifier;
  if (specifier === undefined) {
    return { edits: undefined, factoryModule, reason: `no specifier written from this file resolves to '${factory.module.specifier}'` };
  }
  const local = localFactoryName(ctx, target);
  if (local === undefined) {
    return { edits: undefined, factoryModule, reason: `'${factory.name}' is already a different name in this file` };
  }
  const style = styleSite
    ? textStyleOf(sourceFile, styleSite.node, styleSite.specifier)
    : { quote: "'", semicolon: ';', newline: sourceFile.text.includes('\r\n') ? '\r\n' : '\n' };
  // `new X<T>(` up to the parenthesis (type arguments included), or the whole `new X` when there is none.
  const head = { start: node.getStart(sourceFile), end: node.arguments ? node.arguments.pos - 1 : node.end };
  const call: TextEdit = { ...head, text: node.arguments ? local.name : `${local.name}()` };
  const edits = local.imported ? [call] : [addNamedImport(ctx, factory.module.files, factory.name, specifier, style), call];
  return { edits, factoryModule, reason: unsafeReason(ctx, node, target) };
}

/**
 * The name the file already imports the factory under, or the factory's own name when it is free. Only imports
 * of the factory's export name are traced (each trace may parse another module): through a re-export that
 * renames it the factory is missed, and the fix imports it once more, bound to the same function.
 */
function localFactoryName(ctx: CheckContext, target: FactoryClass): { name: string; imported: boolean } | undefined {
  const factory = target.factory;
  const bindings = importedBindings(ctx);
  for (const name of bindings.localNamesOf(factory.name)) {
    const binding = bindings.get(name);
    if (binding?.kind !== 'export' || binding.typeOnly) continue;
    const same = factory.module.files.some(
      (file) =>
        ctx.oracle.prove({ file: binding.file, name: binding.name, display: binding.file }, { file, name: factory.name, display: file })
          .safe,
    );
    if (same) return { name, imported: true };
  }
  return declaresAnywhere(ctx, factory.name) ? undefined : { name: factory.name, imported: false };
}

/** Whether any identifier in the file (not a property name) already spells `name`: a conservative test for a free name. */
function declaresAnywhere(ctx: CheckContext, name: string): boolean {
  const { ts } = ctx;
  const visit = (node: TS.Node): boolean => {
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent;
      return !(ts.isPropertyAccessExpression(parent) && parent.name === node);
    }
    return ts.forEachChild(node, visit) ?? false;
  };
  return ts.forEachChild(ctx.sourceFile, visit) ?? false;
}

function unsafeReason(ctx: CheckContext, node: TS.NewExpression, target: FactoryClass): string | undefined {
  const factory = target.factory;
  if (node.typeArguments) return 'the construction passes type arguments, which the factory may not take';
  if (factory.acceptsConstructorArgs) return undefined;
  const { ts, checker, program } = ctx;
  if (!checker || !program) {
    return `without type information ssot cannot prove that '${factory.name}' accepts these arguments (set "acceptsConstructorArgs" on the factory in ssot.config.json, or lint with type information)`;
  }
  const factorySymbol = exportedSymbol(ts, program, checker, factory);
  if (!factorySymbol) return `'${factory.name}' is not found in the program`;
  const args = node.arguments ?? [];
  if (args.some((arg) => ts.isSpreadElement(arg))) return 'the arguments are spread';
  const instanceType = checker.getTypeAtLocation(node);
  const fits = checker
    .getTypeOfSymbol(factorySymbol)
    .getCallSignatures()
    .some((signature) => signatureAccepts(ts, checker, signature, args, node) &&
      checker.isTypeAssignableTo(signature.getReturnType(), instanceType));
  return fits ? undefined : `'${factory.name}' does not accept these arguments or does not return the same type`;
}

function signatureAccepts(
  ts: typeof TS,
  checker: TS.TypeChecker,
  signature: TS.Signature,
  args: readonly TS.Expression[],
  location: TS.Node,
): boolean {
  const parameters = signature.getParameters();
  const declarations = parameters.map((parameter) => parameter.valueDeclaration);
  const rest = declarations.some((declaration) => declaration && ts.isParameter(declaration) && declaration.dotDotDotToken);
  const required = declarations.filter(
    (declaration) => declaration && ts.isParameter(declaration) && !declaration.questionToken && !declaration.initializer && !declaration.dotDotDotToken,
  ).length;
  if (args.length < required || (!rest && args.length > parameters.length)) return false;
  return args.every((arg, i) => {
    const parameter = parameters[Math.min(i, parameters.length - 1)];
    if (!parameter) return false;
    let parameterType = checker.getTypeOfSymbolAtLocation(parameter, location);
    if (rest && i >= parameters.length - 1) parameterType = checker.getIndexTypeOfType(parameterType, ts.IndexKind.Number) ?? parameterType;
    return checker.isTypeAssignableTo(checker.getTypeAtLocation(arg), parameterType);
  });
}
