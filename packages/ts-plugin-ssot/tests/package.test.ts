import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { checkNames } from 'ssot-core';
import { describe, expect, it } from 'vitest';
import { CONFIG_ERROR_CODE, codeForCheck } from '../src/codes';

const packageDir = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;

function filesUnder(dir: string, extension: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, extension);
    return entry.name.endsWith(extension) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('the ts-plugin-ssot package', () => {
  it('is a CommonJS package whose main is the built factory', () => {
    expect(manifest).toMatchObject({
      name: 'ts-plugin-ssot',
      main: 'dist/index.js',
      files: ['dist', '!dist/.tsbuildinfo', 'src', 'README.md'],
      dependencies: { 'ssot-core': '0.1.0', 'ssot-config': '0.1.0' },
      peerDependencies: { typescript: '>=5.9.0 <6.1.0' },
    });
    expect(manifest.type).toBeUndefined();
  });

  it('exports the factory itself (module.exports = init), as tsserver require()s it', () => {
    const factory = createRequire(__filename)(path.join(packageDir, 'dist', 'index.js')) as unknown;
    expect(typeof factory).toBe('function');
    const plugin = (factory as (modules: { typescript: unknown }) => Record<string, unknown>)({ typescript: {} });
    expect(typeof plugin.create).toBe('function');
    expect(typeof plugin.onConfigurationChanged).toBe('function');
  });

  it('imports TypeScript only for its types: at run time it uses the typescript tsserver hands it', () => {
    const runtimeImports = filesUnder(path.join(packageDir, 'src'), '.ts').filter((file) =>
      /^import(?!\s+type\b)[^;]*from\s+'typescript'/m.test(fs.readFileSync(file, 'utf8')),
    );
    expect(runtimeImports).toEqual([]);
    const builtRequires = filesUnder(path.join(packageDir, 'dist'), '.js').filter((file) =>
      /require\("typescript(?:\/[^"]*)?"\)/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(builtRequires).toEqual([]);
  });

  it('documents every diagnostic code in its README', () => {
    const readme = fs.readFileSync(path.join(packageDir, 'README.md'), 'utf8');
    expect(readme).toContain(`| ${CONFIG_ERROR_CODE} |`);
    for (const check of checkNames) expect(readme).toContain(`| ${codeForCheck(check)} | \`${check}\` |`);
  });
});
