import * as ts from 'typescript';
import { runCheck } from 'ssot-core';
import type { Project } from '../generators/project-pool';
import type { RenderedFile } from '../generators/test-file';
import { bindingsOf } from './bound-uses';
import { bindingChanges } from './compare-bindings';
import { unreportedLegacySites } from './legacy-sites';
import { RULE_ID, type FixResult, type Fixer, type TypedLinter } from './lint-fix';

export type Invariant =
  | '(1) the engine never throws'
  | '(2) every fixed file parses'
  | '(3) one fix pass reaches the fixpoint: a second changes nothing'
  | '(4) every import binds the same declaration'
  | '(5) no legacy import is left unless reported as not fixable'
  | '(6) with type information: one pass binds the same declarations and leaves nothing to fix'
  | 'generator: the generated file is valid';

export interface CaseFailure {
  readonly file: RenderedFile;
  readonly invariant: Invariant;
  readonly problems: readonly string[];
  readonly output: string | undefined;
}

/** Counts that show the property is not passing vacuously; printed after each run. */
export interface CaseStats {
  cases: number;
  fixedFiles: number;
  findingsWithoutFix: number;
  usesCompared: number;
  usesUnresolvedBefore: number;
  typeErrorsBefore: number;
  /** Files the typed rule (invariant 6) changed in its one pass. */
  typedFixedFiles: number;
}

export function emptyStats(): CaseStats {
  return { cases: 0, fixedFiles: 0, findingsWithoutFix: 0, usesCompared: 0, usesUnresolvedBefore: 0, typeErrorsBefore: 0, typedFixedFiles: 0 };
}

/**
 * Checks the five invariants on a batch of generated files: each file is linted and fixed on its own, then one
 * program per project before the fix and one after type-check the whole batch (the files never import each
 * other, so each file's verdict is its own). Returns the failures, one per failing file.
 */
export function checkBatch(fix: Fixer, files: readonly RenderedFile[], stats?: CaseStats, typed?: TypedLinter): CaseFailure[] {
  const failures = new Map<RenderedFile, CaseFailure>();
  const fixedByFile = new Map<RenderedFile, FixResult>();
  for (const file of files) {
    const { failure, result } = lintFile(fix, file, stats);
    if (failure) failures.set(file, failure);
    else fixedByFile.set(file, result as FixResult);
  }
  const byProject = new Map<Project, RenderedFile[]>();
  for (const file of fixedByFile.keys()) byProject.set(file.project, [...(byProject.get(file.project) ?? []), file]);
  for (const [project, projectFiles] of byProject) {
    for (const [file, failure] of typeCheck(project, projectFiles, fixedByFile, stats, typed)) failures.set(file, failure);
  }
  if (stats) stats.cases += files.length;
  return files.flatMap((file) => failures.get(file) ?? []);
}

function lintFile(fix: Fixer, file: RenderedFile, stats: CaseStats | undefined): { failure?: CaseFailure; result?: FixResult } {
  const fail = (invariant: Invariant, problems: string[], output?: string) => ({ failure: { file, invariant, problems, output } });
  let first: FixResult;
  let second: FixResult;
  try {
    first = fix(file.text, file.fileName);
  } catch (error) {
    return fail('(1) the engine never throws', [describeError(error)]);
  }
  const fatal = first.messages.find((message) => message.fatal);
  if (fatal) {
    const invariant = first.fixed ? '(2) every fixed file parses' : 'generator: the generated file is valid';
    return fail(invariant, [`line ${fatal.line}:${fatal.column}: ${fatal.message}`], first.output);
  }
  try {
    second = fix(first.output, file.fileName);
  } catch (error) {
    return fail('(1) the engine never throws', [`on the fixed text: ${describeError(error)}`], first.output);
  }
  if (second.fixed) {
    return fail('(3) one fix pass reaches the fixpoint: a second changes nothing', [`a second run of passes gave:\n${second.output}`], first.output);
  }
  // ESLint stops at ten passes; a user's pre-commit hook runs one `eslint --fix`. One pass must get there alone.
  const single = fix.onePass(file.text, file.fileName);
  if (single !== first.output) {
    return fail('(3) one fix pass reaches the fixpoint: a second changes nothing', [`one pass gave:\n${single}`], first.output);
  }
  const findings = first.messages.filter((message) => message.ruleId === RULE_ID);
  const fixable = findings.filter((message) => message.fix);
  if (fixable.length > 0) {
    return fail('(5) no legacy import is left unless reported as not fixable', fixable.map((m) => `line ${m.line}:${m.column} still has a fix: ${m.message}`), first.output);
  }
  if (stats) {
    stats.fixedFiles += first.fixed ? 1 : 0;
    stats.findingsWithoutFix += findings.length;
  }
  return { result: first };
}

