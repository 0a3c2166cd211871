import type * as TS from 'typescript';
import type { ModuleRef } from 'ssot-config';
import type { CheckContext } from '../../check-context';
import { replaceNode, replaceSpecifier } from '../../edits/import-edits';
import type { Finding, Suggestion, TextEdit } from '../../finding';
import { moduleKey, type LegacyModule } from '../../legacy-index';
import type { ModuleSite } from '../../module-sites';
import { usageOfSite, type ModuleUsage, type NameUse } from '../../module-usage';
import { NO_SPECIFIER_REASON, proveMove, writeModuleFor, type WrittenModule } from './canonical-target';

/**
 * Sites that take the module as a whole: `import 'm'`, `import * as ns`, `export * from`, `import()`,
 * `require()`, `import x = require()`, `import('m').T`, mocks. The specifier moves when every name the site
 * uses (or, when its use cannot be seen, every export of the module) has one canonical home and is the same
 * declaration there; members accessed under a legacy name are renamed too.
 */
export function checkModuleLevelSite(ctx: CheckContext, site: ModuleSite, legacy: LegacyModule): Finding | undefined {
  const seen = usageOfSite(ctx.ts, site, ctx.sourceFile, ctx.checker);
  // A binding that is never used still loads the legacy module: judge it like a side-effect import.
  const usage: ModuleUsage = seen.kind === 'names' && seen.uses.length === 0 ? { kind: 'none' } : seen;
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
  const start = site.specifier.getStart(ctx.sourceFile);
  const end = site.specifier.end;
  const specifier = site.specifier.text;
  const written = homes.map((home) => writeModuleFor(ctx, site, home));
  const [home] = written;
  if (written.length > 1 || !home) {
    const suggestions: Suggestion[] = written.flatMap((target) =>
      target.specifier === undefined
        ? []
        : [
            {
              messageId: 'useCanonical',
              data: { canonical: target.display },
              edits: planEdits(ctx, site, legacy, usage, target),
            },
          ],
    );
    return {
      check: 'canonical-import',
      messageId: 'legacyModuleSplit',
      data: {
        specifier,
        count: String(written.length),
        canonicals: written.map((target) => `'${target.display}'`).join(', '),
      },
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
  const reason = unsafeReason(ctx, site, legacy, usage, home);
  if (reason === undefined) return { check: 'canonical-import', messageId: 'legacyModule', data, start, end, fix: edits };
  return {
    check: 'canonical-import',
    messageId: 'legacyModuleUnsafe',
    data: { ...data, reason },
    start,
    end,
    suggestions: [{ messageId: 'useCanonical', data: { canonical: home.display }, edits }],
  };
}

/** The canonical name each used export has in `home` (its own name when it is not a legacy name). */
function canonicalNameOf(legacy: LegacyModule, name: string): string {
  return legacy.move ? name : (legacy.names.get(name)?.name ?? name);
}

function unsafeReason(
  ctx: CheckContext,
  site: ModuleSite,
  legacy: LegacyModule,
  usage: ModuleUsage,
  home: WrittenModule,
): string | undefined {
  if (usage.kind === 'names') {
    for (const use of usage.uses) {
      if (use.kind === 'default' && canonicalNameOf(legacy, use.name) !== use.name) {
        return `the default import is now '${canonicalNameOf(legacy, use.name)}', which a default import cannot name`;
      }
      const proof = proveMove(ctx, site, legacy.file, use.name, home, canonicalNameOf(legacy, use.name));
      if (!proof.safe) return proof.reason;
    }
    return undefined;
  }
  const names = ctx.oracle.exportNames(legacy.file);
  if (!names) return `ssot cannot list the exports of '${site.specifier.text}'`;
  for (const name of names) {
    const canonicalName = canonicalNameOf(legacy, name);
    if (usage.kind === 'unknown' && canonicalName !== name) {
      return `'${name}' is renamed to '${canonicalName}', and this site uses the module as a whole`;
    }
    const proof = proveMove(ctx, site, legacy.file, name, home, canonicalName);
    if (!proof.safe) return proof.reason;
  }
  return undefined;
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
