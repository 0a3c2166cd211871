import { describe, expect, it } from 'vitest';
import type { ExportedSymbol, ExportPathOf } from '../src/audit/discover-reexports';
import { chooseCanonical, type PathEvidence } from '../src/init/canonical-choice';

/*
 * chooseCanonical with no @deprecated tag anywhere, on what the evidence says of packages and entry points:
 * within one package the declaring module is canonical; once a module of another package passes the symbol on,
 * the declaring package's entry point is, since the other package reaches it only there.
 */
const MANAGER = '/repo/packages/core/src/manager.ts';
const CORE_INDEX = '/repo/packages/core/src/index.ts';
const APP_MANAGERS = '/repo/packages/app/src/managers.ts';

function pathTo(file: string, exportName = 'Manager'): ExportPathOf {
  const steps = file === MANAGER ? [{ file, name: 'Manager' }] : [{ file, name: exportName }, { file: MANAGER, name: 'Manager' }];
  return { file, module: file, exportName, chain: [], hops: steps.length - 1, steps };
}

function symbolWith(paths: ExportPathOf[]): ExportedSymbol {
  return { name: 'Manager', kind: 'class', declaringFile: MANAGER, paths };
}

/** `packages`: the package directory of each file (undefined: outside any named package); `entries`: the entry points. */
function evidence(packages: Record<string, string | undefined>, entries: readonly string[], entryNames: Record<string, string> = {}): PathEvidence {
  return {
    deprecationOf: () => undefined,
    entryPointOf: (exportPath) => (entries.includes(exportPath.file) ? 'an entry point of its package (package.json "exports")' : undefined),
    popularityOf: () => undefined,
    unitOf: (file) => packages[file],
    entryNameOf: (file) => entryNames[file],
    exportNamesOf: () => [],
    display: (file) => file.replace('/repo/', './'),
  };
}

const onePackage = { [MANAGER]: '/repo', [CORE_INDEX]: '/repo', [APP_MANAGERS]: '/repo' };
const twoPackages = { [MANAGER]: '/repo/packages/core', [CORE_INDEX]: '/repo/packages/core', [APP_MANAGERS]: '/repo/packages/app' };

describe('the canonical path when no path is @deprecated', () => {
  it.each([
    {
      case: 'one package: the declaring module',
      packages: onePackage,
      entries: [CORE_INDEX],
      canonical: MANAGER,
      reason: 'it declares it (no path is @deprecated)',
      legacy: [APP_MANAGERS],
    },
    {
      case: "another package passes it on: the declaring package's entry point",
      packages: twoPackages,
      entries: [CORE_INDEX],
      canonical: CORE_INDEX,
      reason: 'an entry point of its package (package.json "exports"); other packages pass it on, and reach its package there (no path is @deprecated)',
      legacy: [APP_MANAGERS],
    },
    {
      case: "another package passes it on: an entry point of that other package is not the declaring package's",
      packages: twoPackages,
      entries: [APP_MANAGERS],
      skipped: 'no module path is @deprecated, other packages re-export it, and no entry point of the package of ./packages/core/src/manager.ts exports it',
    },
  ])('$case', ({ packages, entries, canonical, reason, legacy, skipped }) => {
    const symbol = symbolWith([pathTo(MANAGER), pathTo(CORE_INDEX), pathTo(APP_MANAGERS, 'AppManager')]);
    const choice = chooseCanonical(symbol, evidence(packages, entries));
    if (skipped) {
      expect(choice).toEqual({ skipped });
      return;
    }
    if ('skipped' in choice) throw new Error(`skipped: ${choice.skipped}`);
    expect([choice.canonical.path.file, choice.canonical.reason]).toEqual([canonical, reason]);
    expect(choice.legacy.map((verdict) => verdict.path.file)).toEqual(legacy);
  });
});

describe('the canonical path across the entry points of an Angular library', () => {
  const PUBLIC_API = '/repo/packages/core/src/public-api.ts';
  const units = { [MANAGER]: '/repo/packages/core/src', [PUBLIC_API]: '/repo/packages/core/src', [CORE_INDEX]: '/repo/packages/core/src', [APP_MANAGERS]: '/repo/packages/app/src' };

  it("prefers, of the declaring entry point's modules, the one its name resolves to, over the entry file listed first", () => {
    const symbol = symbolWith([pathTo(MANAGER), pathTo(PUBLIC_API), pathTo(CORE_INDEX), pathTo(APP_MANAGERS, 'AppManager')]);
    const choice = chooseCanonical(symbol, evidence(units, [PUBLIC_API, CORE_INDEX], { [CORE_INDEX]: 'my-lib/core' }));

    if ('skipped' in choice) throw new Error(`skipped: ${choice.skipped}`);
    expect([choice.canonical.path.file, choice.canonical.reason]).toEqual([
      CORE_INDEX,
      'an entry point of its package (package.json "exports"); other entry points pass it on, and import it by that name (no path is @deprecated)',
    ]);
    expect(choice.legacy.map((verdict) => verdict.path.file)).toEqual([APP_MANAGERS]);
  });
});
