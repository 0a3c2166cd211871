import { CliError } from './cli-error';

/**
 * ssot parses and resolves in this process, with the TypeScript library (6, or 5.9). A project whose
 * `typescript` is 7 has none: its package holds a native compiler and an API over a pipe, not the library. Says
 * so, with the fix, before any command needs it.
 */
export function assertTypescriptLibrary(typescript: { readonly version?: unknown; readonly createSourceFile?: unknown }): void {
  if (typeof typescript.createSourceFile === 'function') return;
  const version = typeof typescript.version === 'string' ? typescript.version : 'unknown';
  throw new CliError(
    `ssot: the \`typescript\` package here is TypeScript ${version}, which has no library ssot can run in this process ` +
      '(TypeScript 7 ships a native compiler). ssot needs TypeScript 6 (or 5.9) beside it, and uses TypeScript 7 too ' +
      'when it is installed under another name. Fix: in package.json, "typescript": "npm:@typescript/typescript6@^6" ' +
      'and "@typescript/native": "npm:typescript@~7.0.2", then npm install.',
  );
}
