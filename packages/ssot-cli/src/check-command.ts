import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import {
  applyEdits,
  loadTypescript7,
  onePassEdits,
  openTypescript7Host,
  Typescript7ProjectError,
  Typescript7UnavailableError,
  type Typescript7Host,
  type UnconfirmedResolution,
} from 'ssot-core';
import { referencedTsconfigs } from 'ssot-config';
import { displayPath, findProjectTsconfig, loadProject, noFilesError, projectTsconfigs } from './audit/project';
import type { CommandIo } from './audit-command';
import { checkFiles, fileNamesUnder, pathsOutsideTarget, programTarget, type CheckTarget, type FileFindings } from './check/check-findings';
import { typescript7Target } from './check/typescript7-target';
import { formatJson, formatSarif, formatStylish, type CheckFormat } from './check/formats';
import { warnOfNearerTsconfigs } from './check/nearer-tsconfigs';
import { CliError } from './cli-error';
import { createProgress, type Progress } from './progress';

export interface CheckArgs {
  readonly paths: readonly string[];
  readonly fix: boolean;
  readonly format: CheckFormat;
  readonly project: string | undefined;
  readonly typescript: '6' | '7' | undefined;
}

/** ESLint's own limit of fix passes over one file; a fix that keeps producing fixes stops here too. */
const MAX_FIX_PASSES = 10;
const BOM = '\uFEFF';

/**
 * `ssot check`: every check over the tsconfig's program, without ESLint. Exit 0 with no finding, 1 with findings
 * (after --fix: with findings left), 2 for a usage or config error (thrown, printed by main).
 */
export function runCheckCommand(args: CheckArgs, io: CommandIo): number {
  for (const entry of args.paths) {
    if (!fs.existsSync(entry)) throw new CliError(`ssot check: ${entry} does not exist. Fix: pass files or directories of the project.`);
  }
  const tsconfig = args.project === undefined ? findProjectTsconfig('.') : path.resolve(args.project);
  if (!fs.existsSync(tsconfig)) throw new CliError(`ssot check: --project ${args.project}: no such file. Fix: name the project's tsconfig.json.`);
  const projects = projectTsconfigs(tsconfig);
  const progress = createProgress(io.stderr);
  const byFile = new Map<string, FileFindings>();
  let fixed = 0;
  let outside: string[] | undefined;
  for (const project of projects) {
    const run = checkProject(project, args, io, progress, projects.length > 1 ? `${displayPath(project)}: ` : '');
    // A file two projects list is reported once, as the first project found it.
    for (const entry of run.files) if (!byFile.has(entry.file)) byFile.set(entry.file, entry);
    fixed += run.fixed;
    outside = outside ? outside.filter((entry) => run.outside.includes(entry)) : run.outside;
  }
  progress.end();
  const programs = projects.length === 1 ? `${displayPath(tsconfig)}'s program` : `the programs of ${projects.map((project) => displayPath(project)).join(', ')}`;
  // A file no project includes is in no program: say so rather than pass it in silence.
  for (const entry of outside ?? []) {
    io.stderr.write(
      `ssot check: ${entry}: no file of ${programs} is there, so nothing there was checked. ` +
        'Fix: pass files the tsconfig includes, or name the tsconfig that does with --project.\n',
    );
  }
  const files = [...byFile.values()];
  const withFindings = files.filter((entry) => entry.findings.length > 0);
  const root = path.dirname(tsconfig);
  if (args.format === 'json') io.stdout.write(formatJson(withFindings));
  else if (args.format === 'sarif') io.stdout.write(formatSarif(withFindings, root, version()));
  else {
    io.stdout.write(formatStylish(withFindings));
    if (args.fix) io.stderr.write(`ssot check --fix: ${fixed} fix${fixed === 1 ? '' : 'es'} applied; ${describeLeft(withFindings)}\n`);
  }
  return withFindings.length > 0 ? 1 : 0;
}

/** What `ssot check` found in one project, what its fix passes applied, and the paths its program has no file under. */
interface ProjectRun {
  readonly files: FileFindings[];
  readonly fixed: number;
  readonly outside: string[];
}

/** The checks over one tsconfig's program, pass after pass with --fix, on the backend the arguments choose. */
function checkProject(tsconfig: string, args: CheckArgs, io: CommandIo, progress: Progress, label: string): ProjectRun {
  const typescript7 = openBackend(args.typescript, tsconfig, io);
  let files: FileFindings[];
  let fixed = 0;
  let outside: string[] = [];
  let written: string[] = [];
  let lastFixes: WrittenFile[] = [];
  try {
    // Each pass checks a program built afresh; after the last fix pass, one more check lists what is left.
    for (let pass = 1; ; pass++) {
      const after = `${label}${pass === 1 ? '' : `after fix pass ${pass - 1}: `}`;
      progress.phase(`${after}building the program${typescript7 ? ` (TypeScript ${typescript7.version})` : ''}`);
      const target: CheckTarget = typescript7
        ? typescript7PassTarget(typescript7, written, tsconfig)
        : programTarget(loadProject(tsconfig));
      const undone = undoUnconfirmedFixes(target.unconfirmed ?? [], lastFixes, io, typescript7?.version);
      lastFixes = [];
      if (undone.length > 0) {
        // The files are as before the pass, and the backend now knows where the specifiers lead: check again.
        fixed -= undone.reduce((sum, file) => sum + file.fixes, 0);
        written = undone.map((file) => file.file);
        continue;
      }
      progress.phase(`${after}checking`);
      if (pass === 1) {
        outside = pathsOutsideTarget(target, args.paths);
        warnOfNearerTsconfigs('check', tsconfig, fileNamesUnder(target, args.paths), io.stderr);
      }
      files = checkFiles(target, args.paths);
      if (!args.fix || pass > MAX_FIX_PASSES) break;
      lastFixes = writeFixes(files);
      const applied = lastFixes.reduce((sum, file) => sum + file.fixes, 0);
      fixed += applied;
      written = lastFixes.map((file) => file.file);
      if (applied === 0) break;
    }
  } finally {
    typescript7?.close();
  }
  return { files, fixed, outside };
}

