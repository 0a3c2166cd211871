import type * as TS from 'typescript';
import { isSameMember } from './same-member';

type Typescript = typeof TS;

/** Per program: for each class, per member name, the files that name the class or reach that member by name. */
const referencesByProgram = new WeakMap<TS.Program, Map<TS.Symbol, Map<string, readonly TS.SourceFile[]>>>();

/**
 * The program's other files whose type-checking a change to `member` of `classSymbol` can affect: those that
 * name the class (subclasses, annotations, `new`) or access the member through the class's type. Files that
 * only meet an instance structurally, without naming either, are not found.
 */
export function filesReferencing(
  ts: Typescript,
  program: TS.Program,
  classSymbol: TS.Symbol,
  member: TS.Symbol,
  excluded: TS.SourceFile,
): readonly TS.SourceFile[] {
  let byClass = referencesByProgram.get(program);
  if (!byClass) {
    byClass = new Map();
    referencesByProgram.set(program, byClass);
  }
  let byMember = byClass.get(classSymbol);
  if (!byMember) {
    byMember = new Map();
    byClass.set(classSymbol, byMember);
  }
  let files = byMember.get(member.name);
  if (!files) {
    files = scanProgram(ts, program, classSymbol, member);
    byMember.set(member.name, files);
  }
  return files.filter((file) => file !== excluded);
}

function scanProgram(ts: Typescript, program: TS.Program, classSymbol: TS.Symbol, member: TS.Symbol): TS.SourceFile[] {
  const checker = program.getTypeChecker();
  const names = [...new Set([classSymbol.name, member.name])];
  const resolve = (symbol: TS.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const isReference = (identifier: TS.Identifier) => {
    const symbol = resolve(checker.getSymbolAtLocation(identifier));
    return symbol === classSymbol || isSameMember(symbol, member);
  };
  const found: TS.SourceFile[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    // One reference is enough.
    if (names.some((name) => identifiersNamed(ts, sourceFile, name).some(isReference))) found.push(sourceFile);
  }
  return found;
}

/**
 * Per source file, not per program: tsserver gives each new program the source files that did not change (an
 * edit makes a new one), so after an edit only the edited file is searched again. Only the checker's part, which
 * identifiers resolve to the class or member, is asked again of every program.
 */
const identifiersBySourceFile = new WeakMap<TS.SourceFile, Map<string, readonly TS.Identifier[]>>();

/** The identifiers of a file that spell `name`, in the order of the file. */
function identifiersNamed(ts: Typescript, sourceFile: TS.SourceFile, name: string): readonly TS.Identifier[] {
  let byName = identifiersBySourceFile.get(sourceFile);
  if (!byName) {
    byName = new Map();
    identifiersBySourceFile.set(sourceFile, byName);
  }
  let identifiers = byName.get(name);
  if (!identifiers) {
    identifiers = sourceFile.text.includes(name) ? collectIdentifiers(ts, sourceFile, name) : [];
    byName.set(name, identifiers);
  }
  return identifiers;
}

function collectIdentifiers(ts: Typescript, sourceFile: TS.SourceFile, name: string): TS.Identifier[] {
  const identifiers: TS.Identifier[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && node.text === name) identifiers.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return identifiers;
}
