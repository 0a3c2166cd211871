import type * as TS from 'typescript';
import { checkNames, isCheckedSource, runCheck, type CheckName, type Finding } from 'ssot-core';
import { SsotConfigError } from 'ssot-config';
import type { PluginState } from './plugin-state';

/** What the engine says about one file of the live program. */
export type FileFindings =
  | { readonly kind: 'findings'; readonly sourceFile: TS.SourceFile; readonly findings: readonly Finding[] }
  | { readonly kind: 'config-error'; readonly sourceFile: TS.SourceFile; readonly error: SsotConfigError }
  /** Not a TypeScript file, or not in the project's program (yet): nothing to say. */
  | { readonly kind: 'not-checked' };


/**
 * The findings of `checks` for `fileName`, from the program tsserver already built (never a second one), so
 * type-aware checks see what the editor sees. The engine caches per source file, so diagnostics, code fixes
 * and fix-all of one file version run each check once.
 */
export function getFileFindings(
  state: PluginState,
  fileName: string,
  checks: readonly CheckName[] = checkNames,
): FileFindings {
  if (!isCheckedSource(fileName)) return { kind: 'not-checked' };
  const program = state.languageService.getProgram();
  const sourceFile = program?.getSourceFile(fileName);
  if (!program || !sourceFile) return { kind: 'not-checked' };
  state.configWatch.watchConfigOf(sourceFile.fileName);
  try {
    const findings = checks.flatMap((check) => runCheck(check, { ts: state.ts, sourceFile, program, configFile: state.options.configFile }));
    return { kind: 'findings', sourceFile, findings };
  } catch (error) {
    if (!isConfigError(error)) throw error;
    state.logConfigError(error);
    return { kind: 'config-error', sourceFile, error };
  }
}

/** `instanceof`, or the same class from a second copy of ssot-config in node_modules. */
function isConfigError(error: unknown): error is SsotConfigError {
  return error instanceof SsotConfigError || (error instanceof Error && error.name === 'SsotConfigError');
}
