import type * as TS from 'typescript';
import type { Typescript7Ast, Typescript7Node, Typescript7Project, Typescript7Symbol, Typescript7Type } from './api-types';
import { createCheckerObjects, type CheckerObjects } from './checker-objects';
import { classNamePositions, declarationNamedBy, identifiersNamed } from './name-positions';
import { createNodeMap, type NodeMap } from './node-map';

type Typescript = typeof TS;

/**
 * The checker's queries the type checks (protocol-conformance, single-implementation, and the protocols and
 * exports they resolve) ask: the seam between them and a compiler. TypeScript 6's checker is one; TypeScript 7's,
 * through its API, is the other (typescript7Checker).
 */
export type TypeQueries = Pick<
  TS.TypeChecker,
  | 'getSymbolAtLocation'
  | 'getTypeAtLocation'
  | 'getAliasedSymbol'
  | 'getTypeOfSymbol'
  | 'getDeclaredTypeOfSymbol'
  | 'getTypeFromTypeNode'
  | 'getContextualType'
  | 'getApparentType'
  | 'getNonNullableType'
  | 'getAwaitedType'
  | 'getBaseTypes'
  | 'getPropertiesOfType'
  | 'getPropertyOfType'
  | 'getSignaturesOfType'
  | 'getReturnTypeOfSignature'
  | 'isTypeAssignableTo'
  | 'resolveName'
  | 'tryGetMemberInModuleExports'
  | 'typeToString'
  | 'signatureToString'
>;

/** What the type checks read of a program: its files, as TypeScript 6 parses them, and its checker. */
export type TypedProgram = Pick<TS.Program, 'getSourceFile' | 'getSourceFiles' | 'isSourceFileFromExternalLibrary' | 'getTypeChecker'>;

export interface TypedProgramInput {
  readonly ts: Typescript;
  readonly ast: Typescript7Ast;
  readonly project: Typescript7Project;
  /** The project's own files (no declaration file, nothing from a library). */
  readonly fileNames: readonly string[];
  /** TypeScript 6's parse of a file's text as the compiler has it, or undefined where it cannot be read. */
  readonly sourceFileOf: (fileName: string) => TS.SourceFile | undefined;
  /** A declaration's file name from the path the compiler gives. */
  readonly fileNameOf: (declarationPath: string) => string;
  /**
   * The symbols at files' class names (classNamePositions), by file name, where they were asked before, with the
   * file's module sites: those files' first question is answered without a round trip.
   */
  readonly classNamesAsked?: ReadonlyMap<string, ReadonlyMap<number, Typescript7Symbol | undefined>>;
}

/**
 * TypeScript 7's program as the type checks read a program: the checks walk TypeScript 6's parse of each file
 * (TypeScript 7 has no parser in this process), and each checker query goes to TypeScript 7's checker with the
 * compiler's node at the same place. `getSourceFiles` lists the project's own files, the only ones the checks
 * search (classes, references).
 */
export function typescript7Program(input: TypedProgramInput): TS.Program {
  const { ts, ast, project, sourceFileOf } = input;
  const nodes = createNodeMap(ts, ast, project, sourceFileOf, input.fileNameOf);
  const objects = createCheckerObjects(nodes);
  const checker = typescript7Checker(ts, ast, project, nodes, objects, input.classNamesAsked);
  let files: TS.SourceFile[] | undefined;
  const program: TypedProgram = {
    getSourceFile: (fileName) => sourceFileOf(fileName),
    getSourceFiles: () => {
      files ??= input.fileNames.flatMap((fileName) => sourceFileOf(fileName) ?? []);
      return files;
    },
    isSourceFileFromExternalLibrary: (sourceFile) =>
      project.program.getSourceFileMetadata(sourceFile.fileName)?.isFromExternalLibrary === true,
    getTypeChecker: () => checker as TS.TypeChecker,
  };
  return program as TS.Program;
}

