import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { createModuleResolver, normalizePath, readCompilerOptions, type ModuleResolver, type ResolutionMode } from 'ssot-config';
import type { FileFacts } from '../../checks-may-report';
import { rememberParse } from '../../export-map';
import { findModuleSites, loadModeOfSite, type ModuleSite, type SiteKind } from '../../module-sites';
import type { Typescript7Ast, Typescript7Project, Typescript7Symbol } from './api-types';
import { classNamePositions } from './name-positions';
import { typescript7Program } from './typed-program';

// One pass of the TypeScript 7 backend: the project's files as its program lists them, those the checks need
// parsed, and where each specifier leads by its checker.

type Typescript = typeof TS;

const REQUIRE_WORD = /\brequire\b/;

/** One pass over the project as TypeScript 7 sees it now. */
export interface Typescript7Pass {
  /** The project's own source files (no declaration file, nothing from a library) that the checks need, parsed. */
  readonly files: readonly TS.SourceFile[];
  /** Every one of the project's own source files, parsed or not (see PassOptions.mayReport). */
  readonly fileNames: readonly string[];
  /** Where specifiers lead: TypeScript 7's program for every module site of those files. */
  readonly modules: ModuleResolver;
  /**
   * Specifiers the last pass's checks asked about before any file wrote them (a fix's proof asks where the
   * specifier it would write leads, which only TypeScript's resolver can answer then), that a file now writes
   * and TypeScript 7's program leads elsewhere: the proof of the fix that wrote them assumed another module.
   */
  readonly unconfirmed: readonly UnconfirmedResolution[];
  /**
   * The program the type checks read (see typescript7Program), made on first call: TypeScript 7's checker, and
   * TypeScript 6's parse of each file, those of `files` first, others parsed when first asked for.
   */
  typedProgram(): TS.Program;
}

/** A specifier TypeScript's resolver led to `assumed` and TypeScript 7's program leads to `actual`. */
export interface UnconfirmedResolution {
  readonly containingFile: string;
  readonly specifier: string;
  /** Undefined where TypeScript's resolver found no file. */
  readonly assumed: string | undefined;
  readonly actual: string;
}

export interface PassOptions {
  /** The files written, created or deleted since the last pass. */
  readonly changed: readonly string[];
  /**
   * Leaves unparsed the files where it says no check can report; never one about which the last pass's checks
   * asked where a specifier leads (see Typescript7Pass.unconfirmed).
   */
  readonly mayReport?: MayReport | undefined;
  /**
   * Says of a file whether the type checks will ask about its class names (its config declares a protocol): they
   * are asked with its module sites, in the same round trip, and kept for the pass's typedProgram.
   */
  readonly classNamesAhead?: ((fileName: string) => boolean) | undefined;
}

/**
 * What a host's passes know of where specifiers lead, across its passes (no fix moves a file or changes an
 * option, so an answer holds for the whole run): TypeScript 7's answers, and the last pass's answers that came
 * from TypeScript's resolver, to be checked against TypeScript 7's once a file writes the specifier.
 */
export interface ResolutionMemory {
  readonly learned: Map<string, string>;
  assumed: Map<string, { readonly specifier: string; readonly containingFile: string; readonly answer: string | undefined }>;
}

/**
 * Tells which files a pass must parse: those in which some check may report, from each file's text and where the
 * specifiers its statements write lead (the engine's checksMayReport), which it asks for only where the text
 * does not decide: TypeScript 7's list of the file's module references, each resolved by its program. A file it
 * rules out is read, and asked of TypeScript 7, but not parsed or checked.
 */
export type MayReport = (fileName: string, text: string, facts: FileFacts) => boolean;

/** The numbers of TypeScript 7's enums this backend reads. */
export interface CompilerKinds {
  /** SyntaxKind.SourceFile: a module that is a file. */
  readonly sourceFile: number;
  /** SymbolFlags.Alias: an import or re-export. */
  readonly alias: number;
}

