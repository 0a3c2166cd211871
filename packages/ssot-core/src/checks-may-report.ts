import type * as TS from 'typescript';
import { getResolverForFile, NAME_PART, NAME_START, normalizePath, type SsotConfig, type SymbolEntry } from 'ssot-config';
import { factoryClassesDue } from './checks/use-factory/factory-classes';
import { traceExport } from './declaration-oracle';
import { governingConfig, typeChecksHaveWork } from './engine';
import { resolverForExportMaps } from './export-map';
import { getLegacyIndex } from './legacy-index';
import { MAY_HAVE_NESTED_SITES } from './module-sites';

type Typescript = typeof TS;

/** Where a specifier a file writes leads: a file, or none (then a legacy package known only by name may match). */
export interface SpecifierTarget {
  readonly specifier: string;
  readonly file: string | undefined;
}

/** What a host knows of a file without parsing it, asked only where the file's text does not decide. */
export interface FileFacts {
  /** Where each specifier of the file's statements leads; undefined when the host cannot list them. */
  specifierTargets(): readonly SpecifierTarget[] | undefined;
  /**
   * For each position (the start of a name), the files that declare what the name refers to, through imports
   * and re-exports (none where that is not known); null where nothing is named there (a comment, a keyword).
   * Undefined as a whole when the host cannot tell.
   */
  declarationFiles(positions: readonly number[]): readonly (readonly string[] | null)[] | undefined;
}

/** A `declare module '...'`, a module site whichever module the file is. */
const DECLARES_MODULE = /\bdeclare\s+module\s*['"]/;
/** The keywords of the only syntax use-factory reports: a construction, a subclass. */
const CONSTRUCTS = /\bnew\b|\bextends\b/g;
/**
 * A name as JavaScript spells it: letters of any script (`ɵFactory`) and `\u0041`-style escapes, whose backslash
 * counts as part of the name (the host is asked about the identifier that starts there, however it is spelled).
 */
const NAME = String.raw`(?:${NAME_START}|\\)(?:${NAME_PART}|\\)*`;
/** After the keyword: comments, then a name or a dotted chain of names (`X`, `ns.X`). */
const NAMED_AFTER = new RegExp(String.raw`(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*${NAME}(?:\s*\.\s*${NAME})*`, 'uy');
/** A name indexed (`ns['X']`): what it names is not the last name of the chain. */
const INDEXED = /\s*\[/y;
const LAST_NAME = new RegExp(`${NAME}$`, 'u');

/**
 * Whether any check can report in a file, told from its text and, where the text does not decide, from `facts`,
 * so that a host can leave a file that none can report in unparsed. False only when each check provably has
 * nothing there:
 * - no config governs the file (none found, or it ignores the file); a config that does not load says true, so
 *   that the checks report its error;
 * - the type checks have no protocol to compare (else true: they look at every class);
 * - shim-purity checks legacy, barrel and canonical modules only;
 * - canonical-import reports only module sites that lead to a legacy module; a text where a site may stand that
 *   is not a statement (`import(`, `require(`, a mock) or a `declare module` is parsed whatever it imports;
 * - use-factory reports only a `new X` or an `extends X` where X is a class the file must get from its factory:
 *   each such name must be declared elsewhere than in that class's file, by the compiler's answer; a `new` or an
 *   `extends` not followed by a plain name, or a class whose declaration cannot be traced, is parsed.
 */
export function checksMayReport(ts: Typescript, fileName: string, text: string, facts: FileFacts): boolean {
  let config: SsotConfig | undefined;
  try {
    config = governingConfig(ts, fileName);
  } catch {
    return true;
  }
  if (!config) return false;
  if (typeChecksHaveWork(config) || MAY_HAVE_NESTED_SITES.test(text) || DECLARES_MODULE.test(text)) return true;
  const file = normalizePath(fileName);
  const legacy = getLegacyIndex(config);
  if (legacy.legacyModule(file) || legacy.isBarrel(file) || legacy.isCanonical(file)) return true;
  const targets = facts.specifierTargets();
  if (!targets) return true;
  const leadsToLegacy = targets.some((target) => {
    const key = target.file === undefined ? legacy.ambientKey(target.specifier) : normalizePath(target.file);
    return key !== undefined && legacy.legacyModule(key) !== undefined;
  });
  return leadsToLegacy || mayConstructFactoryClass(ts, config, fileName, text, facts);
}

/** Whether a `new` or an `extends` of the text may name a class that this file must get from its factory. */
function mayConstructFactoryClass(ts: Typescript, config: SsotConfig, fileName: string, text: string, facts: FileFacts): boolean {
  const due = factoryClassesDue(config, fileName);
  if (due.length === 0) return false;
  const positions: number[] = [];
  for (const keyword of text.matchAll(CONSTRUCTS)) {
    NAMED_AFTER.lastIndex = keyword.index + keyword[0].length;
    const named = NAMED_AFTER.exec(text);
    if (!named) return true;
    INDEXED.lastIndex = named.index + named[0].length;
    const last = LAST_NAME.exec(named[0]);
    if (!last || INDEXED.test(text)) return true;
    positions.push(named.index + named[0].length - last[0].length);
  }
  if (positions.length === 0) return false;
  const classFiles = declarationFilesOf(ts, due, fileName);
  const declared = classFiles && facts.declarationFiles(positions);
  if (!classFiles || !declared) return true;
  return declared.some(
    (declaredIn) => declaredIn !== null && (declaredIn.length === 0 || declaredIn.some((each) => classFiles.has(normalizePath(each)))),
  );
}

/**
 * The files that declare the classes (their canonical modules, and where each module's export leads through
 * re-exports); undefined when an export cannot be traced to its declaration.
 */
function declarationFilesOf(ts: Typescript, symbols: readonly SymbolEntry[], fileName: string): Set<string> | undefined {
  const resolve = resolverForExportMaps(getResolverForFile(ts, fileName));
  const files = new Set<string>();
  for (const symbol of symbols) {
    // A class of a module that is no file (an ambient `declare module`) is declared where the host may not say.
    if (symbol.module.files.length === 0) return undefined;
    for (const moduleFile of symbol.module.files) {
      files.add(normalizePath(moduleFile));
      const trace = traceExport(ts, resolve, moduleFile, symbol.name);
      if (trace.kind !== 'declaration') return undefined;
      files.add(normalizePath(trace.key.slice(0, trace.key.lastIndexOf('#'))));
    }
  }
  return files;
}
