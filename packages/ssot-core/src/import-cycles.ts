import * as fs from 'node:fs';
import type * as TS from 'typescript';
import { normalizePath, type ModuleResolver } from 'ssot-config';
import { getExportMap, resolverForExportMaps } from './export-map';

type Typescript = typeof TS;

/**
 * The modules of the project that evaluating one module reaches, each with the module that first loads it on the
 * way: enough to tell whether a module loads a given file, and through which modules.
 */
interface Reach {
  readonly at: number;
  readonly loadedBy: ReadonlyMap<string, string | undefined>;
}

/** Per program (whose files do not change) or per resolver (files on disk, trusted as long as export maps are). */
let reaches = new WeakMap<object, Map<string, Reach>>();
const FRESH_MS = 1000;

/** Forgets every route read from files on disk (see forgetFileReads). */
export function clearLoadRoutes(): void {
  reaches = new WeakMap();
}

/**
 * The modules through which evaluating `from` loads `to`, from `from` to `to` included, or undefined when it
 * does not: read from each module's own imports and re-exports (type-only ones load nothing), through the
 * project's modules (a package, a declaration file or a JSON module loads no project file).
 *
 * A fix that makes a file load a module that loads the file back closes an import cycle: when the program
 * enters the cycle at that module, the file runs before the module's later imports, and what it reads from them
 * at its top level is not initialized yet.
 */
export function loadRoute(
  ts: Typescript,
  resolver: ModuleResolver,
  program: TS.Program | undefined,
  from: string,
  to: string,
): string[] | undefined {
  const key: object = program ?? resolver;
  let known = reaches.get(key);
  if (!known) {
    known = new Map();
    reaches.set(key, known);
  }
  const now = Date.now();
  let reach = known.get(from);
  if (!reach || (!program && now - reach.at >= FRESH_MS)) {
    reach = { at: now, loadedBy: walk(ts, resolver, program, from) };
    known.set(from, reach);
  }
  // Resolution answers with real paths: a file named through a symlink is found by its real path.
  const end = reach.loadedBy.has(to) ? to : realPathOf(to);
  if (end === undefined || !reach.loadedBy.has(end)) return undefined;
  const route: string[] = [];
  for (let file: string | undefined = end; file !== undefined; file = reach.loadedBy.get(file)) route.unshift(file);
  return route;
}

function realPathOf(file: string): string | undefined {
  try {
    return normalizePath(fs.realpathSync.native(file));
  } catch {
    return undefined;
  }
}

function walk(ts: Typescript, resolver: ModuleResolver, program: TS.Program | undefined, from: string): Map<string, string | undefined> {
  const resolve = resolverForExportMaps(resolver);
  const loadedBy = new Map<string, string | undefined>([[from, undefined]]);
  const pending = [from];
  // Breadth first (an array iterator sees what is pushed while it runs): the route found is a shortest one.
  for (const file of pending) {
    if (!isProjectModule(file)) continue;
    for (const specifier of getExportMap(ts, file, program)?.loads ?? []) {
      const target = resolve(specifier, file);
      if (target === undefined || loadedBy.has(target)) continue;
      loadedBy.set(target, file);
      pending.push(target);
    }
  }
  return loadedBy;
}

function isProjectModule(file: string): boolean {
  return !file.includes('/node_modules/') && !/\.d\.[cm]?ts$|\.d\.[^.]+\.ts$|\.json$/.test(file);
}