export function readPass(
  ts: Typescript,
  tsconfig: string,
  project: Typescript7Project,
  kinds: CompilerKinds,
  memory: ResolutionMemory,
  options: PassOptions,
  ast: Typescript7Ast,
): Typescript7Pass {
  const base = createModuleResolver(ts, readCompilerOptions(ts, tsconfig), tsconfig);
  const fileNames = project.program.getSourceFileNames().filter((fileName) => isProjectFile(project, fileName));
  const answers = new Map<string, string>();
  /** Answers for the files left unparsed, by file and specifier: a specifier a file writes twice, in two modes
   * that TypeScript 7 leads to two files, has none. */
  const unparsedAnswers = new Map<string, string | null>();
  const names = projectFileNames(ts, project);
  /** The module file a symbol at a specifier stands for. */
  const moduleFileOf = (symbol: Typescript7Symbol | undefined) => {
    const declaration = symbol?.declarations?.[0];
    // A module that is a file. Where TypeScript 7 gives none (an ambient `declare module`, a script that is not
    // a module, a `require()` it does not read in a .ts file), the resolver answers as it does on TypeScript 6.
    return declaration?.kind === kinds.sourceFile ? base.sourceFileOf(names(declaration.path)) : undefined;
  };
  /** TypeScript 7's module file for each position, in one call per file. */
  const moduleFilesAt = (fileName: string, positions: readonly number[]) =>
    project.checker.getSymbolAtPosition(fileName, positions).map(moduleFileOf);
  /** What TypeScript 7 answered for sites by sharedSiteKey: a directory's files mostly import alike. */
  const byDirectory = new Map<string, string | undefined>();
  const classNamesAsked = new Map<string, ReadonlyMap<number, Typescript7Symbol | undefined>>();
  /** The files declaring what the name at each position refers to, through aliases (one call per alias). */
  const declarationFilesAt = (fileName: string, positions: readonly number[]) =>
    project.checker.getSymbolAtPosition(fileName, positions).map((symbol) => {
      if (!symbol) return null;
      const target = symbol.flags & kinds.alias ? project.checker.getAliasedSymbol(symbol) : symbol;
      return (target.declarations ?? []).map((declaration) => base.sourceFileOf(names(declaration.path)));
    });
  // A file about which the last pass's checks asked TypeScript's resolver is parsed, so that its sites' answers
  // (by mode) can confirm those answers.
  const asked = new Set([...memory.assumed.values()].map((entry) => normalizePath(entry.containingFile)));
  const files: TS.SourceFile[] = [];
  for (const fileName of fileNames) {
    let known = new Map<number, string | undefined>();
    const read = readSource(ts, fileName);
    if (options.mayReport && !asked.has(normalizePath(fileName))) {
      const judged = judgeUnparsed(options.mayReport, fileName, read.text, {
        references: () => moduleReferences(project, fileName),
        moduleFilesAt: (positions) => moduleFilesAt(fileName, positions),
        declarationFilesAt: (positions) => declarationFilesAt(fileName, positions),
        resolve: (specifier, mode) => base.resolve(specifier, fileName, mode),
        format: base.fileFormat(fileName),
      });
      // What TypeScript 7 answered is kept: for the sites of the parse, or for the file left unparsed.
      known = judged.known;
      if (!judged.mayReport) {
        for (const [position, specifier] of judged.specifiers) {
          const key = looseKey(specifier, fileName);
          const file = known.get(position) ?? null;
          unparsedAnswers.set(key, unparsedAnswers.has(key) && unparsedAnswers.get(key) !== file ? null : file);
        }
        continue;
      }
    }
    const sourceFile = parseSource(ts, fileName, read);
    files.push(sourceFile);
    const sites = findModuleSites(ts, sourceFile);
    const namesAhead = options.classNamesAhead?.(fileName) ? [...new Set(classNamePositions(ts, sourceFile))] : [];
    if (sites.length === 0 && namesAhead.length === 0) continue;
    const format = base.fileFormat(fileName);
    const directory = normalizePath(path.dirname(fileName));
    // Before the closing quote: inside the literal, the position the checker reads as the specifier.
    const positions = sites.map((site) => site.specifier.end - 1);
    const shared = sites.map((site) => sharedSiteKey(ts, site, directory, format));
    shared.forEach((key, index) => {
      const position = positions[index] ?? -1;
      if (key !== undefined && !known.has(position) && byDirectory.has(key)) known.set(position, byDirectory.get(key));
    });
    const unasked = positions.filter((position) => !known.has(position));
    if (unasked.length > 0 || namesAhead.length > 0) {
      const found = project.checker.getSymbolAtPosition(fileName, [...unasked, ...namesAhead]);
      unasked.forEach((position, index) => known.set(position, moduleFileOf(found[index])));
      if (namesAhead.length > 0) {
        classNamesAsked.set(fileName, new Map(namesAhead.map((position, index) => [position, found[unasked.length + index]])));
      }
    }
    sites.forEach((site, index) => {
      const position = positions[index] ?? -1;
      const file = known.get(position);
      const key = shared[index];
      if (key !== undefined && known.has(position) && !byDirectory.has(key)) byDirectory.set(key, file);
      if (file !== undefined) answers.set(answerKey(site.specifier.text, fileName, loadModeOfSite(ts, site, format)), file);
    });
  }
  const unconfirmed = [...memory.assumed].flatMap(([key, { specifier, containingFile, answer }]) => {
    const actual = answers.get(key);
    return actual === undefined || actual === answer ? [] : [{ containingFile, specifier, assumed: answer, actual }];
  });
  for (const [key, answer] of answers) memory.learned.set(key, answer);
  const assumed: ResolutionMemory['assumed'] = new Map();
  memory.assumed = assumed;
  const modules: ModuleResolver = {
    compilerOptions: base.compilerOptions,
    tsconfig: base.tsconfig,
    stats: base.stats,
    fileFormat: (file) => base.fileFormat(file),
    sourceFileOf: (file) => base.sourceFileOf(file),
    resolve(specifier, containingFile, mode) {
      const key = answerKey(specifier, containingFile, mode);
      const known = answers.get(key) ?? unparsedAnswers.get(looseKey(specifier, containingFile)) ?? memory.learned.get(key);
      if (known !== undefined) return known;
      const answer = base.resolve(specifier, containingFile, mode);
      assumed.set(key, { specifier, containingFile, answer });
      return answer;
    },
  };
  let typed: TS.Program | undefined;
  const typedProgram = () => {
    typed ??= typescript7Program({ ts, ast, project, fileNames, sourceFileOf: parsedFiles(ts, files), fileNameOf: names, classNamesAsked });
    return typed;
  };
  return { files, fileNames, modules, unconfirmed, typedProgram };
}

