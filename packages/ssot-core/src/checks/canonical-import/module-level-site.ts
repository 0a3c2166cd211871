import type * as TS from 'typescript';
import type { ModuleRef } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import { replaceNode, replaceSpecifier } from '../../edits/import-edits';
import type { Finding, Suggestion, TextEdit } from '../../finding';
import { moduleKey, type LegacyModule } from '../../legacy-index';
import type { ModuleSite } from '../../module-sites';
import { usageOfSite, type ModuleUsage, type NameUse } from '../../module-usage';
import { legacyModuleReason, mockOf, NO_SPECIFIER_REASON, proveMove, writeModuleFor, type WrittenModule } from './canonical-target';
import { listModules } from './module-list';
import { listNames } from './named-move';

/**
 * Sites that take the module as a whole: `import 'm'`, `import * as ns`, `export * from`, `import()`,
 * `require()`, `import x = require()`, `import('m').T`, mocks, `require.resolve()`, `declare module`. The
 * specifier moves when every name the site uses has one canonical home and is the same declaration there, or,
 * when its use cannot be seen (a namespace that escapes, `export *`, a mock), when the canonical module exports
 * exactly what the legacy one does; members accessed under a legacy name are renamed too.
 */
export function checkModuleLevelSite(
  ctx: CheckContext,
  site: ModuleSite,
  legacy: LegacyModule,
  mockFix: (mock: ModuleSite) => boolean,
): Finding | undefined {
  const seen = usageOfSite(ctx.ts, site, ctx.sourceFile, ctx.checker);
  // A binding that is never used still loads the legacy module: judge it like a side-effect import. So is
  // `import D, * as ns` with `ns` unused, unless its default import is itself legacy.
  const onlyDefault = seen.kind === 'names' && seen.uses.every((use) => use.kind === 'default');
  const usage: ModuleUsage = onlyDefault && (seen.uses.length === 0 || !hasLegacyUse(seen, legacy)) ? { kind: 'none' } : seen;
  let homes: readonly ModuleRef[];
  if (usage.kind === 'names' && !legacy.move) {
    const legacyUses = usage.uses.filter((use) => legacy.names.has(use.name));
    if (legacyUses.length === 0) return undefined;
    const byKey = new Map<string, ModuleRef>();
    for (const use of legacyUses) {
      const module = (legacy.names.get(use.name) as { module: ModuleRef }).module;
      byKey.set(moduleKey(module), module);
    }
    homes = [...byKey.values()];
  } else {
    homes = ctx.legacy.homesOf(legacy);
  }
  // The canonical module's own `export *` of a barrel that keeps a deprecated alias of one of its names (tRPC's
  // package entry): the barrel stays as the home of its other exports, and the site is how the entry exports them.
  if (ctx.legacy.isBarrel(legacy.file) && homes.some((home) => home.files.includes(ctx.fileName))) return undefined;
  const start = site.specifier.getStart(ctx.sourceFile);
  const end = site.specifier.end;
  const specifier = site.specifier.text;
  const written = homes.map((home) => writeModuleFor(ctx, site, home));
  const [home] = written;
  if (written.length > 1 || !home) {
    // Only a site that binds nothing may load one of the homes instead: any other would lose names.
    const suggestions: Suggestion[] =
      usage.kind !== 'none'
        ? []
        : written.flatMap((target) =>
            target.specifier === undefined
              ? []
              : [{ messageId: 'useCanonical', data: { canonical: target.display }, edits: planEdits(ctx, site, legacy, usage, target) }],
          );
    return {
      check: 'canonical-import',
      messageId: usage.kind === 'none' ? 'legacyModuleSplit' : 'legacyModuleSplitUsed',
      data: { specifier, count: String(written.length), canonicals: listModules(written.map((target) => target.display)) },
      start,
      end,
      suggestions,
    };
  }
  const data = { specifier, canonical: home.display };
  if (home.specifier === undefined) {
    return {
      check: 'canonical-import',
      messageId: 'legacyModuleUnsafe',
      data: { ...data, reason: NO_SPECIFIER_REASON(home) },
      start,
      end,
    };
  }
  const edits = planEdits(ctx, site, legacy, usage, home);
  const refusal = unsafeReason(ctx, site, legacy, seen, usage, home, mockFix);
  if (refusal === undefined) return { check: 'canonical-import', messageId: 'legacyModule', data, start, end, fix: edits };
  return {
    check: 'canonical-import',
    messageId: 'legacyModuleUnsafe',
    data: { ...data, reason: refusal.reason },
    start,
    end,
    suggestions: refusal.suggest ? [{ messageId: 'useCanonical', data: { canonical: home.display }, edits }] : [],
  };
}

function hasLegacyUse(usage: ModuleUsage & { kind: 'names' }, legacy: LegacyModule): boolean {
  return legacy.move !== undefined || usage.uses.some((use) => legacy.names.has(use.name));
}

/** The canonical name each used export has in `home` (its own name when it is not a legacy name). */
function canonicalNameOf(legacy: LegacyModule, name: string): string {
  return legacy.move ? name : (legacy.names.get(name)?.name ?? name);
}

interface Refusal {
  readonly reason: string;
  /** Whether the edits may be offered for a person to judge (never when they would bind something else). */
  readonly suggest: boolean;
}

