import ts = require('typescript');
import { checksMayReport, governingConfig, requiresTypes, typeChecksHaveWork, type Typescript7Host } from 'ssot-core';
import type { Project } from '../audit/project';
import type { CheckTarget } from './check-findings';

/**
 * The TypeScript 7 backend for one pass: the checks on the files of TypeScript 7's program, each specifier leading
 * where that program says. The checks that compare types (protocol-conformance, single-implementation) ask a
 * type checker that TypeScript 7's API is not yet wired to: where a file's config declares a protocol they have
 * work, and run on TypeScript 6's program of the same tsconfig (`typedProject`), still with TypeScript 7's module
 * identity. That program is built before the pass when the files TypeScript 6 lists (`typedFiles`) have such a
 * config, so that every check shares its parse; else only if a file of TypeScript 7's program turns out to.
 */
export function typescript7Target(
  host: Typescript7Host,
  changed: readonly string[],
  typedProject: () => Project,
  typedFiles: readonly string[],
): CheckTarget {
  const hasTypeWork = (fileName: string) => {
    const config = governingConfig(ts, fileName);
    return config !== undefined && typeChecksHaveWork(config);
  };
  let typed = typedFiles.some(hasTypeWork) ? typedProject() : undefined;
  // With TypeScript 6's program built, every file is parsed already; else only the files some check may report in.
  const pass = typed
    ? host.pass({ changed, sourceFileOf: (fileName) => typed?.program.getSourceFile(fileName) })
    : host.pass({ changed, mayReport: (fileName, text, facts) => checksMayReport(ts, fileName, text, facts) });
  return {
    files: pass.files,
    fileNames: pass.fileNames,
    unconfirmed: pass.unconfirmed,
    inputFor(sourceFile, check) {
      const modules = pass.modules;
      if (!requiresTypes(check)) {
        const program = typed?.program.getSourceFile(sourceFile.fileName) === sourceFile ? typed.program : undefined;
        return { ts, sourceFile, program, modules };
      }
      if (!hasTypeWork(sourceFile.fileName)) return undefined;
      typed ??= typedProject();
      const programFile = typed.program.getSourceFile(sourceFile.fileName);
      return programFile && { ts, sourceFile: programFile, program: typed.program, modules };
    },
  };
}
