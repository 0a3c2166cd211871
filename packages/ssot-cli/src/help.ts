export const MAIN_HELP = `ssot: make a consolidation onto a single source of truth measurable and enforceable.

Usage:
  ssot check [paths...] [options]  the checks of the ESLint rules, without ESLint: CI gate, pre-commit, SARIF
  ssot audit [dir] [options]       find the fragmentation, measure the migration, gate CI on progress
  ssot lsp --stdio                 a language server: ssot's diagnostics and fixes in any editor
  ssot editor-settings [dir]       auto-import preferences that avoid legacy files, for editors without the plugin
  ssot --help | --version

Run \`ssot check --help\` or \`ssot audit --help\` for their options.
`;

export const CHECK_HELP = `Usage: ssot check [paths...] [options]

Runs every ssot check (the five rules of eslint-plugin-ssot's recommended-type-checked) over the program of a
tsconfig.json, on the files under paths (default: .), with the same findings, messages and fixes as the rules.

Options:
  --fix                  apply the proven fixes, pass after pass (at most 10) until none applies; what is left
                         is listed, each message saying why it is not fixed
  -f, --format <name>    stylish (default, as ESLint's), json (ESLint's JSON formatter's shape), sarif (2.1.0,
                         for code scanning)
  -p, --project <file>   the tsconfig.json (default: the nearest at or above the current directory)
  --typescript <6|7>     the TypeScript whose program decides the files and where specifiers lead (default: 7
                         when the project has 7.0.x installed, else 6, which includes 5.9)

Exit codes: 0 no finding, 1 findings (left after --fix), 2 usage or config error (one message naming the file,
place and fix).
`;

export const AUDIT_HELP = `Usage: ssot audit [dir] [options]

Builds one program from the nearest tsconfig.json at or above dir (default: .), or one per referenced project
of a solution-style tsconfig.json ("files": [] and references), and reports:
  discovery, with no config: exports reachable through several module paths (with each re-export chain),
    interfaces implemented by more than one class (explicitly or structurally), classes and functions of the
    same name in several modules, and re-export chains longer than one hop;
  with an ssot.config.json: per symbol, legacy imports (per legacy path), direct instantiations,
    implementations of its protocol, signature divergences, shims still present and files affected.

Output (default: a table for the terminal):
  --json               the report as JSON (schema: audit-report.schema.json in ssot-cli)
  --markdown           the report as Markdown, for a pull-request comment

CI ratchet:
  --baseline <file>    compare with a previous --json report: print each figure before -> after, and fail
                       when any figure rose
  --max-legacy <n>     fail when there are more than n legacy imports

Config:
  --init               write a starting ssot.config.json next to the tsconfig from what discovery found (on a
                       solution-style tsconfig, in the programs of all its projects)
  --force              with --init: replace an existing ssot.config.json

  -h, --help           show this help

Exit codes: 0 clean or within limits; 1 a figure rose or a limit is exceeded; 2 usage, tsconfig or config error.
`;

export const LSP_HELP = `Usage: ssot lsp --stdio

A language server over stdio that publishes ssot's diagnostics (the codes, messages and source of the tsserver
plugin) for the open TypeScript documents, with each proven fix and suggestion as a quick fix and
"source.fixAll.ssot" as fix-all. Run it beside your TypeScript language server (tsgo's or tsserver); it follows
unsaved text, edits of ssot.config.json and of files on disk. Editor setup: the README of ssot-cli.
`;

export const EDITOR_SETTINGS_HELP = `Usage: ssot editor-settings [dir] [--write]

Prints the VS Code setting typescript.preferences.autoImportFileExcludePatterns that keeps auto-import off the
legacy modules of the ssot.config.json governing the project of the nearest tsconfig.json at or above dir
(default: .): the exact legacy files, relative to dir, that auto-import can leave out without pushing anyone
onto a worse path. For editors without the tsserver plugin (TypeScript 7 loads none).

  --write   merge it into dir/.vscode/settings.json, keeping every other setting, comment and pattern there
`;
