import { describe, expect, it } from 'vitest';
import { renderNothingToPropose } from '../src/init/init-summary';

const KEPT = 'nothing to move: ./config/public-api is kept, the entry file of an Angular library entry point (ng-package.json)';

describe("--init's list of the symbols it left out", () => {
  it('lists symbols left out for one same reason once, under it, their names wrapped at 120 columns', () => {
    const names = ['AffixConfig', 'AlertConfig', 'AnchorConfig', 'AvatarConfig', 'BadgeConfig', 'ButtonConfig', 'CardConfig'];
    const skipped = [
      ...names.map((name) => ({ name, module: './config/config', reason: KEPT })),
      { name: 'Widget', module: './widgets/widget', reason: 'nothing to move: ./widgets/public-api is kept' },
    ];

    expect(renderNothingToPropose({ config: { $schema: '', symbols: [] }, reasons: { symbols: [], skipped } })).toBe(
      [
        'ssot audit --init: no symbol to propose; no config written.',
        '',
        'Not proposed (8):',
        `  7 symbols: ${KEPT}`,
        '    AffixConfig (./config/config), AlertConfig (./config/config), AnchorConfig (./config/config),',
        '    AvatarConfig (./config/config), BadgeConfig (./config/config), ButtonConfig (./config/config),',
        '    CardConfig (./config/config)',
        '  Widget (./widgets/widget): nothing to move: ./widgets/public-api is kept',
        '',
      ].join('\n'),
    );
  });
});
