import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCache, loadConfigForFile } from 'ssot-config';
import * as bindingUsesModule from '../src/binding-uses';
import { createCheckContext } from '../src/check-context';
import { clearExportMapCache, runCheck } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// How a file uses the names its imports bind is read by walking the whole file: the check context reads the
// names asked together in one walk, and each name once per file, however many checks and proofs ask.

vi.mock('../src/binding-uses', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/binding-uses')>();
  return { ...actual, bindingUses: vi.fn(actual.bindingUses) };
});
const walks = vi.mocked(bindingUsesModule.bindingUses);

let root: string;
beforeAll(() => {
  clearCache();
  clearExportMapCache();
  root = makeTempRoot('ssot-check-context-uses-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true } }));
  writeFile(
    root,
    'ssot.config.json',
    JSON.stringify({ symbols: ['a', 'b', 'T'].map((name) => ({ name, module: './src/canon', legacy: [{ module: './src/legacy' }] })) }),
  );
  writeFile(root, 'src/canon.ts', 'export const a = 1;\nexport const b = 2;\nexport type T = number;\n');
  writeFile(root, 'src/legacy.ts', "export { a, b, type T } from './canon';\n");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  walks.mockClear();
});

function sourceFileOf(name: string, text: string): ts.SourceFile {
  const file = writeFile(root, name, text);
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

describe('the check context reads how imported names are used', () => {
  it('answers the names asked together from one walk, and never walks again for a name it read', () => {
    const text = "import { a, T } from './legacy';\nexport const x: T = a;\n";
    const sourceFile = sourceFileOf('src/asked.ts', text);
    const config = loadConfigForFile(ts, sourceFile.fileName);
    if (!config) throw new Error('no config');
    const ctx = createCheckContext(ts, sourceFile, sourceFile.fileName, config, undefined);
    const uses = ctx.importUses(['a', 'T', 'notImported']);
    expect([uses('a'), uses('T'), uses('notImported')]).toEqual(['value', 'type', 'unknown']);
    expect(walks).toHaveBeenCalledTimes(1);
    expect([...(walks.mock.calls[0]?.[2] ?? [])].sort()).toEqual(['T', 'a']);
    expect(ctx.importUses(['T'])('T')).toBe('type');
    expect(walks).toHaveBeenCalledTimes(1);
  });

  it('walks a file once for a declaration that moves several names, its fix proven included', () => {
    const text = "import { a, b, type T } from './legacy';\nexport const x: T = a + b;\n";
    const sourceFile = sourceFileOf('src/user.ts', text);
    const [finding] = runCheck('canonical-import', { ts, sourceFile });
    expect(finding?.fix).toEqual([{ start: text.indexOf('./legacy'), end: text.indexOf('./legacy') + './legacy'.length, text: './canon' }]);
    expect(walks).toHaveBeenCalledTimes(1);
  });
});
