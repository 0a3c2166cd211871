import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { getImplementationScan } from './implementation-scan';
import { declaresCountedClass } from './program-classes';

/**
 * Classes past the allowed number implementing a configured protocol (explicitly, by config, through a base
 * class or structurally), reported on the class name. The program is scanned once; this is a lookup. A file
 * that declares no class the config counts holds no implementation, and does not wait for the scan: in the
 * editor each edit makes a new program, which would otherwise be scanned again for every file shown.
 */
export function checkSingleImplementation(ctx: CheckContext): Finding[] {
  if (!ctx.program || ctx.program.getSourceFile(ctx.sourceFile.fileName)?.text !== ctx.sourceFile.text) {
    // The scan's offsets are those of the program's copy of the file; another text would misplace them.
    return [];
  }
  if (!declaresCountedClass(ctx.ts, ctx.sourceFile, ctx.config)) return [];
  return [...(getImplementationScan(ctx).get(ctx.fileName) ?? [])];
}
