import * as path from 'node:path';
import type * as TS from 'typescript';
import type { ModuleRef } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import { addTypeImports } from '../../edits/add-type-imports';
import { fileTextStyle } from '../../edits/file-text-style';
import type { TextEdit } from '../../finding';
import { writeCanonicalSpecifier } from '../../specifier-style';

type Typescript = typeof TS;

/** A type the class file must import for the protocol's text to mean there what it means in the protocol. */
interface NeededImport {
  /** The module the protocol imports it from (or the protocol's own file, for a type it declares). */
  readonly moduleFile: string;
  /** How the protocol wrote that module, the fallback spelling for packages. */
  readonly protocolSpecifier: string;
  /** `Name`, or `Exported as Name` when the protocol imports it under another name. */
  readonly specifierText: string;
}

/**
 * The imports that make `typeNodes`, written in the protocol's file, mean the same in the class file at
 * `location`: every name in them must reach the same declaration there, or be importable from the module the
 * protocol takes it from. Returns the edits (none when every name is already in scope), or undefined when some
 * name cannot be carried over: a different declaration of that name is in scope, or the protocol reaches it
 * other than by a named import or its own export (a type parameter, a namespace, `import('m').T`).
 */
export function planTypeNameImports(
  ctx: CheckContext,
  typeNodes: readonly TS.Node[],
  location: TS.Node,
): TextEdit[] | undefined {
  const { ts } = ctx;
  const checker = ctx.checker as TS.TypeChecker;
  const needed = new Map<string, NeededImport>();
  for (const { identifier, meaning } of namesUsed(ts, typeNodes)) {
    if (!identifier) return undefined;
    const used = checker.getSymbolAtLocation(identifier);
    if (!used) return undefined;
    const target = resolveAlias(ts, checker, used);
    if (target.flags & ts.SymbolFlags.TypeParameter) {
      if (typeNodes.some((node) => isWithin(target.declarations?.[0], node))) continue;
      return undefined;
    }
    const visible = checker.resolveName(identifier.text, location, meaning, false);
    if (visible) {
      if (resolveAlias(ts, checker, visible) === target) continue;
      return undefined;
    }
    // An import may not share its name with anything the file declares, whatever that declaration means.
    if (meaning !== ts.SymbolFlags.Type || checker.resolveName(identifier.text, location, ts.SymbolFlags.All, true)) {
      return undefined;
    }
    const source = importSourceOf(ctx, used, target, identifier);
    if (!source) return undefined;
    needed.set(identifier.text, source);
  }
  return importEdits(ctx, [...needed.values()]);
}

interface NameUse {
  /** Undefined for a use that cannot be carried to another file at all. */
  readonly identifier: TS.Identifier | undefined;
  readonly meaning: TS.SymbolFlags;
}

/** The first identifier of every name the type nodes use: `A` of `A`, `ns` of `ns.A`, `x` of `typeof x`. */
function namesUsed(ts: Typescript, typeNodes: readonly TS.Node[]): NameUse[] {
  const uses: NameUse[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
      const root = leftmostIdentifier(ts, name);
      uses.push({ identifier: root, meaning: root === name ? ts.SymbolFlags.Type : ts.SymbolFlags.Namespace });
    } else if (ts.isTypeQueryNode(node)) {
      uses.push({ identifier: leftmostIdentifier(ts, node.exprName), meaning: ts.SymbolFlags.Value });
    } else if (ts.isImportTypeNode(node) || (ts.isTypePredicateNode(node) && ts.isIdentifier(node.parameterName))) {
      // `import('./m').T` is relative to the protocol's file; `x is T` names the protocol's parameter.
      uses.push({ identifier: undefined, meaning: ts.SymbolFlags.None });
    }
    ts.forEachChild(node, visit);
  };
  typeNodes.forEach(visit);
  return uses;
}

function leftmostIdentifier(ts: Typescript, name: TS.Node): TS.Identifier | undefined {
  let current = name;
  while (ts.isQualifiedName(current) || ts.isPropertyAccessExpression(current)) {
    current = ts.isQualifiedName(current) ? current.left : current.expression;
  }
  return ts.isIdentifier(current) ? current : undefined;
}

function resolveAlias(ts: Typescript, checker: TS.TypeChecker, symbol: TS.Symbol): TS.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function isWithin(inner: TS.Node | undefined, outer: TS.Node): boolean {
  if (inner?.getSourceFile() !== outer.getSourceFile()) return false;
  return inner.pos >= outer.pos && inner.end <= outer.end;
}

/**
 * Where the class file should import a type from: the module the protocol's named import takes it from, or the
 * protocol's own file when it declares and exports the type under the same name.
 */
function importSourceOf(
  ctx: CheckContext,
  used: TS.Symbol,
  target: TS.Symbol,
  identifier: TS.Identifier,
): NeededImport | undefined {
  const { ts } = ctx;
  const checker = ctx.checker as TS.TypeChecker;
  const protocolFile = identifier.getSourceFile();
  const importSpecifier = used.declarations?.find(ts.isImportSpecifier);
  if (importSpecifier) {
    const moduleSpecifier = importSpecifier.parent.parent.parent.moduleSpecifier;
    const moduleFile = checker.getSymbolAtLocation(moduleSpecifier)?.valueDeclaration?.getSourceFile().fileName;
    if (moduleFile === undefined || !ts.isStringLiteral(moduleSpecifier)) return undefined;
    const exported = (importSpecifier.propertyName ?? importSpecifier.name).text;
    const specifierText = exported === identifier.text ? exported : `${exported} as ${identifier.text}`;
    return { moduleFile, protocolSpecifier: moduleSpecifier.text, specifierText };
  }
  const protocolModule = checker.getSymbolAtLocation(protocolFile);
  const ownExport = protocolModule && checker.tryGetMemberInModuleExports(identifier.text, protocolModule);
  if (!ownExport || resolveAlias(ts, checker, ownExport) !== target) return undefined;
  // Any relative spelling: the class file's specifier is then computed from the file, never from this text.
  const relativeMarker = `./${path.basename(protocolFile.fileName)}`;
  return { moduleFile: protocolFile.fileName, protocolSpecifier: relativeMarker, specifierText: identifier.text };
}

/** One edit per module: names from one module join one import, written in the class file's style. */
function importEdits(ctx: CheckContext, needed: readonly NeededImport[]): TextEdit[] | undefined {
  const byModule = new Map<string, NeededImport[]>();
  for (const need of needed) byModule.set(need.moduleFile, [...(byModule.get(need.moduleFile) ?? []), need]);
  const style = fileTextStyle(ctx);
  // The first import of a project file shows how this file writes specifiers (relative or alias, extension).
  const styleSite = ctx.sites.find(
    (site) => site.kind === 'import' && !ctx.resolveSite(site)?.includes('/node_modules/'),
  );
  const mode = styleSite ? ctx.loadModeOf(styleSite) : ctx.resolver.fileFormat(ctx.fileName);
  const edits: TextEdit[] = [];
  for (const [moduleFile, needs] of byModule) {
    const [first] = needs;
    if (!first) continue;
    // Not from the config, so it has no place in it to point at.
    const at = { jsonPath: '', line: 0, column: 0 };
    const module: ModuleRef = { specifier: first.protocolSpecifier, files: [moduleFile], at };
    const original = styleSite?.specifier.text ?? first.protocolSpecifier;
    const specifier = writeCanonicalSpecifier(ctx.resolver, ctx.fileName, original, module, mode);
    if (specifier === undefined) return undefined;
    edits.push(addTypeImports(ctx, [moduleFile], needs.map((need) => need.specifierText), specifier, style));
  }
  return edits;
}
