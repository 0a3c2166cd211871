import type * as TS from 'typescript';
import { normalizePath } from 'ssot-config';
import { governingConfig, typeChecksHaveWork } from './engine';
import { getLegacyIndex } from './legacy-index';
import { MAY_HAVE_NESTED_SITES } from './module-sites';

type Typescript = typeof TS;

/** Where a specifier a file writes leads: a file, or none (then a legacy package known only by name may match). */
export interface SpecifierTarget {
  readonly specifier: string;
  readonly file: string | undefined;
}

/** A `declare module '...'`, a module site whichever module the file is. */
const DECLARES_MODULE = /\bdeclare\s+module\s*['"]/;
/** The keywords of the only syntax use-factory reports: a construction, a subclass. */
const CONSTRUCTS = /\bnew\b|\bextends\b/;

/**
 * Whether any check can report in a file, told from its text and where the specifiers its statements write lead
 * (`targets`: the specifiers of its statements, each resolved; undefined when the host cannot list them), so that a host can leave a file
 * that none can report in unparsed. False only when each check provably has nothing there:
 * - no config governs the file (none found, or it ignores the file); a config that does not load says true, so
 *   that the checks report its error;
 * - the type checks have no protocol to compare (else true: they look at every class);
 * - shim-purity checks legacy, barrel and canonical modules only;
 * - canonical-import reports only module sites that lead to a legacy module; a text where a site may stand that
 *   is not a statement (`import(`, `require(`, a mock) or a `declare module` is parsed whatever it imports;
 * - use-factory reports only a `new` or an `extends` where the file may not construct a factory's class.
 */
export function checksMayReport(
  ts: Typescript,
  fileName: string,
  text: string,
  targets: () => readonly SpecifierTarget[] | undefined,
): boolean {
  let config: ReturnType<typeof governingConfig>;
  try {
    config = governingConfig(ts, fileName);
  } catch {
    return true;
  }
  if (!config) return false;
  if (typeChecksHaveWork(config) || MAY_HAVE_NESTED_SITES.test(text) || DECLARES_MODULE.test(text)) return true;
  const file = normalizePath(fileName);
  const legacy = getLegacyIndex(config);
  if (legacy.legacyModule(file) || legacy.isShim(file) || legacy.isBarrel(file) || legacy.isCanonical(file)) return true;
  if (CONSTRUCTS.test(text) && config.symbols.some((symbol) => symbol.factory !== undefined && !config.mayConstruct(symbol, file))) {
    return true;
  }
  // Asked last: the host finds and resolves the specifiers only for a file the text alone does not decide.
  const found = targets();
  if (!found) return true;
  return found.some((target) => {
    const key = target.file === undefined ? legacy.ambientKey(target.specifier) : normalizePath(target.file);
    return key !== undefined && legacy.legacyModule(key) !== undefined;
  });
}
