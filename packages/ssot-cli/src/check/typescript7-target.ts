import ts = require('typescript');
import { governingConfig, requiresTypes, typeChecksHaveWork, type Typescript7Pass } from 'ssot-core';
import type { Project } from '../audit/project';
import type { CheckTarget } from './check-findings';

/**
 * The TypeScript 7 backend: the checks on the files of TypeScript 7's program, with its module identity. The
 * checks that compare types (protocol-conformance, single-implementation) ask a type checker TypeScript 7's API
 * is not yet wired to: where the config declares a protocol they have work, and they run on TypeScript 6's
 * program of the same tsconfig, built once, only then (`typedProject`).
 */
export function typescript7Target(pass: Typescript7Pass, typedProject: () => Project): CheckTarget {
  let typed: Project | undefined;
  return {
    files: pass.files,
    inputFor(sourceFile, check) {
      if (!requiresTypes(check)) return { ts, sourceFile, modules: pass.modules };
      const config = governingConfig(ts, sourceFile.fileName);
      if (!config || !typeChecksHaveWork(config)) return undefined;
      typed ??= typedProject();
      const programFile = typed.program.getSourceFile(sourceFile.fileName);
      return programFile && { ts, sourceFile: programFile, program: typed.program };
    },
  };
}
