import ts = require('typescript');
import { checksMayReport, governingConfig, requiresTypes, typeChecksHaveWork, type Typescript7Host } from 'ssot-core';
import type { CheckTarget } from './check-findings';

/**
 * The TypeScript 7 backend for one pass: the checks on the files of TypeScript 7's program, each specifier leading
 * where that program says, and the checks that compare types (protocol-conformance, single-implementation) asking
 * TypeScript 7's checker. A file in which no check can report is left unparsed, unless a file's config declares a
 * protocol: then the type checks look at every class, and every file is parsed.
 */
export function typescript7Target(host: Typescript7Host, changed: readonly string[]): CheckTarget {
  const hasTypeWork = (fileName: string) => {
    const config = governingConfig(ts, fileName);
    return config !== undefined && typeChecksHaveWork(config);
  };
  const pass = host.pass({
    changed,
    mayReport: (fileName, text, facts) => checksMayReport(ts, fileName, text, facts),
    classNamesAhead: hasTypeWork,
  });
  return {
    files: pass.files,
    fileNames: pass.fileNames,
    unconfirmed: pass.unconfirmed,
    inputFor(sourceFile, check) {
      const modules = pass.modules;
      if (!requiresTypes(check)) return { ts, sourceFile, program: undefined, modules };
      if (!hasTypeWork(sourceFile.fileName)) return undefined;
      return { ts, sourceFile, program: pass.typedProgram(), modules };
    },
  };
}
