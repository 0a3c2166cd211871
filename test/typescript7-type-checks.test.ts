import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunTests } from '@typescript-eslint/rule-tester';
import * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkNames,
  loadTypescript7,
  openTypescript7Host,
  requiresTypes,
  runCheck,
  type EngineInput,
  type Typescript7Host,
} from 'ssot-core';
import { protocolConformanceCases } from '../packages/eslint-plugin-ssot/tests/rules/protocol-conformance.cases';
import { onDiskCases, writtenCases } from '../packages/eslint-plugin-ssot/tests/rules/single-implementation.cases';

// The type checks' rule tables through both backends of `ssot check`: TypeScript 6's program and checker in this
// process, and TypeScript 7's checker through its API (the compiler in its own process). Every case, valid or
// not, must give the same findings on both: place, message data, fix and suggestions.

const repoRoot = path.resolve(__dirname, '..');
const fixtures = path.join(repoRoot, 'packages', 'eslint-plugin-ssot', 'tests', 'fixtures');
const typeChecks = checkNames.filter((check) => requiresTypes(check));

interface Table {
  readonly title: string;
  readonly fixture: string;
  /** The file a case without a `filename` is written to. */
  readonly scratch: string;
  readonly cases: RunTests<string, []>;
}

const tables: Table[] = [
  { title: 'protocol-conformance', fixture: 'protocol', scratch: 'src/app/typed.ts', cases: protocolConformanceCases },
  { title: 'single-implementation, the fixture on disk', fixture: 'implementations', scratch: 'src/typed.ts', cases: onDiskCases },
  { title: 'single-implementation, classes written', fixture: 'implementations', scratch: 'src/typed.ts', cases: writtenCases },
];

describe.each(tables)('the type checks on TypeScript 7 = on TypeScript 6: $title table', ({ fixture, scratch, cases }) => {
  let dir: string;
  let host: Typescript7Host;
  let previous: ts.Program | undefined;
  /** Files written since the last pass, which TypeScript 7 is told of with the next one. */
  let changed: string[] = [];
  const counts = { cases: 0, findings: 0, fixes: 0, suggestions: 0 };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `ssot-ts7-types-${fixture}-`));
    fs.cpSync(path.join(fixtures, fixture), dir, { recursive: true });
    host = openTypescript7Host(ts, path.join(dir, 'tsconfig.json'), loadTypescript7(repoRoot));
  });
  afterAll(() => {
    host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const all = [...cases.valid.map((entry) => (typeof entry === 'string' ? { code: entry } : entry)), ...cases.invalid];
  it.each(all.map((entry, index) => ({ index, entry })))('case $index', ({ entry }) => {
    const file = entry.filename ? path.join(dir, path.relative(path.join(fixtures, fixture), entry.filename)) : path.join(dir, scratch);
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, entry.code);
    try {
      const pass = host.pass({ changed: [...changed, file] });
      changed = [];
      const typescript7File = pass.files.find((sourceFile) => sourceFile.fileName === file);
      expect(typescript7File, `${file} is in TypeScript 7's program`).toBeDefined();
      if (!typescript7File) return;
      const typescript7 = findingsOf({ ts, sourceFile: typescript7File, program: pass.typedProgram(), modules: pass.modules });

      const program = typescript6Program(path.join(dir, 'tsconfig.json'), previous);
      previous = program;
      const typescript6File = program.getSourceFile(file);
      if (!typescript6File) throw new Error(`${file} is not in TypeScript 6's program`);
      const typescript6 = findingsOf({ ts, sourceFile: typescript6File, program });

      expect(typescript7, entry.code).toEqual(typescript6);
      counts.cases += 1;
      for (const finding of typescript6) {
        const parsed = JSON.parse(finding) as { fix?: unknown; suggestions?: unknown[] };
        counts.findings += 1;
        if (parsed.fix) counts.fixes += 1;
        counts.suggestions += parsed.suggestions?.length ?? 0;
      }
    } finally {
      fs.writeFileSync(file, before);
      changed.push(file);
    }
  });

  it('compared findings, fixes and suggestions, not nothing', () => {
    expect(counts.cases).toBe(all.length);
    expect(counts.findings).toBeGreaterThanOrEqual(cases.invalid.length);
    console.log(`TypeScript 7 = 6 on ${counts.cases} cases: ${counts.findings} findings, ${counts.fixes} fixes, ${counts.suggestions} suggestions`);
  });
});

function typescript6Program(tsconfig: string, oldProgram: ts.Program | undefined): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`${tsconfig} did not parse`);
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, ...(oldProgram && { oldProgram }) });
}

/** The type checks' findings on one file, each as one comparable record. */
function findingsOf(input: EngineInput): string[] {
  return typeChecks.flatMap((check) => runCheck(check, input).map((finding) => JSON.stringify({ check, ...finding })));
}
