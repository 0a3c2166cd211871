import * as fs from 'node:fs';
import * as path from 'node:path';

/** A package.json that names a package, and the directory it stands in. */
export interface PackageInfo {
  readonly dir: string;
  readonly name: string;
  /** The `exports` field as written (undefined when there is none: every file is reachable by its path). */
  readonly exports: unknown;
}

/** What ssot reads of a package.json, named or not; undefined when there is none, or it is not JSON. */
interface Manifest {
  readonly name: string | undefined;
  readonly exports: unknown;
  readonly ngPackage: boolean;
}

interface CachedManifest {
  readonly mtimeMs: number;
  readonly manifest: Manifest | undefined;
}
const manifests = new Map<string, CachedManifest>();

/** The package a file belongs to: the nearest package.json above it that has a `name`. */
export function packageOf(file: string): PackageInfo | undefined {
  for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
    const manifest = readManifest(dir);
    if (manifest?.name !== undefined) return { dir, name: manifest.name, exports: manifest.exports };
    if (path.posix.dirname(dir) === dir) return undefined;
  }
}

/** The package.json in `dir`, read again only when its modification time changed. */
function readManifest(dir: string): Manifest | undefined {
  const file = path.posix.join(dir, 'package.json');
  const mtimeMs = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (mtimeMs === undefined) return undefined;
  const known = manifests.get(file);
  if (known?.mtimeMs === mtimeMs) return known.manifest;
  let manifest: Manifest | undefined;
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; exports?: unknown; ngPackage?: unknown };
    manifest = { name: typeof json.name === 'string' ? json.name : undefined, exports: json.exports, ngPackage: json.ngPackage !== undefined };
  } catch {
    manifest = undefined;
  }
  manifests.set(file, { mtimeMs, manifest });
  return manifest;
}

/** An entry point of an Angular library, which ng-packagr builds on its own into one module of the package. */
export interface AngularEntryPoint {
  readonly dir: string;
  /** The name other entry points import it by: the package's name, then the entry point's directory in it. */
  readonly name: string;
}

/**
 * The Angular library entry point `file` is in: the nearest directory at or above it, up to its package's
 * directory, that holds an ng-package.json or a package.json with an `ngPackage` field. ng-packagr builds each entry
 * point with its own directory as the root, so a file of another entry point can import it only by its name.
 */
export function angularEntryPointOf(file: string): AngularEntryPoint | undefined {
  const pkg = packageOf(file);
  if (!pkg) return undefined;
  for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
    if (holdsNgPackage(dir)) {
      const inside = path.posix.relative(pkg.dir, dir);
      return { dir, name: inside === '' ? pkg.name : `${pkg.name}/${inside}` };
    }
    if (dir === pkg.dir || path.posix.dirname(dir) === dir) return undefined;
  }
}

/** An ng-package.json in `dir`, or a package.json with an `ngPackage` field. */
function holdsNgPackage(dir: string): boolean {
  return isFile(path.posix.join(dir, 'ng-package.json')) || readManifest(dir)?.ngPackage === true;
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/**
 * The bare specifiers through which a package exposes `file`: each `exports` subpath (patterns filled in) whose
 * target could be the file or its JavaScript output, or, when the package has no `exports`, the package name
 * and the file's path inside it. Candidates only: a caller resolves each before writing it.
 */
export function* exposedSpecifiers(pkg: PackageInfo, file: string): Generator<string> {
  const inside = path.posix.relative(pkg.dir, file);
  if (pkg.exports === undefined) {
    yield pkg.name;
    yield `${pkg.name}/${stripExtension(inside)}`;
    return;
  }
  const entries: [string, unknown][] =
    typeof pkg.exports === 'string' || Array.isArray(pkg.exports) || !hasSubpaths(pkg.exports)
      ? [['.', pkg.exports]]
      : Object.entries(pkg.exports as Record<string, unknown>);
  for (const [subpath, target] of entries) {
    for (const leaf of stringLeaves(target)) {
      const specifier = subpathFor(pkg.name, subpath, leaf, inside);
      if (specifier !== undefined) yield specifier;
    }
  }
}

function hasSubpaths(exports: unknown): boolean {
  return typeof exports === 'object' && exports !== null && Object.keys(exports).some((key) => key.startsWith('.'));
}

/** Every string in an `exports` target (conditions and fallback arrays walked through). */
function stringLeaves(target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.flatMap(stringLeaves);
  if (typeof target === 'object' && target !== null) return Object.values(target).flatMap(stringLeaves);
  return [];
}

/**
 * `name/sub` for a subpath whose target could be the file at `inside`: every plain subpath (resolution decides
 * which is the file), and a `*` pattern when the file's path fills its star (in the target's directory, or in
 * `src/` for a target under `dist/`, `lib/` or `build/`).
 */
function subpathFor(name: string, subpath: string, leaf: string, inside: string): string | undefined {
  const star = leaf.indexOf('*');
  let filled = subpath;
  if (star !== -1) {
    if (!subpath.includes('*')) return undefined;
    const target = leaf.replace(/^\.\//, '');
    const prefix = target.slice(0, star - (leaf.length - target.length));
    const suffix = stripExtension(target.slice(prefix.length + 1));
    const wanted = stripExtension(inside);
    const middle = matchMiddle(wanted, prefix, suffix) ?? matchMiddle(wanted, prefix.replace(/^(?:dist|lib|build)(?=\/)/, 'src'), suffix);
    if (middle === undefined) return undefined;
    filled = subpath.replace('*', middle);
  }
  return filled === '.' ? name : `${name}${filled.slice(1)}`;
}

function matchMiddle(value: string, prefix: string, suffix: string): string | undefined {
  if (!value.startsWith(prefix) || !value.endsWith(suffix) || value.length < prefix.length + suffix.length) return undefined;
  return value.slice(prefix.length, value.length - suffix.length);
}

function stripExtension(file: string): string {
  return file.replace(/(?:\.d)?\.(?:[mc]?[jt]s|[jt]sx|json)$/, '');
}
