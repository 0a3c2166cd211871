import type { CheckContext } from '../../check-context';
import { syntacticExportNames } from '../../declaration-oracle';
import { getExportMap } from '../../export-map';

/**
 * Whether a declaration that takes `name` (an import or re-export of named bindings) may take something legacy:
 * a legacy name of a symbol, or a name that a module moved as a whole exports. A declaration taking none of them
 * moves nothing, whatever module it reads, so its specifier need not be resolved: on a project that moves
 * `rxjs/operators`, `import { Component } from '@angular/core'` costs no resolution.
 *
 * A moved module's names are read from its syntax (the same with and without type information). Where they
 * cannot be listed (a module of `export =`, a JavaScript module, an ambient one, a star that does not resolve),
 * every name may be legacy. A name the moved module does not export does not compile when imported from it
 * (TS2305); such an import is left to the compiler.
 */
export function legacyNameTest(ctx: CheckContext): (name: string) => boolean {
  const { legacy, config } = ctx;
  if (config.modules.length === 0) return (name) => legacy.symbolLegacyNames.has(name);
  const moved = new Set<string>();
  for (const move of config.modules) {
    if (move.legacy.files.length === 0) return () => true;
    for (const file of move.legacy.files) {
      const names = exportNamesOf(ctx, file);
      if (!names) return () => true;
      for (const name of names) moved.add(name);
    }
  }
  return (name) => moved.has(name) || legacy.symbolLegacyNames.has(name);
}

/** TypeScript modules only: their exports are all in their syntax. */
const TYPESCRIPT_MODULE = /\.(?:d\.)?[cm]?tsx?$/;

/** A module's names, remembered by its export map when they come from that map alone (it has no `export *`). */
const namesByMap = new WeakMap<object, readonly string[] | undefined>();

function exportNamesOf(ctx: CheckContext, file: string): readonly string[] | undefined {
  if (!TYPESCRIPT_MODULE.test(file)) return undefined;
  const map = getExportMap(ctx.ts, file, ctx.program);
  if (!map) return undefined;
  if (map.stars.length > 0) return syntacticExportNames(ctx.ts, ctx.resolver, file, ctx.program);
  if (!namesByMap.has(map)) namesByMap.set(map, syntacticExportNames(ctx.ts, ctx.resolver, file, ctx.program));
  return namesByMap.get(map);
}
