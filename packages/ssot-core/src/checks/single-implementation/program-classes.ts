import * as path from 'node:path';
import type * as TS from 'typescript';
import { normalizePath, type SsotConfig } from 'ssot-config';
import { findDeclaredClasses, type DeclaredClass } from './declared-classes';

type Typescript = typeof TS;

/** A class that could be counted as an implementation: concrete, in a file of the project that is not a test. */
export interface ProgramClass extends CountedClass {
  readonly symbol: TS.Symbol;
}

/** A class of a file the config counts, with everything about it that the checker does not decide. */
interface CountedClass extends DeclaredClass {
  /** Normalized absolute path. */
  readonly file: string;
  /** `file` relative to the config's directory, as messages show it. */
  readonly displayFile: string;
}

/**
 * Kept per config and source file, not per program: tsserver gives each new program the source files that did
 * not change, and an edit makes a new source file, so after an edit only the edited file is read again.
 */
const countedClassesByConfig = new WeakMap<SsotConfig, WeakMap<TS.SourceFile, readonly CountedClass[]>>();

/**
 * The concrete classes of the program's files that the config governs: under its directory, not ignored, not
 * test files, not declaration files or node_modules.
 */
export function findProgramClasses(
  ts: Typescript,
  program: TS.Program,
  checker: TS.TypeChecker,
  config: SsotConfig,
): ProgramClass[] {
  return program.getSourceFiles().flatMap((sourceFile) => classesOfFile(ts, program, checker, config, sourceFile));
}

/** The classes of one of the program's files that the scan counts (see findProgramClasses). */
export function classesOfFile(
  ts: Typescript,
  program: TS.Program,
  checker: TS.TypeChecker,
  config: SsotConfig,
  sourceFile: TS.SourceFile,
): ProgramClass[] {
  const counted = countedClassesOf(ts, sourceFile, config, countedClassesFor(config));
  if (counted.length === 0 || program.isSourceFileFromExternalLibrary(sourceFile)) return [];
  return counted.flatMap((cls) => {
    const symbol = symbolOfClass(checker, cls.declaration);
    return symbol ? [{ ...cls, symbol }] : [];
  });
}

/** Whether the file declares a class the config counts: a file without one holds no implementation. */
export function declaresCountedClass(ts: Typescript, sourceFile: TS.SourceFile, config: SsotConfig): boolean {
  return countedClassesOf(ts, sourceFile, config, countedClassesFor(config)).length > 0;
}

function countedClassesFor(config: SsotConfig): WeakMap<TS.SourceFile, readonly CountedClass[]> {
  let countedByFile = countedClassesByConfig.get(config);
  if (!countedByFile) {
    countedByFile = new WeakMap();
    countedClassesByConfig.set(config, countedByFile);
  }
  return countedByFile;
}

function countedClassesOf(
  ts: Typescript,
  sourceFile: TS.SourceFile,
  config: SsotConfig,
  countedByFile: WeakMap<TS.SourceFile, readonly CountedClass[]>,
): readonly CountedClass[] {
  let counted = countedByFile.get(sourceFile);
  if (!counted) {
    counted = findCountedClasses(ts, sourceFile, config);
    countedByFile.set(sourceFile, counted);
  }
  return counted;
}

function findCountedClasses(ts: Typescript, sourceFile: TS.SourceFile, config: SsotConfig): CountedClass[] {
  const file = normalizePath(sourceFile.fileName);
  if (sourceFile.isDeclarationFile || file.includes('/node_modules/')) return [];
  const relative = path.relative(config.dir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
  if (config.isTestFile(file) || config.isIgnored(file)) return [];
  const displayFile = normalizePath(relative);
  return findDeclaredClasses(ts, sourceFile).map((declared) => ({ ...declared, file, displayFile }));
}

function symbolOfClass(checker: TS.TypeChecker, node: TS.ClassLikeDeclaration): TS.Symbol | undefined {
  return node.name ? checker.getSymbolAtLocation(node.name) : checker.getTypeAtLocation(node).getSymbol();
}
