import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizePath } from 'ssot-config';
import type { Project } from '../audit/project';

const ENTRY_FIELDS = ['exports', 'main', 'module', 'types', 'typings', 'browser'] as const;
const SOURCE_EXTENSION = /(?:\.d)?\.(?:[mc]?[tj]s|[tj]sx)$/;

/**
 * Whether a module is an entry point of its package: a target of `exports`, `main`, `module`, `types`, `typings`
 * or `browser` in the nearest package.json, directly or as the build of it (`./dist/index.js` is `src/index.ts`
 * when the tsconfig builds `src` into `dist`). Says which field, or undefined.
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
          if (!target.includes('*')) map.set(sourceOf(path.resolve(path.dirname(manifest), target)), field);
        }
      }
      entries = map;
      entriesByManifest.set(manifest, entries);
    }
    return entries;
  };
  return (file) => {
    const manifest = nearestPackageJson(path.dirname(file));
    const field = manifest && entriesOf(manifest).get(normalizePath(file).replace(SOURCE_EXTENSION, ''));
    return field && `an entry point of its package (package.json "${field}")`;
  };
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