/** A file's parse: the pass's own, else the file on disk parsed once; undefined for a file not on disk. */
function parsedFiles(ts: Typescript, files: readonly TS.SourceFile[]): (fileName: string) => TS.SourceFile | undefined {
  const parsed = new Map<string, TS.SourceFile | null>(files.map((file) => [normalizePath(file.fileName), file]));
  return (fileName) => {
    const key = normalizePath(fileName);
    let found = parsed.get(key);
    if (found === undefined) {
      const text = fs.existsSync(fileName) ? ts.sys.readFile(fileName) : undefined;
      found = text === undefined ? null : ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
      parsed.set(key, found);
    }
    return found ?? undefined;
  };
}

/** What a pass asks TypeScript 7 (and TypeScript's resolver) about one file. */
interface FileQuestions {
  readonly references: () => { specifier: string; position: number }[] | undefined;
  readonly moduleFilesAt: (positions: readonly number[]) => (string | undefined)[];
  readonly declarationFilesAt: (positions: readonly number[]) => (string[] | null)[];
  readonly resolve: (specifier: string, mode: ResolutionMode | undefined) => string | undefined;
  readonly format: ResolutionMode | undefined;
}

/**
 * Asks `mayReport` whether some check may report in a file, answering its questions about the file from the
 * compiler; returns its answer, the specifiers it was told of by position, and where TypeScript 7 leads each.
 */
function judgeUnparsed(
  mayReport: MayReport,
  fileName: string,
  text: string,
  questions: FileQuestions,
): { mayReport: boolean; specifiers: Map<number, string>; known: Map<number, string | undefined> } {
  const specifiers = new Map<number, string>();
  const known = new Map<number, string | undefined>();
  const specifierTargets = () => {
    const references = questions.references();
    if (!references) return undefined;
    const found = references.length === 0 ? [] : questions.moduleFilesAt(references.map((entry) => entry.position));
    // No module file from TypeScript 7: where TypeScript's resolver leads it, in each mode a statement of this
    // file can load it in (loadModeOfSite: the file's own, and `require` for `import x = require()`).
    const modes = REQUIRE_WORD.test(text) ? [questions.format, 'require' as const] : [questions.format];
    return references.flatMap((entry, index) => {
      const file = found[index];
      specifiers.set(entry.position, entry.specifier);
      known.set(entry.position, file);
      if (file !== undefined) return [{ specifier: entry.specifier, file }];
      return modes.map((mode) => ({ specifier: entry.specifier, file: questions.resolve(entry.specifier, mode) }));
    });
  };
  const answer = mayReport(fileName, text, { specifierTargets, declarationFiles: questions.declarationFilesAt });
  return { mayReport: answer, specifiers, known };
}

