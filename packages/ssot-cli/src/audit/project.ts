import * as path from 'node:path';
import ts = require('typescript');
import { normalizePath, referencedTsconfigs, solutionProjects } from 'ssot-config';
import { CliError } from '../cli-error';

/** The one program of an audit, and the files in it that belong to the project. */
export interface Project {
  readonly tsconfig: string;
  /** Report paths are relative to it: the tsconfig's directory, or the directory of the solution that references it. */
  readonly root: string;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  /** Source files of the project: not from node_modules, not declaration files. */
  readonly files: readonly ts.SourceFile[];
  /** Source files of the projects it references, read in place of their built declarations. */
  readonly referencedFiles: readonly ts.SourceFile[];
  readonly isProjectFile: (sourceFile: ts.SourceFile) => boolean;
  /** `file` relative to the root, with forward slashes. */
  readonly relative: (file: string) => string;
}

/** The nearest tsconfig.json at or above `dir`, or the file itself when `dir` names one. */
export function findProjectTsconfig(dir: string): string {
  const absolute = path.resolve(dir);
  if (!ts.sys.directoryExists(absolute)) {
    if (ts.sys.fileExists(absolute) && absolute.endsWith('.json')) return absolute;
    throw new CliError(`ssot: ${dir} is not a directory. Fix: pass the project's directory (or its tsconfig.json).`);
  }
  const found = ts.findConfigFile(absolute, (file) => ts.sys.fileExists(file));
  if (!found) {
    throw new CliError(
      `ssot: no tsconfig.json in ${dir} or above it. Fix: run ssot audit in a TypeScript project, or add a tsconfig.json.`,
    );
  }
  return path.resolve(found);
}

/**
 * A tsconfig that lists no source file (a solution file that only references other projects): nothing to check.
 * `references`: the tsconfigs it references, which the fix names.
 */
export function noFilesError(tsconfig: string, references: readonly string[]): CliError {
  const named = references.map((reference) => displayPath(reference)).join(', ');
  return new CliError(
    `ssot: ${displayPath(tsconfig)} includes no files` +
      (references.length > 0 ? ' (it only references other projects)' : '') +
      '. Fix: point ssot at a project whose tsconfig lists its sources' +
      (references.length > 0 ? `: one of its references, ${named}.` : '.'),
  );
}

/** The tsconfig as TypeScript reads it; an error that stops the reading goes to `onUnrecoverable`. */
function readTsconfig(tsconfig: string, onUnrecoverable: (diagnostic: ts.Diagnostic) => void = () => undefined): ts.ParsedCommandLine | undefined {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: onUnrecoverable };
  return ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, host);
}

/**
 * The tsconfigs a command (check, audit, editor-settings) builds its programs from: the tsconfig itself; for a
 * solution-style tsconfig (no file of its own, only references), each project it stands for, as `tsc -b` builds
 * them (`solutionProjects`). The tsconfig itself when none lists a file, so that loading it says so.
 */
export function projectTsconfigs(tsconfig: string): string[] {
  const solution = solutionProjects(ts, tsconfig);
  return solution.length > 0 ? solution : [tsconfig];
}

/**
 * Builds ONE program from the tsconfig; every later step shares it and its checker. Paths are reported relative
 * to `root`, the tsconfig's directory unless a solution that references it says otherwise.
 */
export function loadProject(tsconfig: string, root = normalizePath(path.dirname(tsconfig))): Project {
  const diagnostics: ts.Diagnostic[] = [];
  const parsed = readTsconfig(tsconfig, (diagnostic) => diagnostics.push(diagnostic));
  // The JSON's own syntax errors too, which TypeScript keeps apart from `errors` (as tsc reports them): read past,
  // they would leave out whatever options follow them.
  const errors = [...diagnostics, ...(parsed ? ts.getConfigFileParsingDiagnostics(parsed) : [])].filter(
    (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error,
  );
  if (!parsed || errors.length > 0) throw new CliError(describeConfigErrors(tsconfig, errors));
  if (parsed.fileNames.length === 0) {
    throw noFilesError(tsconfig, referencedTsconfigs(ts, tsconfig));
  }
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host: sourcesOfReferencesHost(parsed.options),
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  const referencedSources = sourcesOfReferences(program);
  const isProjectFile = (sourceFile: ts.SourceFile): boolean =>
    !sourceFile.isDeclarationFile &&
    !referencedSources.has(normalizePath(sourceFile.fileName)) &&
    !program.isSourceFileFromExternalLibrary(sourceFile) &&
    !normalizePath(sourceFile.fileName).includes('/node_modules/');
  return {
    tsconfig,
    root,
    program,
    checker: program.getTypeChecker(),
    files: program.getSourceFiles().filter(isProjectFile),
    referencedFiles: program.getSourceFiles().filter((sourceFile) => referencedSources.has(normalizePath(sourceFile.fileName))),
    isProjectFile,
    relative: (file) => normalizePath(path.relative(root, file)),
  };
}

/**
 * A compiler host whose program reads the sources of referenced projects where an import leads to their built
 * declaration files, as tsserver and typescript-eslint's project service do: the classes and interfaces of
 * another workspace package are then the ones the config names, built or not, and CI sees what the editor sees.
 * (TypeScript reads the option from any host; only its watch host declares it.)
 */
function sourcesOfReferencesHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const redirecting: Pick<ts.WatchCompilerHost<ts.BuilderProgram>, 'useSourceOfProjectReferenceRedirect'> = {
    useSourceOfProjectReferenceRedirect: () => true,
  };
  return Object.assign(host, redirecting);
}

/** The files of the projects a program references, transitively: theirs to audit and check, not this project's. */
function sourcesOfReferences(program: ts.Program): Set<string> {
  const files = new Set<string>();
  const visit = (references: readonly (ts.ResolvedProjectReference | undefined)[] | undefined): void => {
    for (const reference of references ?? []) {
      if (!reference) continue;
      for (const file of reference.commandLine.fileNames) files.add(normalizePath(file));
      visit(reference.references);
    }
  };
  visit(program.getResolvedProjectReferences());
  return files;
}

function describeConfigErrors(tsconfig: string, errors: readonly ts.Diagnostic[]): string {
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  };
  const details = errors.length > 0 ? ts.formatDiagnostics(errors, host).trimEnd() : 'it cannot be read.';
  return (
    `ssot: ${displayPath(tsconfig)} cannot be used to build the program:\n${details}\n` +
    `Fix: correct the tsconfig (\`tsc -p ${displayPath(tsconfig)}\` reports the same), or, if a solution's reference leads to it, the reference.`
  );
}

/** A path as the user would type it from the working directory. */
export function displayPath(file: string): string {
  return normalizePath(path.relative(process.cwd(), file)) || '.';
}
