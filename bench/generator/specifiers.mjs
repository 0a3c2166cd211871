// The ways one file names another: relative, tsconfig `paths` alias, workspace package subpath.
import * as path from 'node:path';

/** `../legacy/format-date` from packages/pkg-a/src/feature-0/mod-3.ts; `withJs` adds the runtime extension. */
export function relativeSpecifier(fromPath, toPath, withJs = false) {
  let relative = path.posix.relative(path.posix.dirname(fromPath), toPath.replace(/\.ts$/, ''));
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return withJs ? `${relative}.js` : relative;
}

/** `@a/legacy/format-date` through tsconfig `"@a/*": ["./packages/pkg-a/src/*"]`. */
export function aliasSpecifier(pkg, filePath) {
  return `${pkg.alias}/${subpathInSrc(pkg, filePath)}`;
}

/** `@bench/pkg-a/legacy/format-date` through the package's `exports: { "./*": "./src/*.ts" }`. */
export function packageSpecifier(pkg, filePath) {
  return `${pkg.name}/${subpathInSrc(pkg, filePath)}`;
}

function subpathInSrc(pkg, filePath) {
  return filePath.slice(`${pkg.dir}/src/`.length).replace(/\.ts$/, '');
}

/** `packages/pkg-a/src/legacy/index.ts`, imported as `@bench/pkg-a/legacy`. */
export const legacyBarrelPath = (pkg) => `${pkg.dir}/src/legacy/index.ts`;
export const rootIndexPath = (pkg) => `${pkg.dir}/src/index.ts`;
