import { SsotConfigError } from 'ssot-config';
import { runAuditCommand, type CommandIo } from './audit-command';
import { runCheckCommand } from './check-command';
import { parseCommand } from './cli-args';
import { CliError } from './cli-error';
import { runEditorSettingsCommand } from './editor-settings-command';
import { AUDIT_HELP, CHECK_HELP, EDITOR_SETTINGS_HELP, LSP_HELP, MAIN_HELP } from './help';
import { assertTypescriptLibrary } from './typescript-library';

const EXIT_USAGE = 2;

/** Entry point of the `ssot` command; returns the exit code (0 ok, 1 findings or a limit broken, 2 usage or config error). */
export function main(args: readonly string[], io: CommandIo = process): number {
  try {
    const command = parseCommand(args);
    if (command.kind !== 'help' && command.kind !== 'version') assertTypescriptLibrary(require('typescript') as object);
    switch (command.kind) {
      case 'help':
        io.stdout.write({ main: MAIN_HELP, audit: AUDIT_HELP, check: CHECK_HELP, lsp: LSP_HELP, 'editor-settings': EDITOR_SETTINGS_HELP }[command.topic]);
        return 0;
      case 'version':
        io.stdout.write(`${version()}\n`);
        return 0;
      case 'audit':
        return runAuditCommand(command, io);
      case 'check':
        return runCheckCommand(command, io);
      case 'editor-settings':
        return runEditorSettingsCommand(command, io);
      case 'lsp':
        // Loaded only here: the other commands never load the language server library.
        (require('./lsp/lsp-server') as typeof import('./lsp/lsp-server')).startLspServer();
        return 0;
    }
  } catch (error) {
    // Errors the user can act on carry their whole message; anything else is a bug and keeps its stack.
    if (error instanceof CliError || error instanceof SsotConfigError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_USAGE;
    }
    // Never exit 1 on a crash: 1 means "a limit is broken", and a CI gate must not read a bug as that.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`ssot: internal error; please report it with this output.\n${detail}\n`);
    return EXIT_USAGE;
  }
}

function version(): string {
  const pkg = require('../package.json') as { version: string };
  return pkg.version;
}
