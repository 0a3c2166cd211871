import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';
import { resolveProtocols } from '../../protocol-implementations';
import { declaresImplementation, getImplementationScan } from './implementation-scan';
import { declaresCountedClass } from './program-classes';

/**
 * Classes past the allowed number implementing a configured protocol (explicitly, by config, through a base
 * class or structurally), reported on the class name. The program is scanned once; this is a lookup. A file
 * that declares no class the config counts, or whose classes implement no protocol, holds no finding, and does
 * not wait for the scan: in the editor each edit makes a new program, which would otherwise be scanned again
 * for every file shown. Without a protocol that resolves there is nothing to count, and no file is searched for
 * classes.
 */
export function checkSingleImplementation(ctx: CheckContext): Finding[] {
  if (resolveProtocols(ctx).length === 0) return [];
  if (!ctx.program || ctx.program.getSourceFile(ctx.sourceFile.fileName)?.text !== ctx.sourceFile.text) {
    // The scan's offsets are those of the program's copy of the file; another text would misplace them.
    return [];
  }
  if (!declaresCountedClass(ctx.ts, ctx.sourceFile, ctx.config) || !declaresImplementation(ctx, ctx.sourceFile.fileName)) return [];
  return [...(getImplementationScan(ctx).get(ctx.fileName) ?? [])];
}
