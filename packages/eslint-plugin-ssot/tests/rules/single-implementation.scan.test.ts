import * as path from 'node:path';
import * as ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { runCheck } from 'ssot-core';
import { fixtureFile } from '../rule-tester';

/*
 * single-implementation needs every class of the program, so the engine scans the program once per program and
 * config and answers each file from that scan. The scan is the only caller of checker.isTypeAssignableTo (the
 * structural test), so counting those calls counts scans without a test-only hook in the engine.
 */
const project = (file: string) => fixtureFile('implementations', file);

function createProgram(): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(project('tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('the fixture tsconfig did not parse');
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

/** The class names single-implementation reports in one file of `program`. */
function reportedIn(program: ts.Program, file: string): string[] {
  const sourceFile = program.getSourceFile(path.normalize(project(file)).replace(/\\/g, '/'));
  if (!sourceFile) throw new Error(`${file} is not in the fixture program`);
  return runCheck('single-implementation', { ts, sourceFile, program }).map((finding) => finding.data.className ?? '');
}

const FILES_WITH_FINDINGS = {
  'src/store/base-store.ts': ['PrefixStore'],
  'src/store/legacy-store.ts': ['LegacyStore'],
  'src/store/map-store.ts': ['MapStore'],
  'src/store/memory-store.ts': ['MemoryStore'],
  'src/store/patched-store.ts': ['PatchedLegacyStore'],
  'src/cache/ttl-cache.ts': ['TtlCache'],
};

describe('single-implementation: the program scan', () => {
  it('runs once per program: the first file scans, every other file is a lookup', () => {
    const program = createProgram();
    const structuralTests = vi.spyOn(program.getTypeChecker(), 'isTypeAssignableTo');

    expect(reportedIn(program, 'src/store/store.ts')).toEqual([]);
    const callsOfOneScan = structuralTests.mock.calls.length;
    expect(callsOfOneScan).toBeGreaterThan(0);

    for (const [file, classes] of Object.entries(FILES_WITH_FINDINGS)) {
      expect(reportedIn(program, file)).toEqual(classes);
    }
    expect(reportedIn(program, 'src/store/almost-store.ts')).toEqual([]);
    expect(structuralTests.mock.calls.length).toBe(callsOfOneScan);
  });

  it('scans again for a new program (the cache is keyed by program, then config)', () => {
    const first = createProgram();
    expect(reportedIn(first, 'src/store/map-store.ts')).toEqual(['MapStore']);

    const second = createProgram();
    const structuralTests = vi.spyOn(second.getTypeChecker(), 'isTypeAssignableTo');
    expect(reportedIn(second, 'src/store/map-store.ts')).toEqual(['MapStore']);
    expect(structuralTests).toHaveBeenCalled();
  });

  it('reports nothing in test files, which are not counted', () => {
    const program = createProgram();
    expect(reportedIn(program, 'src/store/store.spec.ts')).toEqual([]);
    expect(reportedIn(program, 'test/recording-store.ts')).toEqual([]);
  });
});
