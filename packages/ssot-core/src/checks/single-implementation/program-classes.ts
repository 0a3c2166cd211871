import * as path from 'node:path';
import type * as TS from 'typescript';
import { normalizePath, type SsotConfig } from 'ssot-config';

type Typescript = typeof TS;

/** A class that could be counted as an implementation: concrete, in a file of the project that is not a test. */
export interface ProgramClass {
  readonly declaration: TS.ClassLikeDeclaration;
  readonly symbol: TS.Symbol;
  /** Normalized absolute path. */
  readonly file: string;
  /** `file` relative to the config's directory, as messages show it. */
  readonly displayFile: string;
  /** Its own name, else the variable it initializes (`const X = class {}`), else `(anonymous class)`. */
  readonly name: string;
  /** Where findings stand: the class name, or the `class` keyword of a class without one. */
  readonly start: number;
  readonly end: number;
}

/**
 * The concrete classes of the program's files that the config governs: under its directory, not ignored, not
 * test files, not declaration files or node_modules. Abstract and ambient (`declare class`) classes cannot be
 * constructed from this code, so they are left out.
 */
export function findProgramClasses(
  ts: Typescript,
  program: TS.Program,
  checker: TS.TypeChecker,
  config: SsotConfig,
): ProgramClass[] {
  const classes: ProgramClass[] = [];
  for (const sourceFile of program.getSourceFiles()) {
    const file = normalizePath(sourceFile.fileName);
    if (!isCountedFile(program, sourceFile, file, config) || !/\bclass\b/.test(sourceFile.text)) continue;
    const displayFile = normalizePath(path.relative(config.dir, file));
    const visit = (node: TS.Node): void => {
      if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && isConcrete(ts, node)) {
        const found = describeClass(ts, checker, sourceFile, node);
        if (found) classes.push({ ...found, file, displayFile });
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(sourceFile, visit);
  }
  return classes;
}

function isCountedFile(program: TS.Program, sourceFile: TS.SourceFile, file: string, config: SsotConfig): boolean {
  if (sourceFile.isDeclarationFile || file.includes('/node_modules/')) return false;
  if (program.isSourceFileFromExternalLibrary(sourceFile)) return false;
  const relative = path.relative(config.dir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return !config.isTestFile(file) && !config.isIgnored(file);
}

function isConcrete(ts: Typescript, node: TS.ClassLikeDeclaration): boolean {
  if (hasModifier(ts, node, ts.SyntaxKind.AbstractKeyword)) return false;
  // `declare class`, or a class inside `declare module` / `declare global` / `declare namespace`.
  return !ts.findAncestor(node, (ancestor) => hasModifier(ts, ancestor, ts.SyntaxKind.DeclareKeyword));
}

function hasModifier(ts: Typescript, node: TS.Node, kind: TS.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
}

function describeClass(
  ts: Typescript,
  checker: TS.TypeChecker,
  sourceFile: TS.SourceFile,
  node: TS.ClassLikeDeclaration,
): Omit<ProgramClass, 'file' | 'displayFile'> | undefined {
  const symbol = node.name ? checker.getSymbolAtLocation(node.name) : checker.getTypeAtLocation(node).getSymbol();
  if (!symbol) return undefined;
  const at = node.name ?? node.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.ClassKeyword) ?? node;
  const variable = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name : undefined;
  return {
    declaration: node,
    symbol,
    name: node.name?.text ?? variable?.text ?? '(anonymous class)',
    start: at.getStart(sourceFile),
    end: at.end,
  };
}
