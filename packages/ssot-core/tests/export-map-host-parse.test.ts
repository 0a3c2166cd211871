import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearExportMapCache, forgetParses, getExportMap, rememberParse } from '../src/export-map';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// A host that parsed a file (TypeScript 7's pass) offers its parse to the export maps, which then need not read
// and parse the file again; only while the file keeps the modification time the parse was made at.

let root: string;
let file: string;

beforeEach(() => {
  clearExportMapCache();
  root = makeTempRoot('ssot-export-map-host-');
  file = writeFile(root, 'src/mod.ts', 'export const onDisk = 1;\n');
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A parse whose text is not the file's, so that the test can tell which one the map was built from. */
function otherParse(): ts.SourceFile {
  return ts.createSourceFile(file, 'export const fromHost = 1;\n', ts.ScriptTarget.Latest, true);
}

describe('export maps from a host parse', () => {
  it('built from the parse while the file keeps the modification time it was made at', () => {
    rememberParse(file, otherParse(), fs.statSync(file).mtimeMs);
    expect([...(getExportMap(ts, file)?.exports.keys() ?? [])]).toEqual(['fromHost']);
  });

  it('read from disk again once the file changed after the parse', () => {
    rememberParse(file, otherParse(), fs.statSync(file).mtimeMs);
    getExportMap(ts, file);
    fs.writeFileSync(file, 'export const changed = 2;\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    // Past the map cache's one-second window, so that the file is looked at again.
    vi.spyOn(Date, 'now').mockReturnValue(later.getTime() + 5000);
    expect([...(getExportMap(ts, file)?.exports.keys() ?? [])]).toEqual(['changed']);
  });

  it('never used for a parse made at another modification time', () => {
    rememberParse(file, otherParse(), fs.statSync(file).mtimeMs - 1000);
    expect([...(getExportMap(ts, path.resolve(file))?.exports.keys() ?? [])]).toEqual(['onDisk']);
  });

  it('no longer used once the host forgets its parses', () => {
    rememberParse(file, otherParse(), fs.statSync(file).mtimeMs);
    forgetParses([file]);
    expect([...(getExportMap(ts, file)?.exports.keys() ?? [])]).toEqual(['onDisk']);
  });
});