/**
 * The specifiers TypeScript 7 resolves for a file (its imports, re-exports, `import x = require()`, and more) and
 * the names it augments, each with a position inside its literal: its program's own list, not a scan of ours.
 * Undefined when the compiler sends no syntax tree for the file.
 */
function moduleReferences(project: Typescript7Project, fileName: string): { specifier: string; position: number }[] | undefined {
  const remote = project.program.getSourceFile(fileName);
  if (!remote) return undefined;
  // Before the closing quote: inside the literal, whatever escapes its text has.
  return [...remote.imports, ...remote.moduleAugmentations].map((literal) => ({ specifier: literal.text, position: literal.end - 1 }));
}

interface SourceText {
  readonly text: string;
  readonly mtimeMs: number | undefined;
}

/** A file's text on disk, with its modification time from before the read. */
function readSource(ts: Typescript, fileName: string): SourceText {
  let mtimeMs: number | undefined;
  try {
    mtimeMs = fs.statSync(fileName).mtimeMs;
  } catch {
    mtimeMs = undefined;
  }
  return { text: ts.sys.readFile(fileName) ?? '', mtimeMs };
}

/** The text parsed; the parse is offered to the export maps while the file keeps that modification time. */
function parseSource(ts: Typescript, fileName: string, read: SourceText): TS.SourceFile {
  const sourceFile = ts.createSourceFile(fileName, read.text, ts.ScriptTarget.Latest, true);
  if (read.mtimeMs !== undefined) rememberParse(fileName, sourceFile, read.mtimeMs);
  return sourceFile;
}

/** Statements whose specifier TypeScript resolves by the directory of their file, the specifier and the mode. */
const SHARED_SITE_KINDS: ReadonlySet<SiteKind> = new Set(['import', 'export', 'side-effect', 'export-all']);

/**
 * The key under which a site's answer holds for every file of its directory: TypeScript resolves a specifier by
 * the directory it is written in and the mode it is loaded in, whatever the file. Undefined for a site whose
 * answer is not shared: a call, a type, an `import x = require()`, a statement with import attributes (which can
 * set the mode).
 */
function sharedSiteKey(ts: Typescript, site: ModuleSite, directory: string, format: ResolutionMode | undefined): string | undefined {
  if (!SHARED_SITE_KINDS.has(site.kind)) return undefined;
  const statement = site.node as TS.ImportDeclaration | TS.ExportDeclaration;
  if (statement.attributes) return undefined;
  return `${site.kind}\0${loadModeOfSite(ts, site, format) ?? ''}\0${directory}\0${site.specifier.text}`;
}

function looseKey(specifier: string, containingFile: string): string {
  return `${normalizePath(containingFile)}\0${specifier}`;
}

function answerKey(specifier: string, containingFile: string, mode: ResolutionMode | undefined): string {
  return `${mode ?? ''}\0${normalizePath(containingFile)}\0${specifier}`;
}

function isProjectFile(project: Typescript7Project, fileName: string): boolean {
  const normalized = normalizePath(fileName);
  if (normalized.includes('/node_modules/') || /\.d\.[cm]?ts$|\.d\.[^/]+\.ts$/.test(normalized)) return false;
  return project.program.getSourceFileMetadata(fileName)?.isFromExternalLibrary !== true;
}

/** A declaration's file name from its path (TypeScript 7 lower-cases paths where file names ignore case). */
function projectFileNames(ts: Typescript, project: Typescript7Project): (declarationPath: string) => string {
  if (ts.sys.useCaseSensitiveFileNames) return (declarationPath) => declarationPath;
  const names = new Map(project.program.getSourceFileNames().map((fileName) => [fileName.toLowerCase(), fileName]));
  return (declarationPath) => names.get(declarationPath.toLowerCase()) ?? declarationPath;
}