function typeCheck(
  project: Project,
  files: readonly RenderedFile[],
  fixed: ReadonlyMap<RenderedFile, FixResult>,
  stats: CaseStats | undefined,
  typed: TypedLinter | undefined,
): Map<RenderedFile, CaseFailure> {
  const before = project.compiler.program(new Map(files.map((file) => [file.fileName, file.text])));
  const after = project.compiler.program(new Map(files.map((file) => [file.fileName, (fixed.get(file) as FixResult).output])), before);
  const failures = new Map<RenderedFile, CaseFailure>();
  for (const file of files) {
    const result = fixed.get(file) as FixResult;
    const fail = (invariant: Invariant, problems: readonly string[]) => {
      if (!failures.has(file)) failures.set(file, { file, invariant, problems, output: result.output });
    };
    const was = bindingsOf(before, file.fileName, project.root);
    const now = bindingsOf(after, file.fileName, project.root);
    if (was.syntaxErrors.length > 0) fail('generator: the generated file is valid', was.syntaxErrors.map(diagnosticText));
    if (now.syntaxErrors.length > 0) fail('(2) every fixed file parses', now.syntaxErrors.map(diagnosticText));
    for (const program of [before, after]) {
      try {
        runCheck('canonical-import', { ts, sourceFile: program.getSourceFile(file.fileName) as ts.SourceFile, program });
      } catch (error) {
        fail('(1) the engine never throws', [`with type information${program === after ? ', on the fixed text' : ''}: ${describeError(error)}`]);
      }
    }
    const changes = bindingChanges(was, now);
    if (changes.length > 0) fail('(4) every import binds the same declaration', changes);
    const unreported = unreportedLegacySites(after.getSourceFile(file.fileName) as ts.SourceFile, after.getTypeChecker(), project, result.messages);
    if (unreported.length > 0) fail('(5) no legacy import is left unless reported as not fixable', unreported);
    if (typed) {
      const problems = typedPass(typed, project, file, before, was, stats);
      if (problems.length > 0) fail('(6) with type information: one pass binds the same declarations and leaves nothing to fix', problems);
    }
    if (stats) {
      const values = [...was.uses.values()];
      stats.usesCompared += values.length;
      stats.usesUnresolvedBefore += values.filter((bound) => bound === undefined).length;
      stats.typeErrorsBefore += was.semantic.length;
    }
  }
  return failures;
}

/**
 * The rule with type information on one file of the batch: one pass of its fixes, then a program over the fixed
 * text must bind what the original bound (invariant 4's comparison), and the typed rule must find nothing left
 * to fix in it.
 */
function typedPass(
  typed: TypedLinter,
  project: Project,
  file: RenderedFile,
  before: ts.Program,
  was: ReturnType<typeof bindingsOf>,
  stats: CaseStats | undefined,
): string[] {
  let pass: ReturnType<TypedLinter['onePass']>;
  try {
    pass = typed.onePass(file.text, file.fileName, before);
  } catch (error) {
    return [`the typed rule threw: ${describeError(error)}`];
  }
  const fatal = pass.messages.find((message) => message.fatal);
  if (fatal) return [`the typed lint could not parse: ${fatal.message}`];
  if (pass.output === file.text) return [];
  if (stats) stats.typedFixedFiles += 1;
  const after = project.compiler.program(new Map([[file.fileName, pass.output]]), before);
  const problems = bindingChanges(was, bindingsOf(after, file.fileName, project.root)).map((problem) => `typed fix: ${problem}`);
  if (problems.length > 0) return [...problems, `typed output:\n${pass.output}`];
  const left = typed.lint(pass.output, file.fileName, after).filter((message) => message.ruleId === RULE_ID && message.fix);
  return left.map((message) => `after one typed pass, line ${message.line}:${message.column} still has a fix: ${message.message}\ntyped output:\n${pass.output}`);
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function diagnosticText(diagnostic: ts.Diagnostic): string {
  const position = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
  const where = position ? `line ${position.line + 1}:${position.character + 1}: ` : '';
  return `${where}TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
}
