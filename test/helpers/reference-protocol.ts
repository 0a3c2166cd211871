import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtureProject } from './fixture-copy';

/** The file of @acme/app whose class breaks @acme/core's protocol. */
export const DIVERGING_FILE = 'packages/app/src/dev.ts';

/** test/fixtures/project-references, with @acme/core linked into node_modules as npm's workspaces install it. */
export function copyReferencesProject(repoRoot: string): string {
  const dir = copyFixtureProject(repoRoot, 'project-references');
  fs.mkdirSync(path.join(dir, 'node_modules', '@acme'), { recursive: true });
  fs.symlinkSync(path.join('..', '..', 'packages', 'core'), path.join(dir, 'node_modules', '@acme', 'core'), 'dir');
  return dir;
}

/**
 * test/fixtures/project-references with a protocol across the reference: @acme/core declares and exports the
 * interface `Sender`, which its `Manager` has the shape of; @acme/app's `DevSender` implements it with a `send`
 * that takes a parameter callers do not pass. The config declares `Sender` as Manager's protocol; ESLint runs with
 * type information. Unbuilt.
 */
export function copyReferenceProtocolProject(repoRoot: string): string {
  const dir = copyReferencesProject(repoRoot);
  const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
  write('packages/core/src/protocol.ts', 'export interface Sender {\n  readonly name: string;\n  send(message: string): string;\n}\n');
  // Manager has Sender's shape without saying so.
  write('packages/core/src/manager.ts', "export class Manager {\n  readonly name: string = 'core';\n\n  send(message: string): string {\n    return `sent ${message}`;\n  }\n}\n");
  write('packages/core/src/index.ts', "export { Manager } from './manager.js';\nexport type { Sender } from './protocol.js';\n");
  write(
    DIVERGING_FILE,
    "import type { Sender } from '@acme/core';\n\nexport class DevSender implements Sender {\n  send(message: string, level: number): string {\n    return `${level} ${message}`;\n  }\n\n  readonly name: string = 'dev';\n}\n",
  );
  write(
    'ssot.config.json',
    JSON.stringify({
      modules: [{ legacy: '@acme/core/legacy', canonical: '@acme/core' }],
      symbols: [{ name: 'Manager', module: '@acme/core', protocol: { module: './packages/core/src/protocol.ts', name: 'Sender', maxImplementations: 2 } }],
    }),
  );
  write(
    'eslint.config.mjs',
    "import tseslint from 'typescript-eslint';\nimport ssot from 'eslint-plugin-ssot';\n\nexport default [\n  { ignores: ['**/dist/**', '*.mjs'] },\n  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },\n  ssot.configs['recommended-type-checked'],\n];\n",
  );
  return dir;
}
