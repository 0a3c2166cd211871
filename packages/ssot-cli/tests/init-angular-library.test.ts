import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, runSsot, writeProject, type RunResult } from './helpers';

/**
 * An Angular library as ng-packagr builds it: each entry point's ng-package.json names its entry file, which
 * the project's own files may import too (as index.ts does). button/ names its entry file; card/ has the
 * default, src/public_api.ts. old-button.ts is a second path to ButtonComponent that nothing publishes.
 */
const FILES: Record<string, string> = {
  'package.json': '{ "name": "my-lib", "version": "1.0.0" }\n',
  'tsconfig.json': '{ "compilerOptions": { "module": "preserve", "moduleResolution": "bundler", "strict": true, "noEmit": true, "types": [] } }\n',
  'ng-package.json': '{ "lib": { "entryFile": "./public_api.ts" } }\n',
  'public_api.ts': "export * from './button/public-api';\n",
  'button/ng-package.json': '{ "lib": { "entryFile": "public-api.ts" } }\n',
  'button/button.component.ts': 'export class ButtonComponent {}\n',
  'button/public-api.ts': "export * from './button.component';\n",
  'button/index.ts': "export * from './public-api';\n",
  'button/old-button.ts': "export { ButtonComponent } from './button.component';\n",
  'card/ng-package.json': '{}\n',
  'card/card.component.ts': 'export class CardComponent {}\n',
  'card/src/public_api.ts': "export * from '../card.component';\n",
  'card/index.ts': "export * from './src/public_api';\n",
  'app/use.ts': [
    "import { ButtonComponent } from '../button/public-api';",
    "import { ButtonComponent as Old } from '../button/old-button';",
    "import { CardComponent } from '../card/src/public_api';",
    'export const parts = [ButtonComponent, Old, CardComponent];',
    '',
  ].join('\n'),
};

describe('ssot audit --init on an Angular library', () => {
  let dir: string;
  let init: RunResult;

  beforeAll(() => {
    dir = writeProject('angular-library', FILES);
    init = runSsot(['audit', dir, '--init']);
  });
  afterAll(() => removeCopy(dir));

  it('keeps each entry file ng-package.json names, imported or not, and proposes only the path nothing publishes', () => {
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'ssot.config.json'), 'utf8')).symbols).toEqual([
      { name: 'ButtonComponent', module: './button/public-api', legacy: [{ module: './button/old-button' }] },
    ]);
    // The library's primary entry point passes ButtonComponent on: button's entry file is how it reaches it.
    expect(init.stdout).toContain(
      '    canonical ./button/public-api: the entry file of an Angular library entry point (ng-package.json); other packages pass it on, and reach its package there (no path is @deprecated)\n',
    );
    expect(init.stdout).toContain('    kept      ./public_api: the entry file of an Angular library entry point (ng-package.json), and no @deprecated tag\n');
  });

  it("takes ng-packagr's default entry file, src/public_api.ts, where ng-package.json names none", () => {
    expect(init.stdout).toMatch(
      /^ {2}CardComponent \(\.\/card\/card\.component\): nothing to move: \.\/card\/src\/public_api is kept, the entry file of an Angular library entry point \(ng-package\.json\)/m,
    );
  });
});
