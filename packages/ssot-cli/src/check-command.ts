import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, onePassEdits } from 'ssot-core';
import { findProjectTsconfig, loadProject } from './audit/project';
import type { CommandIo } from './audit-command';
import { checkProject, pathsOutsideProject, type FileFindings } from './check/check-findings';
import { formatJson, formatSarif, formatStylish, type CheckFormat } from './check/formats';
import { CliError } from './cli-error';
import { createProgress } from './progress';

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
  if (args.typescript === '7') {
    throw new CliError(
      'ssot check: the TypeScript 7 backend is not available yet; ssot runs on TypeScript 6 (or 5.9). ' +
        'Fix: run without --typescript (or with --typescript 6), with TypeScript 6 installed beside TypeScript 7.',
    );
  }
  for (const entry of args.paths) {
    if (!fs.existsSync(entry)) throw new CliError(`ssot check: ${entry} does not exist. Fix: pass files or directories of the project.`);
  }
  const tsconfig = args.project === undefined ? findProjectTsconfig('.') : path.resolve(args.project);
  if (!fs.existsSync(tsconfig)) throw new CliError(`ssot check: --project ${args.project}: no such file. Fix: name the project's tsconfig.json.`);
  const progress = createProgress(io.stderr);
  let files: FileFindings[];
  let fixed = 0;
  // Each pass checks a program built afresh; after the last fix pass, one more check lists what is left.
  for (let pass = 1; ; pass++) {
    progress.phase(pass === 1 ? 'building the program' : `after fix pass ${pass - 1}: building the program`);
    const project = loadProject(tsconfig);
    progress.phase(pass === 1 ? 'checking' : `after fix pass ${pass - 1}: checking`);
    if (pass === 1) {
      // A file the tsconfig does not include is not in the program: say so rather than pass it in silence.
      for (const entry of pathsOutsideProject(project, args.paths)) {
        io.stderr.write(
          `ssot check: ${entry}: no file of ${path.relative(process.cwd(), tsconfig) || tsconfig}'s program is there, so nothing there was checked. ` +
            'Fix: pass files the tsconfig includes, or name the tsconfig that does with --project.\n',
        );
      }
    }
    files = checkProject(project, args.paths);
    if (!args.fix || pass > MAX_FIX_PASSES) break;
    const applied = writeFixes(files);
    fixed += applied;
    if (applied === 0) break;
  }
  progress.end();
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

/** Applies one fix pass (the engine's onePassEdits, as ESLint makes a pass) to each file; returns how many fixes it applied. */
function writeFixes(files: readonly FileFindings[]): number {
  let applied = 0;
  for (const entry of files) {
    const fixes = entry.findings.flatMap((finding) => (finding.fixEdits ? [finding.fixEdits] : []));
    const edits = onePassEdits(fixes);
    const output = edits.length === 0 ? undefined : applyEdits(entry.text, edits);
    if (output === undefined) continue;
    const raw = fs.readFileSync(entry.file, 'utf8');
    fs.writeFileSync(entry.file, (raw.startsWith(BOM) ? BOM : '') + output);
    applied += fixes.filter((fix) => fix.every((edit) => edits.includes(edit))).length;
  }
  return applied;
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
