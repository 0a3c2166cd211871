import * as path from 'node:path';
import type { ModuleRef } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import type { BindingUse, Proof } from '../../declaration-oracle';
import { getExportMap } from '../../export-map';
import { getMockIndex } from '../../mock-index';
import type { LegacyModule } from '../../legacy-index';
import type { ModuleSite } from '../../module-sites';
import { angularEntryPointOf, packageOf } from '../../package-boundary';
import { writeCanonicalSpecifier } from '../../specifier-style';

/** A canonical module as this file should write it, and the file that spelling resolves to. */
export interface WrittenModule {
  readonly module: ModuleRef;
  /** The specifier to write, or undefined when no spelling from this file resolves to the module. */
  readonly specifier: string | undefined;
  /** What messages show: the written specifier, else the config's. */
  readonly display: string;
  readonly file: string;
  /** With no specifier: the other package the module is in, which does not expose it. */
  readonly closedPackage?: string;
  /** With no specifier: the name of another entry point of this Angular library that holds the module. */
  readonly closedEntryPoint?: string;
}

export function writeModuleFor(ctx: CheckContext, site: ModuleSite, module: ModuleRef): WrittenModule {
  const mode = ctx.loadModeOf(site);
  const specifier = writeCanonicalSpecifier(ctx.resolver, ctx.fileName, site.specifier.text, module, mode);
  const resolved = specifier === undefined ? undefined : ctx.resolver.resolve(specifier, ctx.fileName, mode);
  const file = resolved ?? module.files[0] ?? '';
  // With nothing to write, show the module as this file would reach it (the config's path is relative to the config).
  const display = specifier ?? (isRelative(module.specifier) && file !== '' ? relativeFromFile(ctx.fileName, file) : module.specifier);
  const filePackage = specifier === undefined && file !== '' ? packageOf(file) : undefined;
  const closedPackage = filePackage && filePackage.dir !== packageOf(ctx.fileName)?.dir ? filePackage.name : undefined;
  const entryPoint = specifier === undefined && file !== '' && closedPackage === undefined ? angularEntryPointOf(file) : undefined;
  const closedEntryPoint = entryPoint && entryPoint.dir !== angularEntryPointOf(ctx.fileName)?.dir ? entryPoint.name : undefined;
  return {
    module,
    specifier,
    display,
    file,
    ...(closedPackage !== undefined && { closedPackage }),
    ...(closedEntryPoint !== undefined && { closedEntryPoint }),
  };
}

/**
 * Proves that `legacyName` of the site's module and `canonicalName` of `target` are one declaration, reachable
 * for the binding's `use` (a value use needs a path that is not `export type`).
 */
export function proveMove(
  ctx: CheckContext,
  site: ModuleSite,
  legacyFile: string,
  legacyName: string,
  target: WrittenModule,
  canonicalName: string,
  use: BindingUse = 'value',
): Proof {
  if (legacyName === 'default' && ctx.loadModeOf(site) === 'import' && ctx.resolver.fileFormat(legacyFile) === 'require') {
    return {
      safe: false,
      reason: `an ES module's default import of CommonJS module '${site.specifier.text}' is its module.exports, not its 'default' export`,
      suggest: false,
    };
  }
  if (target.file === ctx.fileName) {
    return { safe: false, reason: `this file is '${target.display}' itself, which cannot import from itself`, suggest: false };
  }
  return ctx.oracle.prove(
    { file: legacyFile, name: legacyName, display: site.specifier.text },
    { file: target.file, name: canonicalName, display: target.display },
    use,
  );
}

/**
 * Why no site of `legacy` may move at all: the module changes types elsewhere (`declare module`, `declare
 * global`), which its importers would lose; or a test mocks it, and an import of the canonical module would not
 * see the mock. A mock in this very file moves in the same fix as the sites it serves (mockedWith), so it
 * blocks them only when it cannot move itself (`mockFix` says whether it can). Code the module runs when loaded
 * is judged by the evaluation order (load-order.ts), which knows whether this import loads it at all.
 */
export function legacyModuleReason(
  ctx: CheckContext,
  site: ModuleSite,
  legacy: LegacyModule,
  mockFix: (mock: ModuleSite) => boolean,
): string | undefined {
  const augmentation = getExportMap(ctx.ts, legacy.file, ctx.program)?.effects.find((effect) => effect.kind === 'augmentation');
  if (augmentation) {
    return `'${site.specifier.text}' augments other declarations (line ${augmentation.line}: \`${augmentation.text}\`), which importers of another module would lose`;
  }
  if (site.kind === 'mock') return undefined;
  const stuck = mockedWith(ctx, site, legacy.file).find((mock) => !mockFix(mock));
  const mock = stuck ? `in this file (line ${lineOf(ctx, stuck)})` : mockElsewhere(ctx, legacy.file);
  if (mock) {
    return `'${site.specifier.text}' is mocked ${mock}, and the mock would not apply to the canonical module: move the mock first`;
  }
  return undefined;
}

/**
 * The mocks in this file of the module a site loads, which must move in the same fix as the site: an import
 * moved alone would miss the mock, and a mock moved alone would leave the import for a second pass.
 */
export function mockedWith(ctx: CheckContext, site: ModuleSite, file: string): ModuleSite[] {
  if (site.kind === 'mock') return [];
  return ctx.sites.filter((other) => other.kind === 'mock' && ctx.resolveSite(other) === file);
}

/**
 * Where `file` is mocked: by a mock site of this very file, or by a test file of the config. Undefined when
 * nothing mocks it.
 */
export function mockOf(ctx: CheckContext, file: string): string | undefined {
  const here = ctx.sites.find((site) => site.kind === 'mock' && ctx.resolveSite(site) === file);
  return here ? `in this file (line ${lineOf(ctx, here)})` : mockElsewhere(ctx, file);
}

/** Where a test file other than this one mocks `file` (this file's own mocks are read from its current text). */
function mockElsewhere(ctx: CheckContext, file: string): string | undefined {
  const mock = getMockIndex(ctx.ts, ctx.config).mocksOf(file).find((candidate) => candidate.testFile !== ctx.fileName);
  if (!mock) return undefined;
  const where = path.posix.relative(path.posix.dirname(ctx.fileName), mock.testFile) || path.posix.basename(mock.testFile);
  return `in ${where} (line ${mock.line})`;
}

function lineOf(ctx: CheckContext, site: ModuleSite): number {
  return ctx.sourceFile.getLineAndCharacterOfPosition(site.specifier.getStart(ctx.sourceFile)).line + 1;
}

/** Why no specifier can be written for a canonical module, and what would let one be written. */
export const NO_SPECIFIER_REASON = (target: WrittenModule): string => {
  if (target.closedPackage !== undefined) {
    return (
      `'${target.display}' is in package '${target.closedPackage}', and no specifier through that package's name (what its package.json "exports" exposes) leads there from this file; ` +
      `expose it in those "exports", or declare as canonical in ssot.config.json a module that the package exposes`
    );
  }
  if (target.closedEntryPoint !== undefined) {
    return (
      `'${target.display}' is in '${target.closedEntryPoint}', another entry point of this Angular library (ng-package.json), which is imported only by that name, and that name does not lead there from this file; ` +
      `export it from that entry point and declare '${target.closedEntryPoint}' as canonical in ssot.config.json`
    );
  }
  return `no specifier written from this file resolves to '${target.display}'; declare it in ssot.config.json by a specifier that resolves here too (a package name or a tsconfig "paths" alias)`;
};

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}

function relativeFromFile(fromFile: string, file: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), file);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