function unsafeReason(
  ctx: CheckContext,
  site: ModuleSite,
  legacy: LegacyModule,
  seen: ModuleUsage,
  usage: ModuleUsage,
  home: WrittenModule,
  mockFix: (mock: ModuleSite) => boolean,
): Refusal | undefined {
  if (site.kind === 'resolve') {
    return { reason: `it resolves the module to a path, and '${home.display}' resolves to another file`, suggest: true };
  }
  if (site.kind === 'augmentation') {
    return { reason: `an augmentation merges into what the module declares; check it against '${home.display}'`, suggest: true };
  }
  const moduleReason = legacyModuleReason(ctx, site, legacy, mockFix);
  if (moduleReason) return { reason: moduleReason, suggest: true };
  // `importActual` of a shim loads the real shim, whose own import of the canonical module gets that module's mock.
  const mockedHome = site.kind === 'actual' ? mockOf(ctx, home.file) : undefined;
  if (mockedHome) {
    return { reason: `'${home.display}' is mocked ${mockedHome}: the real legacy module reads the mock, the real '${home.display}' would not`, suggest: true };
  }
  if (seen.kind === 'names' && usage.kind === 'none' && seen.uses.length > 0) {
    const [defaultUse] = seen.uses;
    return {
      reason: `its default import '${defaultUse?.node.getText(ctx.sourceFile) ?? 'default'}' is not legacy, and its unused namespace import only loads the legacy module`,
      suggest: false,
    };
  }
  // A site that binds nothing only loads the module: what that does is judged by the evaluation order.
  if (usage.kind === 'none') return undefined;
  if (usage.kind === 'names') {
    for (const use of usage.uses) {
      if (use.kind === 'default' && canonicalNameOf(legacy, use.name) !== use.name) {
        return { reason: `the default import is now '${canonicalNameOf(legacy, use.name)}', which a default import cannot name`, suggest: false };
      }
      const proof = proveMove(ctx, site, legacy.file, use.name, home, canonicalNameOf(legacy, use.name), 'value');
      if (!proof.safe) return proof;
    }
    return undefined;
  }
  const names = ctx.oracle.exportNames(legacy.file);
  if (!names) return { reason: `ssot cannot list the exports of '${site.specifier.text}'`, suggest: true };
  for (const name of names) {
    const canonicalName = canonicalNameOf(legacy, name);
    if (canonicalName !== name) {
      return { reason: `'${name}' is renamed to '${canonicalName}', and this site uses the module as a whole`, suggest: false };
    }
    const proof = proveMove(ctx, site, legacy.file, name, home, canonicalName, 'value');
    if (!proof.safe) return proof;
  }
  // A site that takes the module as a whole (`export *`, a namespace that escapes, a mock) would take whatever
  // else the canonical module exports too.
  return widening(ctx, site, names, home);
}

/** The names the canonical module exports beyond the legacy module's, which a whole-module site would gain. */
function widening(ctx: CheckContext, site: ModuleSite, legacyNames: readonly string[], home: WrittenModule): Refusal | undefined {
  const canonicalNames = ctx.oracle.exportNames(home.file);
  if (!canonicalNames) return { reason: `ssot cannot list the exports of '${home.display}'`, suggest: true };
  const had = new Set(legacyNames);
  const extra = canonicalNames.filter((name) => !had.has(name) && !(site.kind === 'export-all' && name === 'default'));
  if (extra.length === 0) return undefined;
  const shown = listNames(extra.map((name) => `'${name}'`));
  const what = site.kind === 'mock' ? 'the mock would have to provide' : 'this site would take';
  return { reason: `'${home.display}' also exports ${shown}, which ${what}`, suggest: false };
}

function planEdits(
  ctx: CheckContext,
  site: ModuleSite,
  legacy: LegacyModule,
  usage: ModuleUsage,
  home: WrittenModule,
): TextEdit[] {
  const edits: TextEdit[] = [replaceSpecifier(ctx.sourceFile, site.specifier, home.specifier ?? home.display)];
  if (usage.kind !== 'names') return edits;
  for (const use of usage.uses) {
    const canonicalName = canonicalNameOf(legacy, use.name);
    // Only the names whose home this is are renamed; the others stay as the user wrote them.
    const target = legacy.names.get(use.name);
    const livesHere = !target || moduleKey(target.module) === moduleKey(home.module);
    if (canonicalName !== use.name && livesHere && use.kind !== 'default') edits.push(renameUse(ctx, use, canonicalName));
  }
  return edits;
}

/**
 *   ns.Old              ->  ns.New
 *   const { Old } = m   ->  const { New: Old } = m
 *   const { Old: x } = m -> const { New: x } = m
 */
function renameUse(ctx: CheckContext, use: NameUse, canonicalName: string): TextEdit {
  const { sourceFile } = ctx;
  if (use.kind === 'binding') {
    const element = use.node as TS.BindingElement;
    if (element.propertyName) return replaceNode(sourceFile, element.propertyName, canonicalName);
    return replaceNode(sourceFile, element.name, `${canonicalName}: ${element.name.getText(sourceFile)}`);
  }
  return replaceNode(sourceFile, use.node, canonicalName);
}
