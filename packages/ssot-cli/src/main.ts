/** Entry point of the `ssot` command; returns the exit code. */
export function main(args: readonly string[]): number {
  process.stderr.write(`ssot: not built yet (${args.join(' ')})\n`);
  return 2;
}