/** TypeScript 7's checker behind the type checks' queries; each query is one round trip to the compiler. */
function typescript7Checker(
  ts: Typescript,
  ast: Typescript7Ast,
  project: Typescript7Project,
  nodes: NodeMap,
  objects: CheckerObjects,
  classNamesAsked: TypedProgramInput['classNamesAsked'],
): TypeQueries {
  const remote = project.checker;
  const { symbol, type, signature, rawSymbol, rawType, rawSignature } = objects;
  const maybeType = (raw: Typescript7Type | undefined) => raw && type(raw);
  const remoteNode = (node: TS.Node | undefined): Typescript7Node | undefined => node && nodes.remote(node);
  // A node the compiler has no counterpart for (its text changed since the snapshot) has no type: `any`, which
  // the checks never count as a match.
  const anyType = () => type(remote.getAnyType());
  const names = namesOfFiles(ts, remote, nodes, classNamesAsked);
  const queries: TypeQueries = {
    getSymbolAtLocation(node) {
      // A name is asked by its position, which needs no syntax tree from the compiler: the checks ask about
      // names in every file (classes, references), and a tree is the costliest answer it sends.
      if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
        const sourceFile = node.getSourceFile();
        const found = names.symbolAt(sourceFile, node);
        return found && symbol(found);
      }
      const at = remoteNode(node);
      const found = at && remote.getSymbolAtLocation([at])[0];
      return found && symbol(found);
    },
    getTypeAtLocation(node) {
      const at = remoteNode(node);
      return maybeType(at && remote.getTypeAtLocation([at])[0]) ?? anyType();
    },
    getAliasedSymbol: (alias) => symbol(remote.getAliasedSymbol(rawSymbol(alias))),
    getTypeOfSymbol: (of) => maybeType(remote.getTypeOfSymbol(rawSymbol(of))) ?? anyType(),
    getDeclaredTypeOfSymbol: (of) => type(remote.getDeclaredTypeOfSymbol(rawSymbol(of))),
    getTypeFromTypeNode(node) {
      const at = remoteNode(node);
      return maybeType(at && remote.getTypeFromTypeNode(at)) ?? anyType();
    },
    getContextualType(node) {
      const at = remoteNode(node);
      return maybeType(at && remote.getContextualType(at));
    },
    getApparentType: (of) => maybeType(remote.getApparentType(rawType(of))) ?? of,
    getNonNullableType: (of) => maybeType(remote.getNonNullableType(rawType(of))) ?? of,
    getAwaitedType: (of) => awaitedType(ts, remote, objects, of),
    getBaseTypes: (of) => remote.getBaseTypes(rawType(of)).map(type),
    getPropertiesOfType: (of) => remote.getPropertiesOfType(rawType(of)).map(symbol),
    getPropertyOfType(of, name) {
      const found = remote.getPropertyOfType(rawType(of), name);
      return found && symbol(found);
    },
    getSignaturesOfType: (of, kind) => remote.getSignaturesOfType(rawType(of), kind).map(signature),
    getReturnTypeOfSignature: (of) => maybeType(remote.getReturnTypeOfSignature(rawSignature(of))) ?? anyType(),
    isTypeAssignableTo: (source, target) => remote.isTypeAssignableTo(rawType(source), rawType(target)),
    resolveName(name, location, meaning, excludeGlobals) {
      // The compiler reads the flags as unsigned: TypeScript 6's `All` (-1) is every bit.
      const found = remote.resolveName(name, meaning >>> 0, remoteNode(location), excludeGlobals);
      return found && symbol(found);
    },
    tryGetMemberInModuleExports(name, moduleSymbol) {
      const found = remote.getMemberInModuleExports(rawSymbol(moduleSymbol), name);
      return found && symbol(found);
    },
    typeToString: (of, enclosing, flags) => remote.typeToString(rawType(of), remoteNode(enclosing), flags ?? 0),
    signatureToString(of, enclosing, flags) {
      // TypeScript 7's API has no signatureToString: the declaration its node builder makes, printed on one line
      // without the semicolon, with the flags TypeScript 6's signatureToString adds.
      const flagsOfBuilder =
        ((flags ?? 0) & ts.TypeFormatFlags.NodeBuilderFlagsMask) |
        ts.NodeBuilderFlags.IgnoreErrors |
        ts.NodeBuilderFlags.WriteTypeParametersInQualifiedName;
      const declaration = remote.signatureToSignatureDeclaration(rawSignature(of), ast.SyntaxKind.CallSignature, remoteNode(enclosing), flagsOfBuilder);
      if (!declaration) return '';
      return project.emitter.printNode(declaration).replace(/\s*[\r\n]\s*/g, ' ').replace(/;\s*$/, '');
    },
  };
  return queries;
}

