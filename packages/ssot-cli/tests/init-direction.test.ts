import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, repoRoot, runSsot, type RunResult } from './helpers';

/*
 * tests/fixtures/init-deprecated, shaped like a Next.js app halfway through a consolidation:
 *   src/lib/utils.ts          @deprecated Import from '@shared/utils' instead; export * from '@shared/utils'
 *   src/components/layout.ts  @deprecated Use the layout barrel; export { Header, Footer } from '@ui/layout'
 *   src/shared/utils/index.ts, src/ui/layout/index.ts   the new barrels (Header and Footer are default exports)
 *   src/index.ts              the package's "main" (./dist/index.js, built from src), re-exports cn and formatDate
 *   src/shared/hooks/index.ts the barrel 2 of the 3 files that use useLogger import; no tag anywhere
 *   src/widgets/public-api.ts an index barrel no file of the project imports, the only other path to Widget
 */
describe('ssot audit --init on @deprecated shims that re-export barrels', () => {
  let copy: string;
  let init: RunResult;
  let config: { symbols: unknown[] };

  beforeAll(() => {
    const parent = path.join(repoRoot, '.tmp');
    fs.mkdirSync(parent, { recursive: true });
    copy = fs.mkdtempSync(path.join(parent, 'ssot-cli-init-direction-'));
    fs.cpSync(fixturePath('init-deprecated'), copy, { recursive: true });
    init = runSsot(['audit', copy, '--init']);
    config = JSON.parse(fs.readFileSync(path.join(copy, 'ssot.config.json'), 'utf8')) as { symbols: unknown[] };
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('proposes the barrels the tags point to as canonical and the deprecated shims as legacy, by the barrels\' names', () => {
    expect(init.status).toBe(0);
    expect(config.symbols).toEqual([
      { name: 'cn', module: './src/shared/utils/index', legacy: [{ module: './src/lib/utils' }] },
      { name: 'formatDate', module: './src/shared/utils/index', legacy: [{ module: './src/lib/utils' }] },
      { name: 'Footer', module: './src/ui/layout/index', legacy: [{ module: './src/components/layout' }] },
      { name: 'Header', module: './src/ui/layout/index', legacy: [{ module: './src/components/layout' }] },
      { name: 'useLogger', module: './src/shared/hooks/use-logger', legacy: [{ module: './src/shared/hooks/index' }] },
    ]);
  });

  it('says why each module is canonical, legacy or kept', () => {
    const cn = init.stdout.slice(init.stdout.indexOf('  cn ('), init.stdout.indexOf('  formatDate ('));
    expect(cn.split('\n').filter(Boolean)).toEqual([
      '  cn (./src/shared/utils/index): 1 legacy path(s)',
      '    canonical ./src/shared/utils/index: named by the @deprecated tag of ./src/lib/utils',
      "    legacy    ./src/lib/utils: @deprecated: Import from '@shared/utils' instead",
      '    kept      ./src/shared/utils/cn: the canonical module goes through it (it declares it)',
      '    kept      ./src/index: an entry point of its package (package.json "main"), and no @deprecated tag',
    ]);
    expect(init.stdout).toContain('    canonical ./src/ui/layout/index: re-exported by ./src/components/layout, which is @deprecated\n');
  });

  it('proposes a barrel most users import as legacy only when there is no tag, and says so', () => {
    expect(init.stdout).toContain(
      "    legacy    ./src/shared/hooks/index: another path to it; imported by 2 of the 3 project files that import one of useLogger's modules: keep it instead if it is an entry point\n",
    );
  });

  it('does not propose a symbol whose only other path is a public entry point, and says why', () => {
    expect(init.stdout).toContain(
      '\nNot proposed (1):\n' +
        '  Widget (./src/widgets/widget): nothing to move: ./src/widgets/public-api is kept, an index barrel no project file imports: its importers are outside the project, and no @deprecated tag\n',
    );
  });
});
