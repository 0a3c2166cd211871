import ts = require('typescript');
import { checkNames, isCheckedSource, runCheck, type Finding } from 'ssot-core';
import { SsotConfigError } from 'ssot-config';

/** What the engine says of one file, as `ssot lsp` publishes it. */
export type FileChecks =
  | { readonly kind: 'findings'; readonly sourceFile: ts.SourceFile; readonly findings: readonly Finding[] }
  | { readonly kind: 'config-error'; readonly sourceFile: ts.SourceFile; readonly error: SsotConfigError }
  | { readonly kind: 'not-checked' };


/** Every check of one file of `program`, or the config error that keeps them from running. */
export function checkFile(program: ts.Program | undefined, file: string): FileChecks {
  if (!isCheckedSource(file)) return { kind: 'not-checked' };
  const sourceFile = program?.getSourceFile(file);
  if (!program || !sourceFile) return { kind: 'not-checked' };
  try {
    return { kind: 'findings', sourceFile, findings: checkNames.flatMap((check) => runCheck(check, { ts, sourceFile, program })) };
  } catch (error) {
    if (error instanceof SsotConfigError) return { kind: 'config-error', sourceFile, error };
    throw error;
  }
}
