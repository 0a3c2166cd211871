import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCache, loadConfig } from 'ssot-config';
import * as declaredClassesModule from '../src/checks/single-implementation/declared-classes';
import { checkNames, requiresTypes, runCheck, typeChecksHaveWork } from '../src/index';
import { makeTempRoot, parseTsconfig, writeFile } from './helpers/temp-project';

// `ssot check --typescript 7` runs no type check, and leaves unparsed the files in which no other check can report,
// when typeChecksHaveWork says the config gives the type checks nothing to compare. That must be true of every
// check that requires types: without a protocol in the config they report nothing, on a project where, with one,
// they do.

vi.mock('../src/checks/single-implementation/declared-classes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/checks/single-implementation/declared-classes')>();
  return { ...actual, findDeclaredClasses: vi.fn(actual.findDeclaredClasses) };
});
const classSearches = vi.mocked(declaredClassesModule.findDeclaredClasses);

let root: string;

beforeEach(() => {
  clearCache();
  classSearches.mockClear();
  root = makeTempRoot('ssot-type-checks-work-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, types: [] }, include: ['src'] }));
  writeFile(root, 'src/protocol.ts', 'export interface Protocol {\n  send(data: string): number;\n}\n');
  writeFile(root, 'src/canonical.ts', "import type { Protocol } from './protocol';\nexport class Canonical implements Protocol {\n  send(data: string): number { return data.length; }\n}\n");
  // A second implementation, whose `send` diverges from the protocol: a finding of each type check.
  writeFile(root, 'src/other.ts', "import type { Protocol } from './protocol';\nexport class Other implements Protocol {\n  send(data: number): string { return String(data); }\n}\n");
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function typeCheckFindings(): number {
  const parsed = parseTsconfig(root);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checks = checkNames.filter(requiresTypes);
  expect(checks.length).toBeGreaterThan(0);
  return program
    .getSourceFiles()
    .filter((sourceFile) => sourceFile.fileName.startsWith(root))
    .reduce((sum, sourceFile) => sum + checks.reduce((count, check) => count + runCheck(check, { ts, sourceFile, program }).length, 0), 0);
}

describe('typeChecksHaveWork', () => {
  it('with a protocol in the config: it says so, and the type checks report', () => {
    const config = { symbols: [{ name: 'Canonical', module: './src/canonical', protocol: { module: './src/protocol', name: 'Protocol', maxImplementations: 1 } }] };
    writeFile(root, 'ssot.config.json', JSON.stringify(config));
    expect(typeChecksHaveWork(loadConfig(ts, `${root}/ssot.config.json`)!)).toBe(true);
    expect(typeCheckFindings()).toBeGreaterThan(1);
    expect(classSearches).toHaveBeenCalled();
  });

  it('without one: it says so, and no check that requires types reports anything', () => {
    writeFile(root, 'ssot.config.json', JSON.stringify({ symbols: [{ name: 'Canonical', module: './src/canonical' }] }));
    expect(typeChecksHaveWork(loadConfig(ts, `${root}/ssot.config.json`)!)).toBe(false);
    expect(typeCheckFindings()).toBe(0);
    // Nor does single-implementation search the files for classes to count (it did, for nothing, on every file).
    expect(classSearches).not.toHaveBeenCalled();
  });
});
