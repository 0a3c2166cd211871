import * as path from 'node:path';

/** One thing wrong with a config file: where, what, and how to fix it. */
export interface ConfigProblem {
  readonly line: number;
  readonly column: number;
  /** JSON path such as `symbols[0].legacy[1].module`; empty for the file as a whole. */
  readonly jsonPath: string;
  readonly message: string;
  readonly fix: string;
}

/**
 * A config file that cannot be used. Its message names the file, each place and each fix, and it carries no
 * stack trace: ESLint prints `stack` for errors thrown by rules, and a user needs the message, not our frames.
 */
export class SsotConfigError extends Error {
  override readonly name = 'SsotConfigError';

  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(formatProblems(file, problems));
    this.stack = this.message;
  }
}

export function formatProblem(file: string, problem: ConfigProblem): string {
  const place = problem.jsonPath ? ` ${problem.jsonPath}:` : '';
  return `${file}:${problem.line}:${problem.column}:${place} ${problem.message} Fix: ${problem.fix}`;
}

function formatProblems(file: string, problems: readonly ConfigProblem[]): string {
  const shown = path.relative(process.cwd(), file) || file;
  const count = problems.length === 1 ? 'an error' : `${problems.length} errors`;
  return [
    `ssot: ${shown} has ${count}; ssot checks cannot run until it is fixed.`,
    ...problems.map((problem) => `  ${formatProblem(shown, problem)}`),
  ].join('\n');
}