/** A file a fix pass wrote: its text before, and how many fixes the pass applied to it. */
interface WrittenFile {
  readonly file: string;
  readonly before: string;
  readonly fixes: number;
}

/** Applies one fix pass (the engine's onePassEdits, as ESLint makes a pass) to each file. */
function writeFixes(files: readonly FileFindings[]): WrittenFile[] {
  const written: WrittenFile[] = [];
  for (const entry of files) {
    const fixes = entry.findings.flatMap((finding) => (finding.fixEdits ? [finding.fixEdits] : []));
    const edits = onePassEdits(fixes);
    const output = edits.length === 0 ? undefined : applyEdits(entry.text, edits);
    if (output === undefined) continue;
    const before = fs.readFileSync(entry.file, 'utf8');
    fs.writeFileSync(entry.file, (before.startsWith(BOM) ? BOM : '') + output);
    written.push({ file: entry.file, before, fixes: fixes.filter((fix) => fix.every((edit) => edits.includes(edit))).length });
  }
  return written;
}

/**
 * A fix is proven with where each specifier it writes leads, which TypeScript 7 cannot say before a file writes
 * it: the proof asks TypeScript's resolver. Where TypeScript 7 then leads a written specifier elsewhere, the
 * proof was of another program: the file gets its text back, and says so. The files given back.
 */
function undoUnconfirmedFixes(
  unconfirmed: readonly UnconfirmedResolution[],
  lastFixes: readonly WrittenFile[],
  io: CommandIo,
  typescript7Version: string | undefined,
): WrittenFile[] {
  const undone = lastFixes.filter((written) => unconfirmed.some((entry) => sameFile(entry.containingFile, written.file)));
  for (const written of undone) {
    fs.writeFileSync(written.file, written.before);
    for (const entry of unconfirmed.filter((each) => sameFile(each.containingFile, written.file))) {
      const assumed = entry.assumed === undefined ? 'no file' : displayPath(entry.assumed);
      io.stderr.write(
        `ssot check --fix: ${displayPath(written.file)}: the fix pass's changes are undone. They write '${entry.specifier}', ` +
          `which TypeScript's resolver (the fix's proof) leads to ${assumed} and TypeScript ${typescript7Version} leads to ` +
          `${displayPath(entry.actual)}; the findings are checked again with TypeScript ${typescript7Version}'s answer.\n`,
      );
    }
  }
  return undone;
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

/**
 * TypeScript 7's compiler for the run, or undefined for TypeScript 6: `--typescript 7` requires it (exit 2 with
 * the fix when it is missing or another version), no `--typescript` takes it when the project has it installed.
 */
function openBackend(choice: CheckArgs['typescript'], tsconfig: string, io: CommandIo): Typescript7Host | undefined {
  if (choice === '6') return undefined;
  try {
    return openTypescript7Host(ts, tsconfig, loadTypescript7(path.dirname(tsconfig)));
  } catch (error) {
    // Without --typescript, a project TypeScript 7 cannot run (none installed, another version, a tsconfig it
    // rejects) is checked on TypeScript 6, as before TypeScript 7 existed; where one is installed, stderr says why.
    if (choice === undefined && isTypescript7Error(error)) {
      if (!(error instanceof Typescript7UnavailableError && !error.installed)) {
        io.stderr.write(`ssot check: checked on TypeScript ${ts.version}, not TypeScript 7: ${error.message}\n`);
      }
      return undefined;
    }
    if (isTypescript7Error(error)) throw new CliError(`ssot check --typescript 7: ${error.message}`);
    throw error;
  }
}

/** One pass on TypeScript 7; a tsconfig it rejects after a fix is one message, not a stack. */
function typescript7PassTarget(host: Typescript7Host, written: readonly string[], tsconfig: string): CheckTarget {
  try {
    const target = typescript7Target(host, written);
    // As on TypeScript 6: a tsconfig of no source file is an error, never a clean run of nothing.
    if (target.fileNames.length === 0) throw noFilesError(tsconfig, referencedTsconfigs(ts, tsconfig));
    return target;
  } catch (error) {
    if (isTypescript7Error(error)) throw new CliError(`ssot check: ${error.message}`);
    throw error;
  }
}

function isTypescript7Error(error: unknown): error is Error {
  return error instanceof Typescript7UnavailableError || error instanceof Typescript7ProjectError;
}

function describeLeft(files: readonly FileFindings[]): string {
  const left = files.flatMap((entry) => entry.findings);
  if (left.length === 0) return 'nothing left.';
  const withSuggestions = left.filter((finding) => finding.suggestions.length > 0).length;
  return (
    `${left.length} finding${left.length === 1 ? '' : 's'} left (listed above, each message says why it is not fixed` +
    (withSuggestions > 0 ? `; ${withSuggestions} with a suggestion your editor can apply` : '') +
    ').'
  );
}

function version(): string {
  return (require('../package.json') as { version: string }).version;
}
