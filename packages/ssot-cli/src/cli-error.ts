/**
 * A problem the user can act on (a usage mistake, a missing or broken tsconfig, a bad baseline file). main()
 * prints its message alone, without a stack trace, and exits with code 2.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}
