import * as path from 'node:path';
import type { ModuleRef, ModuleResolver, ResolutionMode } from 'ssot-config';
import { angularEntryPointOf, exposedSpecifiers, packageOf, type AngularEntryPoint } from './package-boundary';

const TS_EXTENSION = /(?:\.d)?\.(?:[mc]?ts|tsx)$|\.(?:[mc]?js|jsx|json)$/;
const WRITTEN_EXTENSION = /\.(?:[mc]?[jt]s|[jt]sx)$/;

/**
 * The specifier to write for `canonical` in a file, in the file's own style: the config's own specifier when it
 * is not a relative path (an alias or a package the team chose) and resolves from here; else relative when the
 * original was relative, through the same tsconfig `paths` alias when it used one, a package specifier for
 * packages; with an extension when the original had one or the module system needs one. A canonical module in
 * another package (another package.json with a name) is never written as a relative path into that package's
 * files, whatever the original's style: only the specifiers its package.json `exports` exposes are written. Nor
 * is one in another entry point of an Angular library (ng-package.json): only that entry point's name is written,
 * as ng-packagr builds each entry point alone. Every candidate is resolved before it is returned, so the
 * specifier provably means the canonical file. Undefined when none does.
 */
export function writeCanonicalSpecifier(
  resolver: ModuleResolver,
  fromFile: string,
  original: string,
  canonical: ModuleRef,
  mode: ResolutionMode | undefined,
): string | undefined {
  for (const candidate of candidateSpecifiers(resolver, fromFile, original, canonical)) {
    const resolved = resolver.resolve(candidate, fromFile, mode);
    if (resolved !== undefined && canonical.files.includes(resolved)) return candidate;
  }
  return undefined;
}

function* candidateSpecifiers(
  resolver: ModuleResolver,
  fromFile: string,
  original: string,
  canonical: ModuleRef,
): Generator<string> {
  const originalIsRelative = isRelative(original);
  const configSpecifier = isRelative(canonical.specifier) ? undefined : canonical.specifier;
  const extensionStyle = WRITTEN_EXTENSION.exec(original)?.[0];
  const ownPackage = packageOf(fromFile.replace(/\\/g, '/'));
  const otherPackageOf = (file: string) => {
    const filePackage = packageOf(file);
    return filePackage !== undefined && filePackage.dir !== ownPackage?.dir ? filePackage : undefined;
  };
  // This file's own entry point, read once and only when needed.
  let ownEntryPoint: { entryPoint: AngularEntryPoint | undefined } | undefined;
  const ownEntry = () => (ownEntryPoint ??= { entryPoint: angularEntryPointOf(fromFile.replace(/\\/g, '/')) }).entryPoint;
  const otherEntryPointOf = (file: string) => {
    const entryPoint = angularEntryPointOf(file);
    if (entryPoint === undefined) return undefined;
    return entryPoint.dir !== ownEntry()?.dir ? entryPoint : undefined;
  };
  // The config's name for the module, unless it is this file's own entry point's: ng-packagr refuses an entry
  // point that imports itself by its name (read only when the name is in this file's package).
  const inOwnPackage = (name: string) => ownPackage !== undefined && (name === ownPackage.name || name.startsWith(`${ownPackage.name}/`));
  if (configSpecifier && !(inOwnPackage(configSpecifier) && ownEntry()?.name === configSpecifier)) yield configSpecifier;
  if (!originalIsRelative) {
    // A `paths` alias into another package's files (`@scope/pkg/*` -> packages/pkg/src/*) is a path all the same.
    for (const file of canonical.files) {
      if (!otherPackageOf(file) && !otherEntryPointOf(file)) yield* aliasSpecifiers(resolver, file, extensionStyle);
    }
  }
  for (const file of canonical.files) {
    if (file.includes('/node_modules/')) continue;
    const filePackage = otherPackageOf(file);
    // Another package is reached through what it exposes, never through a path into its files: a relative path
    // out of this package's directory into that one's breaks once either is built and published on its own.
    if (filePackage) {
      yield* exposedSpecifiers(filePackage, file);
      continue;
    }
    // Another entry point of this Angular library, by its name (a `paths` alias leads there in the workspace).
    const entryPoint = otherEntryPointOf(file);
    if (entryPoint) {
      yield entryPoint.name;
      continue;
    }
    let relative = path.posix.relative(path.posix.dirname(fromFile.replace(/\\/g, '/')), file);
    if (!relative.startsWith('.')) relative = `./${relative}`;
    yield* spellings(relative, file, extensionStyle);
  }
}

/** `@app/core/manager` for `<paths base>/src/core/manager.ts` when tsconfig has `"@app/*": ["src/*"]`. */
function* aliasSpecifiers(resolver: ModuleResolver, file: string, extensionStyle: string | undefined): Generator<string> {
  const options = resolver.compilerOptions;
  const paths = options.paths;
  if (!paths) return;
  // pathsBasePath is where tsconfig parsing anchored `paths`; baseUrl (deprecated in TS 6) when set by hand.
  const { pathsBasePath, baseUrl } = options as { pathsBasePath?: string; baseUrl?: string };
  const base = pathsBasePath ?? baseUrl ?? (resolver.tsconfig ? path.dirname(resolver.tsconfig) : undefined);
  if (base === undefined) return;
  for (const [pattern, substitutions] of Object.entries(paths)) {
    const star = pattern.indexOf('*');
    for (const substitution of substitutions) {
      const target = path.posix.join(base.replace(/\\/g, '/'), substitution);
      if (star === -1) {
        if (stripExtension(target) === stripExtension(file) || target === file) yield pattern;
        continue;
      }
      const targetStar = target.indexOf('*');
      if (targetStar === -1) continue;
      const prefix = target.slice(0, targetStar);
      const suffix = stripExtension(target.slice(targetStar + 1));
      const withoutExtension = stripExtension(file);
      if (!withoutExtension.startsWith(prefix) || !withoutExtension.endsWith(suffix)) continue;
      const middle = withoutExtension.slice(prefix.length, withoutExtension.length - suffix.length);
      const aliased = pattern.slice(0, star) + middle + pattern.slice(star + 1);
      yield* spellings(aliased, file, extensionStyle);
    }
  }
}

/** The ways to write a path to `file`: as the original did first, then with or without extension and index. */
function* spellings(specifier: string, file: string, extensionStyle: string | undefined): Generator<string> {
  const bare = stripExtension(specifier);
  // A JSON module is always imported by its full name.
  if (file.endsWith('.json')) {
    yield `${bare}.json`;
    return;
  }
  const withExtension = bare + runtimeExtension(file, extensionStyle);
  const withoutIndex = bare.endsWith('/index') ? bare.slice(0, -'/index'.length) : undefined;
  if (extensionStyle) {
    yield withExtension;
    yield bare;
  } else {
    if (withoutIndex && withoutIndex !== '.' && withoutIndex !== '..') yield withoutIndex;
    yield bare;
    yield withExtension;
  }
}

/** `.js` for `.ts`, `.mjs` for `.mts`...; the file's own extension when the original wrote a `.ts` one. */
function runtimeExtension(file: string, extensionStyle: string | undefined): string {
  const own = /\.(?:d\.)?([mc]?ts|tsx|[mc]?js|jsx)$/.exec(file)?.[1] ?? 'ts';
  if (extensionStyle?.includes('ts')) return `.${own}`;
  if (own.startsWith('m')) return '.mjs';
  if (own.startsWith('c')) return '.cjs';
  return '.js';
}

function stripExtension(specifier: string): string {
  return specifier.replace(TS_EXTENSION, '');
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}
