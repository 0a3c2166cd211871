import * as path from 'node:path';
import type { ModuleRef } from 'ssot-config';

/** Any extension a specifier may carry: `.js`, `.ts`, `.mjs`, `.d.ts`, `.tsx`... */
const EXTENSION = String.raw`(?:\.(?:d\.)?[cm]?[jt]sx?)?`;
const SOURCE_EXTENSION = /\.(?:d\.)?[cm]?[jt]sx?$/;

/**
 * Regular expressions (as `autoImportSpecifierExcludeRegexes` takes them) for every specifier TypeScript could
 * write for `ref` in a file of `fromDirectory`:
 *   the config's own non-relative specifier   ^rxjs/operators$
 *   any path ending in the file's name        (?:^|/)manager$   (aliases: @ws/manager, src/core/manager)
 *   the exact relative path                   ^\.\./core/manager$
 * each with an optional extension; an index file also by its directory (`(?:^|/)core(?:/index)?/?$`, `^\.\./core$`).
 */
export function specifierPatterns(ref: ModuleRef, fromDirectory: string): string[] {
  const patterns: string[] = [];
  if (!isRelative(ref.specifier)) patterns.push(`^${escape(ref.specifier)}(?:/index)?${EXTENSION}$`);
  for (const file of ref.files) {
    if (file.includes('/node_modules/')) continue;
    const stem = file.replace(SOURCE_EXTENSION, '');
    const relative = relativeSpecifier(fromDirectory, stem);
    if (path.posix.basename(stem) === 'index') {
      const directory = path.posix.dirname(stem);
      patterns.push(`(?:^|/)${escape(path.posix.basename(directory))}(?:/index${EXTENSION})?/?$`);
      patterns.push(`^${escape(relativeSpecifier(fromDirectory, directory))}(?:/index${EXTENSION})?/?$`);
    } else {
      patterns.push(`(?:^|/)${escape(path.posix.basename(stem))}${EXTENSION}$`);
    }
    patterns.push(`^${escape(relative)}${EXTENSION}$`);
  }
  return patterns;
}

/**
 * Specifiers that reach `ref` and must stay importable: the config's own, the relative path, and a path alias
 * ending in the file's name (a stand-in for any alias, so that a legacy `old/manager` never hides a canonical
 * `new/manager` through the name-only pattern).
 */
export function reachingSpecifiers(ref: ModuleRef, fromDirectory: string): string[] {
  const specifiers = isRelative(ref.specifier) ? [] : [ref.specifier];
  for (const file of ref.files) {
    const stem = file.replace(SOURCE_EXTENSION, '');
    specifiers.push(relativeSpecifier(fromDirectory, stem), `@alias/${path.posix.basename(stem)}`);
    if (path.posix.basename(stem) === 'index') {
      const directory = path.posix.dirname(stem);
      specifiers.push(relativeSpecifier(fromDirectory, directory), `@alias/${path.posix.basename(directory)}`);
    }
  }
  return specifiers;
}

function relativeSpecifier(fromDirectory: string, target: string): string {
  const relative = path.posix.relative(fromDirectory, target);
  if (relative === '') return '.';
  return relative.startsWith('../') || relative === '..' ? relative : `./${relative}`;
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
