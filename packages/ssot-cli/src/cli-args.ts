import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CheckArgs } from './check-command';
import type { EditorSettingsArgs } from './editor-settings-command';
import { CliError } from './cli-error';

export type OutputFormat = 'table' | 'json' | 'markdown';

export type Command =
  | { readonly kind: 'help'; readonly topic: 'main' | 'audit' | 'check' | 'lsp' | 'editor-settings' }
  | ({ readonly kind: 'editor-settings' } & EditorSettingsArgs)
  | { readonly kind: 'lsp' }
  | { readonly kind: 'version' }
  | ({ readonly kind: 'audit' } & AuditArgs)
  | ({ readonly kind: 'check' } & CheckArgs);

export interface AuditArgs {
  readonly dir: string;
  readonly format: OutputFormat;
  readonly baseline: string | undefined;
  readonly maxLegacy: number | undefined;
  readonly init: boolean;
  readonly force: boolean;
}

const SEE_HELP = 'Run `ssot audit --help` for usage.';

/** The command line as a command; a mistake throws CliError naming the argument and pointing to --help. */
export function parseCommand(args: readonly string[]): Command {
  const [first, ...rest] = args;
  if (first === undefined) throw new CliError('ssot: no command given. Run `ssot --help` for usage.');
  if (first === '-h' || first === '--help' || first === 'help') return { kind: 'help', topic: 'main' };
  if (first === '-v' || first === '--version') return { kind: 'version' };
  if (first === 'check') return parseCheck(rest);
  if (first === 'lsp') return parseLsp(rest);
  if (first === 'editor-settings') return parseEditorSettings(rest);
  if (first !== 'audit') throw new CliError(`ssot: unknown command "${first}". Run \`ssot --help\` for usage.`);
  return parseAudit(rest);
}

/** A subcommand's arguments, strictly; a mistake throws CliError naming the subcommand and its --help. */
function parseSubcommand<Options extends NonNullable<ParseArgsConfig['options']>>(name: string, args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`ssot ${name}: ${(error as Error).message} Run \`ssot ${name} --help\` for usage.`);
  }
}

function parseAudit(args: readonly string[]): Command {
  const { values, positionals } = parseSubcommand('audit', args, {
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    baseline: { type: 'string' },
    'max-legacy': { type: 'string' },
    init: { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help', topic: 'audit' };
  if (positionals.length > 1) throw new CliError(`ssot audit: one directory at most, got ${positionals.join(', ')}. ${SEE_HELP}`);
  if (values.json && values.markdown) throw new CliError(`ssot audit: --json and --markdown exclude each other. ${SEE_HELP}`);
  if (values.force && !values.init) throw new CliError(`ssot audit: --force only applies to --init. ${SEE_HELP}`);
  const ratchet = values.baseline !== undefined || values['max-legacy'] !== undefined;
  if (values.init && (ratchet || values.json || values.markdown)) {
    throw new CliError(`ssot audit: --init writes a config; it takes no --json, --markdown, --baseline or --max-legacy. ${SEE_HELP}`);
  }
  return {
    kind: 'audit',
    dir: positionals[0] ?? '.',
    format: values.json ? 'json' : values.markdown ? 'markdown' : 'table',
    baseline: values.baseline,
    maxLegacy: parseLimit(values['max-legacy']),
    init: values.init ?? false,
    force: values.force ?? false,
  };
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new CliError(`ssot audit: --max-legacy takes a whole number of imports, got "${text}". ${SEE_HELP}`);
  return Number(text);
}

const SEE_CHECK_HELP = 'Run `ssot check --help` for usage.';
const CHECK_FORMATS = ['stylish', 'json', 'sarif'] as const;

function parseCheck(args: readonly string[]): Command {
  const { values, positionals } = parseSubcommand('check', args, {
    fix: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    project: { type: 'string', short: 'p' },
    typescript: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help', topic: 'check' };
  const format = values.format ?? 'stylish';
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`ssot check: --format takes ${CHECK_FORMATS.join(', ')}, got "${format}". ${SEE_CHECK_HELP}`);
  }
  const typescript = values.typescript;
  if (typescript !== undefined && typescript !== '6' && typescript !== '7') {
    throw new CliError(`ssot check: --typescript takes 6 or 7, got "${typescript}". ${SEE_CHECK_HELP}`);
  }
  return {
    kind: 'check',
    paths: positionals.length > 0 ? positionals : ['.'],
    fix: values.fix ?? false,
    format: format as CheckArgs['format'],
    project: values.project,
    typescript,
  };
}

function parseLsp(args: readonly string[]): Command {
  const { values, positionals } = parseSubcommand('lsp', args, {
    stdio: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help', topic: 'lsp' };
  if (positionals.length > 0 || !values.stdio) {
    throw new CliError('ssot lsp: the server speaks over stdio only. Fix: run `ssot lsp --stdio` from your editor.');
  }
  return { kind: 'lsp' };
}

function parseEditorSettings(args: readonly string[]): Command {
  const { values, positionals } = parseSubcommand('editor-settings', args, {
    write: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help', topic: 'editor-settings' };
  if (positionals.length > 1) {
    throw new CliError(`ssot editor-settings: one directory at most, got ${positionals.join(', ')}. Run \`ssot editor-settings --help\` for usage.`);
  }
  return { kind: 'editor-settings', dir: positionals[0] ?? '.', write: values.write ?? false };
}
