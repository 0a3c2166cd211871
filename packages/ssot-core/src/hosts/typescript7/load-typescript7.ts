import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Typescript7Ast, Typescript7Sync } from './api-types';

/** The TypeScript 7 versions whose unstable API this backend speaks (7.1 changes it). */
export const SUPPORTED_TYPESCRIPT7 = '7.0.x';

/**
 * The names a project may install TypeScript 7 under beside TypeScript 6, which keeps `typescript` (ssot parses
 * with its library): an `npm:` alias.
 */
const PACKAGE_NAMES = ['@typescript/native', 'typescript7'] as const;

export interface LoadedTypescript7 {
  readonly version: string;
  /** The package's directory. */
  readonly directory: string;
  readonly sync: Typescript7Sync;
  readonly ast: Typescript7Ast;
}

/** TypeScript 7 is missing where the project can load it, or it is a version this backend does not speak. */
export class Typescript7UnavailableError extends Error {
  override readonly name = 'Typescript7UnavailableError';

  /** `installed`: some TypeScript 7 is there (another version, or one whose API does not load). */
  constructor(
    message: string,
    readonly installed: boolean,
  ) {
    super(message);
  }
}

/**
 * The TypeScript 7.0.x that `projectDir` loads under an alias (`@typescript/native` or `typescript7`). Throws
 * Typescript7UnavailableError, whose message says the fix.
 */
export function loadTypescript7(projectDir: string): LoadedTypescript7 {
  const found = PACKAGE_NAMES.flatMap((name) => {
    const directory = packageDirectory(name, projectDir);
    const version = directory === undefined ? undefined : versionAt(directory);
    return directory !== undefined && version?.startsWith('7.') ? [{ name, directory, version }] : [];
  });
  const usable = found.find((entry) => isSupported(entry.version));
  if (!usable) {
    const other = found[0];
    throw new Typescript7UnavailableError(
      other
        ? `TypeScript ${other.version} (${other.directory}) is installed, but ssot's TypeScript 7 backend speaks the ` +
            `unstable API of ${SUPPORTED_TYPESCRIPT7} only, which 7.1 changes. Fix: install typescript@7.0 ` +
            '(e.g. npm install -D typescript7@npm:typescript@7.0.2), or run with --typescript 6.'
        : `no TypeScript 7 is installed where ${projectDir} can load it (looked for ${PACKAGE_NAMES.join(', ')}). ` +
            'Fix: npm install -D typescript7@npm:typescript@7.0.2 beside TypeScript 6, or run with --typescript 6.',
      other !== undefined,
    );
  }
  const from = { paths: [projectDir] };
  try {
    const sync = require(require.resolve(`${usable.name}/unstable/sync`, from)) as Partial<Typescript7Sync>;
    const ast = require(require.resolve(`${usable.name}/unstable/ast`, from)) as Partial<Typescript7Ast>;
    const missing = [
      typeof sync.API === 'function' ? undefined : 'unstable/sync API',
      typeof sync.SymbolFlags?.Alias === 'number' ? undefined : 'unstable/sync SymbolFlags.Alias',
      typeof ast.SyntaxKind?.SourceFile === 'number' ? undefined : 'unstable/ast SyntaxKind.SourceFile',
    ].filter((name) => name !== undefined);
    if (missing.length > 0) throw new Error(`it has no ${missing.join(', ')}`);
    return { version: usable.version, directory: usable.directory, sync: sync as Typescript7Sync, ast: ast as Typescript7Ast };
  } catch (error) {
    throw new Typescript7UnavailableError(
      `TypeScript ${usable.version} (${usable.directory}) is installed, but its API cannot be loaded: ` +
        `${(error as Error).message}. Fix: reinstall it (npm ci), on Node 20.19 or later.`,
      true,
    );
  }
}

function isSupported(version: string): boolean {
  return /^7\.0\.\d+$/.test(version);
}

function packageDirectory(name: string, from: string): string | undefined {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
  } catch {
    return undefined;
  }
}

function versionAt(directory: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}
