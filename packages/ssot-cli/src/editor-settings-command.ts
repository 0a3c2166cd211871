import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { autoImportExclusions, autoImportKeptOffered, governingConfig } from 'ssot-core';
import type { SsotConfig } from 'ssot-config';
import { findProjectTsconfig, loadProject } from './audit/project';
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
  const project = loadProject(findProjectTsconfig(args.dir));
  const configs = new Set<SsotConfig>();
  for (const sourceFile of project.files) {
    const config = governingConfig(ts, sourceFile.fileName);
    if (config) configs.add(config);
  }
  if (configs.size === 0) {
    throw new CliError(`ssot editor-settings: no ssot.config.json governs the files of ${path.relative(process.cwd(), project.tsconfig) || project.tsconfig}. Fix: write one (ssot audit --init proposes one).`);
  }
  // A legacy module left offered is said, with why: an empty list otherwise reads as a fault.
  for (const config of configs) {
    for (const offered of autoImportKeptOffered(ts, project.program, config)) {
      io.stderr.write(`ssot editor-settings: ${offered.specifier} stays offered by auto-import: ${offered.reason}.\n`);
    }
  }
  const patterns = [...configs]
    .flatMap((config) => autoImportExclusions(ts, project.program, config))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
  const unique = [...new Set(patterns)];
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
