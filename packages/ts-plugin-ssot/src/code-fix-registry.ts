import type * as TS from 'typescript';
import { checkCodes } from './codes';
import type { PluginLogger } from './logger';

/** The part of TypeScript's internal code-fix registry this plugin uses (not in the public typings). */
interface CodeFixRegistry {
  registerCodeFix(registration: {
    errorCodes: readonly number[];
    getCodeActions(context: unknown): readonly TS.CodeFixAction[] | undefined;
  }): void;
}

const registered = new WeakSet<typeof TS>();

/**
 * Editors ask tsserver `getSupportedCodeFixes` without a file, and tsserver answers from TypeScript's global
 * code-fix registry without asking any language service; a client then never requests fixes for codes missing
 * from that list. So our codes go into the registry, once per TypeScript module. The registration itself
 * returns no actions: the decorated getCodeFixesAtPosition adds ours, with the project's state at hand.
 * Returns false when this TypeScript has no such registry (wrapped getSupportedCodeFixes still lists the codes).
 */
export function registerCheckCodes(ts: typeof TS, logger: PluginLogger): boolean {
  if (registered.has(ts)) return true;
  const registry = (ts as unknown as { codefix?: Partial<CodeFixRegistry> }).codefix;
  if (typeof registry?.registerCodeFix !== 'function') {
    logger.info('TypeScript has no code-fix registry here; clients that list fixable codes globally will miss ours');
    return false;
  }
  registry.registerCodeFix({ errorCodes: checkCodes, getCodeActions: () => [] });
  registered.add(ts);
  return true;
}
