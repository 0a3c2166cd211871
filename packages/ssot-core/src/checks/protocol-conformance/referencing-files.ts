import type * as TS from 'typescript';

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
  const names = new Set([classSymbol.name, member.name]);
  const resolve = (symbol: TS.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const found: TS.SourceFile[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    if (![...names].some((name) => sourceFile.text.includes(name))) continue;
    // forEachChild stops at the first truthy answer: one reference is enough.
    const references = (node: TS.Node): boolean => {
      if (ts.isIdentifier(node) && names.has(node.text)) {
        const symbol = resolve(checker.getSymbolAtLocation(node));
        if (symbol === classSymbol || symbol === member) return true;
      }
      return ts.forEachChild(node, references) ?? false;
    };
    if (references(sourceFile)) found.push(sourceFile);
  }
  return found;
}
