import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { autoImportExclusions, autoImportKeptOffered, governingConfig, NOT_IN_PROGRAM } from 'ssot-core';
import type { SsotConfig } from 'ssot-config';
import { findProjectTsconfig, loadProject, projectTsconfigs } from './audit/project';
import type { CommandIo } from './audit-command';
import { CliError } from './cli-error';

export interface EditorSettingsArgs {
  readonly dir: string;
  readonly write: boolean;
}

/** The VS Code setting that carries TypeScript's `autoImportFileExcludePatterns` to its tsserver. */
export const EXCLUDE_SETTING = 'typescript.preferences.autoImportFileExcludePatterns';

/**
 * `ssot editor-settings [dir] [--write]`: the auto-import preferences that steer an editor without the tsserver
 * plugin (TypeScript 7 loads none) away from legacy modules: the legacy files the engine says auto-import can
 * leave out, by their exact paths relative to `dir` (the workspace root), never by a file name. Prints the
 * setting, or with --write merges it into `dir/.vscode/settings.json`, keeping every other setting, comment
 * and pattern there.
 */
export function runEditorSettingsCommand(args: EditorSettingsArgs, io: CommandIo): number {
  const root = path.resolve(args.dir);
  const tsconfig = findProjectTsconfig(args.dir);
  // A solution-style tsconfig stands for the projects it references: the editor opens each of them.
  const projects = projectTsconfigs(tsconfig).map((project) => loadProject(project));
  const patterns = new Set<string>();
  /** Why each legacy module stays offered, by the projects that keep it (one left out elsewhere is left out). */
  const kept = new Map<string, { reasons: string[]; projects: number }>();
  let governed = 0;
  for (const project of projects) {
    const configs = new Set<SsotConfig>();
    for (const sourceFile of project.files) {
      const config = governingConfig(ts, sourceFile.fileName);
      if (config) configs.add(config);
    }
    if (configs.size === 0) continue;
    governed += 1;
    const keptHere = new Map<string, string>();
    for (const config of configs) {
      for (const offered of autoImportKeptOffered(ts, project.program, config)) keptHere.set(offered.specifier, offered.reason);
      for (const file of autoImportExclusions(ts, project.program, config)) {
        patterns.add(path.relative(root, file).split(path.sep).join('/'));
      }
    }
    for (const [specifier, reason] of keptHere) {
      const entry = kept.get(specifier) ?? { reasons: [], projects: 0 };
      entry.reasons.push(reason);
      entry.projects += 1;
      kept.set(specifier, entry);
    }
  }
  if (governed === 0) {
    throw new CliError(`ssot editor-settings: no ssot.config.json governs the files of ${path.relative(process.cwd(), tsconfig) || tsconfig}. Fix: write one (ssot audit --init proposes one).`);
  }
  // A legacy module left offered is said, with why: an empty list otherwise reads as a fault. A project whose
  // program lacks the module gives the weakest reason; another project's is said first.
  for (const [specifier, { reasons, projects: keeping }] of kept) {
    if (keeping < governed) continue;
    const reason = reasons.find((candidate) => candidate !== NOT_IN_PROGRAM) ?? reasons[0];
    io.stderr.write(`ssot editor-settings: ${specifier} stays offered by auto-import: ${reason}.\n`);
  }
  const unique = [...patterns].sort();
  if (!args.write) {
    io.stdout.write(`${JSON.stringify({ [EXCLUDE_SETTING]: unique }, null, 2)}\n`);
    return 0;
  }
  const settingsFile = path.join(root, '.vscode', 'settings.json');
  const added = writeSetting(settingsFile, unique);
  io.stdout.write(`${settingsFile}: ${EXCLUDE_SETTING} ${added.length === 0 ? 'already lists every legacy file' : `gained ${added.join(', ')}`}\n`);
  return 0;
}

/** Adds the patterns the setting lacks, keeping the file's other text as it is; returns the patterns added. */
function writeSetting(settingsFile: string, patterns: readonly string[]): string[] {
  const text = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : '{}\n';
  const errors: ParseError[] = [];
  const parsed: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const first = errors[0];
    const where = first ? ` at offset ${first.offset} (${printParseErrorCode(first.error)})` : '';
    throw new CliError(`ssot editor-settings: ${settingsFile} is not a JSON object${where}; nothing was written. Fix: repair it, or run without --write and paste the setting.`);
  }
  const settings = parsed as Record<string, unknown>;
  const existing = Array.isArray(settings[EXCLUDE_SETTING]) ? (settings[EXCLUDE_SETTING] as unknown[]).filter((entry): entry is string => typeof entry === 'string') : [];
  const added = patterns.filter((pattern) => !existing.includes(pattern));
  if (added.length === 0) return [];
  const edits = modify(text, [EXCLUDE_SETTING], [...existing, ...added], { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, applyEdits(text, edits));
  return added;
}
