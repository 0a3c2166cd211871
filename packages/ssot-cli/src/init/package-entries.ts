import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { getResolverForTsconfig, normalizePath } from 'ssot-config';
import { angularEntryPointOf } from 'ssot-core';
import type { Project } from '../audit/project';

const ENTRY_FIELDS = ['exports', 'main', 'module', 'types', 'typings', 'browser'] as const;
const SOURCE_EXTENSION = /(?:\.d)?\.(?:[mc]?[tj]s|[tj]sx)$/;

/**
 * Whether a module is an entry point of its package: a target of `exports`, `main`, `module`, `types`, `typings`
 * or `browser` in the nearest package.json, directly or as the build of it (`./dist/index.js` is `src/index.ts`
 * when the tsconfig builds `src` into `dist`); or, in an Angular library's entry point (ssot-core's
 * angularEntryPointOf), the `entryFile` ng-packagr builds into the package, and the module the entry point's name
 * resolves to in the workspace (its index, through tsconfig `paths`), which other entry points import. Says why,
 * or undefined.
 */
export function packageEntryFinder(project: Project): (file: string) => string | undefined {
  const options = project.program.getCompilerOptions();
  const outDir = options.outDir && normalizePath(path.resolve(options.outDir));
  const rootDir = normalizePath(path.resolve(options.rootDir ?? project.root));
  const sourceOf = (target: string): string => {
    const bare = normalizePath(target).replace(SOURCE_EXTENSION, '');
    return outDir && bare.startsWith(`${outDir}/`) ? `${rootDir}/${bare.slice(outDir.length + 1)}` : bare;
  };
  const entriesByManifest = new Map<string, ReadonlyMap<string, string>>();
  const entriesOf = (manifest: string): ReadonlyMap<string, string> => {
    let entries = entriesByManifest.get(manifest);
    if (!entries) {
      const map = new Map<string, string>();
      const fields = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      for (const field of ENTRY_FIELDS) {
        for (const target of stringsIn(fields[field])) {
          if (target.includes('*')) continue;
          const built = path.resolve(path.dirname(manifest), target);
          map.set(sourceOf(built), field);
          // A bundler's output (tsdown, tsup) mirrors src/ in dist/ without a tsconfig outDir that says so.
          const mirrored = mirroredSource(path.dirname(manifest), built);
          if (mirrored && !map.has(mirrored)) map.set(mirrored, field);
        }
      }
      entries = map;
      entriesByManifest.set(manifest, entries);
    }
    return entries;
  };
  const angularEntries = new Map<string, string | undefined>();
  const angularEntryOf = (ngPackage: string): string | undefined => {
    if (!angularEntries.has(ngPackage)) angularEntries.set(ngPackage, readAngularEntry(ngPackage));
    return angularEntries.get(ngPackage);
  };
  return (file) => {
    const bare = normalizePath(file).replace(SOURCE_EXTENSION, '');
    const manifest = nearestPackageJson(path.dirname(file));
    const field = manifest && entriesOf(manifest).get(bare);
    if (field) return `an entry point of its package (package.json "${field}")`;
    const entryPoint = angularEntryPointOf(normalizePath(file));
    if (!entryPoint) return undefined;
    if (angularEntryNameOf(project, file) !== undefined) {
      return `what '${entryPoint.name}' resolves to: the module other entry points of the Angular library import it by (ng-package.json)`;
    }
    return angularEntryOf(ngPackageConfigIn(entryPoint.dir)) === bare ? 'the entry file of an Angular library entry point (ng-package.json)' : undefined;
  };
}

/**
 * The name of the Angular library entry point that `file` is in, when that name resolves to `file` itself (as
 * `ng-zorro-antd/core/time` leads to core/time/index.ts through tsconfig `paths`): the module other entry points
 * import. Undefined otherwise.
 */
export function angularEntryNameOf(project: Project, file: string): string | undefined {
  const normalized = normalizePath(file);
  const entryPoint = angularEntryPointOf(normalized);
  if (!entryPoint) return undefined;
  const resolver = getResolverForTsconfig(ts, project.tsconfig);
  return resolver.resolve(entryPoint.name, normalized, resolver.fileFormat(normalized)) === normalized ? entryPoint.name : undefined;
}

/** Build directories a bundler writes beside `src/`, mirroring its layout. */
const BUILD_DIRECTORIES = new Set(['dist', 'build', 'lib', 'out', 'esm', 'cjs']);

/**
 * `<package>/src/adapters/express` for a built `<package>/dist/adapters/express.d.mts`, when that source file
 * exists (without extension, as the map keys are); undefined otherwise.
 */
function mirroredSource(packageDir: string, built: string): string | undefined {
  const [top, ...rest] = normalizePath(path.relative(packageDir, built)).split('/');
  if (!top || !BUILD_DIRECTORIES.has(top) || rest.length === 0) return undefined;
  const bare = normalizePath(path.join(packageDir, 'src', ...rest)).replace(SOURCE_EXTENSION, '');
  return [bare, `${bare}/index`].find((candidate) => SOURCE_FILE_EXTENSIONS.some((extension) => fs.existsSync(candidate + extension)));
}

const SOURCE_FILE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];

/** The ng-packagr config of an entry point's directory: its ng-package.json, else its package.json's `ngPackage`. */
function ngPackageConfigIn(dir: string): string {
  const ngPackage = path.join(dir, 'ng-package.json');
  return fs.existsSync(ngPackage) ? ngPackage : path.join(dir, 'package.json');
}

/** The entry file an ng-packagr config names (its default: `src/public_api.ts`), without extension; undefined if none. */
function readAngularEntry(config: string): string | undefined {
  let fields: { lib?: { entryFile?: unknown }; ngPackage?: { lib?: { entryFile?: unknown } } };
  try {
    fields = JSON.parse(fs.readFileSync(config, 'utf8')) as typeof fields;
  } catch {
    return undefined; // Not ours to report: ng-packagr says what is wrong with its config.
  }
  const ngPackage = path.basename(config) === 'package.json' ? fields.ngPackage : fields;
  if (!ngPackage) return undefined;
  const entryFile = typeof ngPackage.lib?.entryFile === 'string' ? ngPackage.lib.entryFile : 'src/public_api.ts';
  return normalizePath(path.resolve(path.dirname(config), entryFile)).replace(SOURCE_EXTENSION, '');
}

function nearestPackageJson(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, 'package.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Every string in a package.json field: a path, or the leaves of a conditions and subpaths object. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
