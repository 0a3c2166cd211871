import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { getImplementationScan } from './implementation-scan';

/**
 * Classes past the allowed number implementing a configured protocol (explicitly, by config, through a base
 * class or structurally), reported on the class name. The program is scanned once; this is a lookup.
 */
export function checkSingleImplementation(ctx: CheckContext): Finding[] {
  if (!ctx.program || ctx.program.getSourceFile(ctx.sourceFile.fileName)?.text !== ctx.sourceFile.text) {
    // The scan's offsets are those of the program's copy of the file; another text would misplace them.
    return [];
  }
  return [...(getImplementationScan(ctx).get(ctx.fileName) ?? [])];
}