/**
 * The symbols at names' positions, asked of the compiler in batches, each answer kept: a file's first question
 * also asks about the names the type checks ask about in every file they scan (each class's name, the names its
 * heritage clauses write), unless the pass asked them with the file's module sites; a question about another name asks about every identifier of the file that spells it
 * (the checks look for the uses of a class or member name, file by file): one round trip per question.
 */
function namesOfFiles(
  ts: Typescript,
  remote: Typescript7Project['checker'],
  nodes: NodeMap,
  classNamesAsked: TypedProgramInput['classNamesAsked'],
) {
  const byFile = new Map<string, Map<number, Typescript7Symbol | undefined>>();
  for (const [fileName, asked] of classNamesAsked ?? []) byFile.set(fileName, new Map(asked));
  const ask = (sourceFile: TS.SourceFile, known: Map<number, Typescript7Symbol | undefined>, positions: readonly number[]) => {
    const unasked = [...new Set(positions)].filter((position) => !known.has(position));
    if (unasked.length === 0) return;
    const found = remote.getSymbolAtPosition(sourceFile.fileName, unasked);
    unasked.forEach((position, index) => known.set(position, found[index]));
  };
  /** A declaration's name answered: the node map learns which of the symbol's declarations it is. */
  const learn = (name: TS.Identifier | TS.PrivateIdentifier, found: Typescript7Symbol | undefined) => {
    const declaration = found?.declarations && declarationNamedBy(ts, name);
    if (declaration) nodes.learn(declaration, found.declarations ?? []);
  };
  return {
    symbolAt(sourceFile: TS.SourceFile, name: TS.Identifier | TS.PrivateIdentifier): Typescript7Symbol | undefined {
      const position = name.getStart(sourceFile);
      let known = byFile.get(sourceFile.fileName);
      const positions: number[] = [];
      if (!known) {
        known = new Map();
        byFile.set(sourceFile.fileName, known);
        positions.push(...classNamePositions(ts, sourceFile));
      }
      if (!known.has(position) && !positions.includes(position)) {
        const spelled = identifiersNamed(ts, sourceFile, name.text);
        ask(sourceFile, known, [position, ...positions, ...spelled.map((identifier) => identifier.getStart(sourceFile))]);
        for (const identifier of spelled) learn(identifier, known.get(identifier.getStart(sourceFile)));
      } else {
        ask(sourceFile, known, positions);
      }
      const found = known.get(position);
      learn(name, found);
      return found;
    },
  };
}

/**
 * What `await` makes of a value of the type, as far as the checks ask (whether it differs from the type): the
 * value of a `then` method's callback for a thenable, the type itself otherwise, each member of a union on its
 * own. TypeScript 7's API has no getAwaitedType.
 */
function awaitedType(ts: Typescript, remote: Typescript7Project['checker'], objects: CheckerObjects, of: TS.Type): TS.Type | undefined {
  const raw = objects.rawType(of);
  const apparent = remote.getApparentType(raw) ?? raw;
  const then = remote.getPropertyOfType(apparent, 'then');
  const thenType = then && remote.getTypeOfSymbol(then);
  const [thenSignature] = thenType ? remote.getSignaturesOfType(thenType, ts.SignatureKind.Call) : [];
  if (!thenSignature) {
    if (!(of.flags & ts.TypeFlags.Union)) return of;
    return (of as TS.UnionType).types.some((member) => awaitedType(ts, remote, objects, member) !== member)
      ? objects.type(remote.getAnyType())
      : of;
  }
  const callback = remote.getParameterType(thenSignature, 0);
  const callable = callback && remote.getNonNullableType(callback);
  const [fulfilled] = callable ? remote.getSignaturesOfType(callable, ts.SignatureKind.Call) : [];
  const value = fulfilled && remote.getParameterType(fulfilled, 0);
  return value ? objects.type(value) : objects.type(remote.getAnyType());
}
