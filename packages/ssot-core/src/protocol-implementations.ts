import type * as TS from 'typescript';
import type { ExportRef, ProtocolRef, SymbolEntry } from 'ssot-config';
import type { ProgramScope } from './check-context';

type Typescript = typeof TS;

/** A configured protocol, resolved to its interface through the checker. */
export interface ResolvedProtocol {
  readonly symbol: SymbolEntry;
  readonly protocol: ProtocolRef;
  readonly interfaceSymbol: TS.Symbol;
  /** The classes the config holds to the protocol: the symbol's canonical class and `protocol.implementations`. */
  readonly namedClasses: ReadonlySet<TS.Symbol>;
}

const protocolsByProgram = new WeakMap<TS.Program, WeakMap<object, readonly ResolvedProtocol[]>>();

/** Every protocol of the config that resolves to an interface in the program; cached per program and config. */
export function resolveProtocols(ctx: ProgramScope): readonly ResolvedProtocol[] {
  const { program, checker } = ctx;
  if (!program || !checker) return [];
  let byConfig = protocolsByProgram.get(program);
  if (!byConfig) {
    byConfig = new WeakMap();
    protocolsByProgram.set(program, byConfig);
  }
  let protocols = byConfig.get(ctx.config);
  if (!protocols) {
    protocols = ctx.config.symbols.flatMap((symbol): ResolvedProtocol[] => {
      const protocol = symbol.protocol;
      const interfaceSymbol = protocol && exportedSymbol(ctx.ts, program, checker, protocol);
      if (!protocol || !interfaceSymbol) return [];
      const named = [{ module: symbol.module, name: symbol.name }, ...protocol.implementations]
        .map((ref) => exportedSymbol(ctx.ts, program, checker, ref))
        .filter((found): found is TS.Symbol => found !== undefined);
      return [{ symbol, protocol, interfaceSymbol, namedClasses: new Set(named) }];
    });
    byConfig.set(ctx.config, protocols);
  }
  return protocols;
}

/** The symbol an export leads to (aliases followed), or undefined when the module or export is not in the program. */
export function exportedSymbol(
  ts: Typescript,
  program: TS.Program,
  checker: TS.TypeChecker,
  ref: Pick<ExportRef, 'module' | 'name'>,
): TS.Symbol | undefined {
  for (const file of ref.module.files) {
    const sourceFile = program.getSourceFile(file);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    const exported = moduleSymbol && checker.tryGetMemberInModuleExports(ref.name, moduleSymbol);
    if (exported) return exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  }
  return undefined;
}

/** The protocols a class is held to: those it names in `implements`, and those the config names it under. */
export function protocolsOfClass(
  ctx: ProgramScope,
  declaration: TS.ClassLikeDeclaration,
  protocols: readonly ResolvedProtocol[],
): ResolvedProtocol[] {
  const { ts, checker } = ctx;
  if (!checker || protocols.length === 0) return [];
  const classSymbol = declaration.name && checker.getSymbolAtLocation(declaration.name);
  const implemented = new Set<TS.Symbol>();
  for (const clause of declaration.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
    for (const type of clause.types) {
      let target = checker.getSymbolAtLocation(type.expression);
      if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
      if (target) implemented.add(target);
    }
  }
  return protocols.filter(
    (protocol) =>
      implemented.has(protocol.interfaceSymbol) || (classSymbol !== undefined && protocol.namedClasses.has(classSymbol)),
  );
}
