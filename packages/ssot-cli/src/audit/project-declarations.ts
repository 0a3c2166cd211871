import ts = require('typescript');
import type { Project } from './project';

/** A top-level class of the project, with what the implementation checks need, computed on first use. */
export interface ProjectClass {
  readonly name: string;
  readonly declaration: ts.ClassDeclaration;
  readonly symbol: ts.Symbol;
  readonly file: string;
  readonly line: number;
  /** Interfaces named in `implements`, aliases followed. */
  readonly implemented: ReadonlySet<ts.Symbol>;
  instanceType(): ts.Type;
  memberNames(): ReadonlySet<string>;
}

export interface ProjectInterface {
  readonly name: string;
  readonly symbol: ts.Symbol;
  readonly declaration: ts.InterfaceDeclaration;
  readonly file: string;
  readonly line: number;
}

export interface ProjectFunction {
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

/**
 * The project's top-level classes, interfaces and functions, found in one walk of the statements, and the
 * interfaces of the projects it references.
 */
export interface ProjectDeclarations {
  readonly classes: readonly ProjectClass[];
  readonly interfaces: readonly ProjectInterface[];
  readonly functions: readonly ProjectFunction[];
}

export function collectDeclarations(project: Project): ProjectDeclarations {
  const { checker } = project;
  const classes: ProjectClass[] = [];
  const interfaces = new Map<ts.Symbol, ProjectInterface>();
  const functions: ProjectFunction[] = [];
  const lineIn = (sourceFile: ts.SourceFile, node: ts.Node): number =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const addInterface = (statement: ts.InterfaceDeclaration, sourceFile: ts.SourceFile): void => {
    const symbol = checker.getSymbolAtLocation(statement.name);
    if (symbol && !interfaces.has(symbol)) {
      interfaces.set(symbol, { name: statement.name.text, symbol, declaration: statement, file: sourceFile.fileName, line: lineIn(sourceFile, statement.name) });
    }
  };
  for (const sourceFile of project.files) {
    const file = sourceFile.fileName;
    const lineOf = (node: ts.Node): number => lineIn(sourceFile, node);
    for (const statement of sourceFile.statements) {
      if (ts.isClassDeclaration(statement) && statement.name) {
        const symbol = checker.getSymbolAtLocation(statement.name);
        if (!symbol) continue;
        classes.push(projectClass(checker, statement, symbol, file, lineOf(statement.name)));
      } else if (ts.isInterfaceDeclaration(statement)) {
        addInterface(statement, sourceFile);
      } else if (ts.isFunctionDeclaration(statement) && statement.name) {
        // Overloads are one function: keep the first signature of a name in a file.
        const name = statement.name.text;
        if (!functions.some((fn) => fn.file === file && fn.name === name)) functions.push({ name, file, line: lineOf(statement.name) });
      }
    }
  }
  // The interfaces of referenced projects too: a class here may implement one (a protocol of a core package).
  for (const sourceFile of project.referencedFiles) {
    for (const statement of sourceFile.statements) if (ts.isInterfaceDeclaration(statement)) addInterface(statement, sourceFile);
  }
  return { classes, interfaces: [...interfaces.values()], functions };
}

function projectClass(
  checker: ts.TypeChecker,
  declaration: ts.ClassDeclaration,
  symbol: ts.Symbol,
  file: string,
  line: number,
): ProjectClass {
  let instanceType: ts.Type | undefined;
  let memberNames: Set<string> | undefined;
  const self: ProjectClass = {
    name: symbol.name,
    declaration,
    symbol,
    file,
    line,
    implemented: implementedInterfaces(checker, declaration),
    instanceType: () => (instanceType ??= checker.getDeclaredTypeOfSymbol(symbol)),
    memberNames: () => (memberNames ??= new Set(checker.getPropertiesOfType(self.instanceType()).map((p) => p.name))),
  };
  return self;
}

function implementedInterfaces(checker: ts.TypeChecker, declaration: ts.ClassDeclaration): Set<ts.Symbol> {
  const implemented = new Set<ts.Symbol>();
  for (const clause of declaration.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
    for (const type of clause.types) {
      const symbol = checker.getSymbolAtLocation(type.expression);
      if (symbol) implemented.add(resolveAlias(checker, symbol));
    }
  }
  return implemented;
}

/** The symbol an alias (import, re-export) finally stands for; the symbol itself when it is none. */
export function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}
