import type { ModuleRef } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import type { Proof } from '../../declaration-oracle';
import type { ModuleSite } from '../../module-sites';
import { writeCanonicalSpecifier } from '../../specifier-style';

/** A canonical module as this file should write it, and the file that spelling resolves to. */
export interface WrittenModule {
  readonly module: ModuleRef;
  /** The specifier to write, or undefined when no spelling from this file resolves to the module. */
  readonly specifier: string | undefined;
  /** What messages show: the written specifier, else the config's. */
  readonly display: string;
  readonly file: string;
}

export function writeModuleFor(ctx: CheckContext, site: ModuleSite, module: ModuleRef): WrittenModule {
  const mode = ctx.loadModeOf(site);
  const specifier = writeCanonicalSpecifier(ctx.resolver, ctx.fileName, site.specifier.text, module, mode);
  const resolved = specifier === undefined ? undefined : ctx.resolver.resolve(specifier, ctx.fileName, mode);
  const file = resolved ?? module.files[0] ?? '';
  return { module, specifier, display: specifier ?? module.specifier, file };
}

/** Proves that `legacyName` of the site's module and `canonicalName` of `target` are one declaration. */
export function proveMove(
  ctx: CheckContext,
  site: ModuleSite,
  legacyFile: string,
  legacyName: string,
  target: WrittenModule,
  canonicalName: string,
): Proof {
  if (legacyName === 'default' && ctx.loadModeOf(site) === 'import' && ctx.resolver.fileFormat(legacyFile) === 'require') {
    return {
      safe: false,
      reason: `an ES module's default import of CommonJS module '${site.specifier.text}' is its module.exports, not its 'default' export`,
    };
  }
  return ctx.oracle.prove(
    { file: legacyFile, name: legacyName, display: site.specifier.text },
    { file: target.file, name: canonicalName, display: target.display },
  );
}

export const NO_SPECIFIER_REASON = (target: WrittenModule): string =>
  `no specifier written from this file resolves to '${target.module.specifier}'`;
