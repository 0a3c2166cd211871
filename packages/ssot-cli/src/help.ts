export const MAIN_HELP = `ssot: make a consolidation onto a single source of truth measurable and enforceable.

Usage:
  ssot audit [dir] [options]   find the fragmentation, measure the migration, gate CI on progress
  ssot --help | --version

Run \`ssot audit --help\` for the audit's options.
`;

export const AUDIT_HELP = `Usage: ssot audit [dir] [options]

Builds one program from the nearest tsconfig.json at or above dir (default: .) and reports:
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
  --init               write a starting ssot.config.json next to the tsconfig from what discovery found
  --force              with --init: replace an existing ssot.config.json

  -h, --help           show this help

Exit codes: 0 clean or within limits; 1 a figure rose or a limit is exceeded; 2 usage, tsconfig or config error.
`;
