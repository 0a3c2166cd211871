import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCache } from 'ssot-config';
import { runCheck } from '../src/index';
import { createProgramSeries, makeTempRoot, parseTsconfig, writeFile } from './helpers/temp-project';

// single-implementation scans every class of the program. It rules a class out by its text before asking the
// checker whether its type is assignable to the protocol. Each case below says whether the class is an implementation, and the test holds that answer
// to TypeScript's own (isTypeAssignableTo on the class's type), so a prefilter that drops a real implementation
// fails here; `ruledOutByText` marks the classes the prefilter must rule out alone, so it cannot silently stop.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-core-prefilter-');
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: { module: 'preserve', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022'], strict: true, allowJs: true, types: [] },
      include: ['src'],
    }),
  );
  write(
    'ssot.config.json',
    JSON.stringify({
      symbols: [{ name: 'Canonical', module: './src/canonical', protocol: { module: './src/protocol', name: 'Protocol' } }],
    }),
  );
  write(
    'src/protocol.ts',
    [
      'export interface Protocol {',
      '  open(url: string): void;',
      '  send(data: string): number;',
      '  close?(code?: number): void;',
      '  toString(): string; // required, and every class has it from Object',
      '}',
    ].join('\n'),
  );
  write(
    'src/canonical.ts',
    [
      "import type { Protocol } from './protocol';",
      'export class Canonical implements Protocol {',
      '  open(url: string): void { void url; }',
      '  send(data: string): number { return data.length; }',
      '}',
    ].join('\n'),
  );
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  return writeFile(root, relative, text);
}

function createProgram(): ts.Program {
  const { fileNames, options } = parseTsconfig(root);
  return ts.createProgram({ rootNames: fileNames, options });
}

interface Case {
  /** The file that declares the class `Candidate`, and its text. */
  readonly file?: string;
  readonly text: string;
  /** Other files of the case. */
  readonly more?: Readonly<Record<string, string>>;
  readonly implementation: boolean;
  /** Ruled out without checker.isTypeAssignableTo. */
  readonly ruledOutByText?: true;
}

const OPEN = '  open(url: string): void { void url; }';
const SEND = '  send(data: string): number { return data.length; }';

const cases: Record<string, Case> = {
  'declares every member of the protocol': {
    text: ['export class Candidate {', OPEN, SEND, '  close(code?: number): void { void code; }', "  toString(): string { return ''; }", '}'].join('\n'),
    implementation: true,
  },
  'misses a required member': {
    text: ['export class Candidate {', OPEN, '}'].join('\n'),
    implementation: false,
    ruledOutByText: true,
  },
  'misses only the optional member, and toString, which it has from Object': {
    text: ['export class Candidate {', OPEN, SEND, '}'].join('\n'),
    implementation: true,
  },
  'has the missing member only as a static member': {
    text: ['export class Candidate {', OPEN, '  static send(data: string): number { return data.length; }', '}'].join('\n'),
    implementation: false,
  },
  'gets the missing member from an interface merged into it': {
    text: ['export interface Candidate { send(data: string): number }', 'export class Candidate {', OPEN, '}'].join('\n'),
    implementation: true,
  },
  'gets the missing member from a module augmentation in another file': {
    text: ['export class Candidate {', OPEN, '}'].join('\n'),
    more: {
      'src/augment.ts': [
        "declare module './candidate' {",
        '  interface Candidate { send(data: string): number }',
        '}',
        'export {};',
      ].join('\n'),
    },
    implementation: true,
  },
  'gets the missing member from a global augmentation of Object, as every class does': {
    text: ['export class Candidate {', OPEN, '}'].join('\n'),
    more: { 'src/augment.ts': ['declare global {', '  interface Object { send(data: string): number }', '}', 'export {};'].join('\n') },
    implementation: true,
  },
  'gets the missing member from a constructor parameter property': {
    text: ['export class Candidate {', '  constructor(readonly send: (data: string) => number) {}', OPEN, '}'].join('\n'),
    implementation: true,
  },
  'has a constructor parameter of that name that is not a property': {
    text: ['export class Candidate {', '  constructor(send: (data: string) => number) { void send; }', OPEN, '}'].join('\n'),
    implementation: false,
    ruledOutByText: true,
  },
  'implements another interface, and misses a required member': {
    text: ['interface Other { ready: boolean }', 'export class Candidate implements Other {', '  ready = true;', OPEN, '}'].join('\n'),
    implementation: false,
    ruledOutByText: true,
  },
  'implements an interface that has the missing member without declaring it (implements adds no member)': {
    text: ['interface HasSend { send(data: string): number }', '// @ts-ignore -- the class does not implement what it says', 'export class Candidate implements HasSend {', OPEN, '}'].join('\n'),
    implementation: false,
    ruledOutByText: true,
  },
  'implements another interface, and declares every member': {
    text: ['interface Other { ready: boolean }', 'export class Candidate implements Other {', '  ready = true;', OPEN, SEND, '}'].join('\n'),
    implementation: true,
  },
  'gets the missing member from its base class': {
    text: ['class Base {', SEND, '}', 'export class Candidate extends Base {', OPEN, '}'].join('\n'),
    implementation: true,
  },
  'names the missing member with a computed name': {
    text: ["const SEND = 'send';", 'export class Candidate {', OPEN, '  [SEND](data: string): number { return data.length; }', '}'].join('\n'),
    implementation: true,
  },
  'names the missing member with a string literal': {
    text: ['export class Candidate {', OPEN, "  'send'(data: string): number { return data.length; }", '}'].join('\n'),
    implementation: true,
  },
  'has an index signature': {
    text: ['export class Candidate {', '  [name: string]: unknown;', OPEN, '}'].join('\n'),
    implementation: false,
  },
  'is declared in a JavaScript file and assigns the missing member in its constructor': {
    file: 'src/candidate.js',
    text: [
      'export class Candidate {',
      '  constructor() {',
      '    this.send = (data) => String(data).length;',
      '  }',
      '  /** @param {string} url */',
      '  open(url) { void url; }',
      '}',
    ].join('\n'),
    implementation: true,
  },
};

/** Runs the check on the case's program; says whether `Candidate` was reported and whether its type was tested. */
function runCase(testCase: Case) {
  const file = write(testCase.file ?? 'src/candidate.ts', testCase.text);
  for (const [relative, text] of Object.entries(testCase.more ?? {})) write(relative, text);
  const program = createProgram();
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) throw new Error(`${file} is not in the program`);
  const assignability = vi.spyOn(checker, 'isTypeAssignableTo');
  const reported = runCheck('single-implementation', { ts, sourceFile, program }).map((finding) => finding.data.className);
  const testedCandidate = assignability.mock.calls.some(([source]) => source.getSymbol()?.getName() === 'Candidate');
  assignability.mockRestore();
  return { program, checker, sourceFile, reported, testedCandidate };
}

/** TypeScript's own answer: is the instance type of `Candidate` assignable to `Protocol`? */
function isAssignable(program: ts.Program, checker: ts.TypeChecker, sourceFile: ts.SourceFile): boolean {
  const protocolFile = program.getSourceFile(path.join(root, 'src/protocol.ts'));
  const protocol = protocolFile && checker.getSymbolAtLocation(protocolFile)?.exports?.get(ts.escapeLeadingUnderscores('Protocol'));
  const candidate = checker.getSymbolAtLocation(sourceFile)?.exports?.get(ts.escapeLeadingUnderscores('Candidate'));
  if (!protocol || !candidate) throw new Error('Protocol or Candidate not found');
  return checker.isTypeAssignableTo(checker.getDeclaredTypeOfSymbol(candidate), checker.getDeclaredTypeOfSymbol(protocol));
}

describe('single-implementation: the prefilter before the structural test', () => {
  for (const [name, testCase] of Object.entries(cases)) {
    it(`a class that ${name}`, () => {
      const { program, checker, sourceFile, reported, testedCandidate } = runCase(testCase);
      expect(isAssignable(program, checker, sourceFile)).toBe(testCase.implementation);
      expect(reported).toEqual(testCase.implementation ? ['Candidate'] : []);
      if (testCase.ruledOutByText) expect(testedCandidate).toBe(false);
    });
  }
});

function reportedIn(program: ts.Program, relative: string): string[] {
  const sourceFile = program.getSourceFile(path.join(root, relative));
  if (!sourceFile) throw new Error(`${relative} is not in the program`);
  return runCheck('single-implementation', { ts, sourceFile, program }).map((finding) => finding.data.className ?? '');
}

describe('single-implementation: programs that share source files', () => {
  it('sees an edit to the class', () => {
    write('src/candidate.ts', ['export class Candidate {', OPEN, SEND, '}'].join('\n'));
    const nextProgram = createProgramSeries(root);
    const first = nextProgram();
    expect(reportedIn(first, 'src/candidate.ts')).toEqual(['Candidate']);

    write('src/candidate.ts', ['export class Candidate {', OPEN, '}'].join('\n'));
    const second = nextProgram();
    expect(second.getSourceFile(path.join(root, 'src/protocol.ts'))).toBe(first.getSourceFile(path.join(root, 'src/protocol.ts')));
    expect(reportedIn(second, 'src/candidate.ts')).toEqual([]);
  });

  it('sees an edit elsewhere that changes what an unchanged class implements', () => {
    write('src/candidate.ts', ['export class Candidate {', OPEN, '}'].join('\n'));
    const nextProgram = createProgramSeries(root);
    const first = nextProgram();
    expect(reportedIn(first, 'src/candidate.ts')).toEqual([]);

    write('src/protocol.ts', ['export interface Protocol {', '  open(url: string): void;', '  send?(data: string): number;', '}'].join('\n'));
    const second = nextProgram();
    expect(second.getSourceFile(path.join(root, 'src/candidate.ts'))).toBe(first.getSourceFile(path.join(root, 'src/candidate.ts')));
    expect(reportedIn(second, 'src/candidate.ts')).toEqual(['Candidate']);
  });

  it('sees a class written into a file that had none', () => {
    write('src/candidate.ts', 'export const notYet = 1;\n');
    const nextProgram = createProgramSeries(root);
    expect(reportedIn(nextProgram(), 'src/canonical.ts')).toEqual([]);

    write('src/candidate.ts', ['export class Candidate {', OPEN, SEND, '}'].join('\n'));
    expect(reportedIn(nextProgram(), 'src/candidate.ts')).toEqual(['Candidate']);
  });
});

describe('single-implementation: files that cannot hold a finding', () => {
  // In the editor each edit makes a new program: a file shown there that holds no implementation must not wait
  // for the scan of the program.
  it.each([
    ['declares no class', 'src/user.ts', "import { Candidate } from './candidate';\nexport const make = () => new Candidate();\n"],
    ['declares classes that implement no protocol', 'src/unrelated.ts', ['export class Unrelated {', '  ready = true;', '}'].join('\n')],
  ])('a file that %s is answered without scanning the program; the scan still reports where it must', (_what, relative, text) => {
    write('src/candidate.ts', ['export class Candidate {', OPEN, SEND, '}'].join('\n'));
    const file = write(relative, text);
    const program = createProgram();
    const checker = program.getTypeChecker();
    const assignability = vi.spyOn(checker, 'isTypeAssignableTo');
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) throw new Error(`${relative} is not in the program`);

    expect(runCheck('single-implementation', { ts, sourceFile, program })).toEqual([]);
    expect(assignability).not.toHaveBeenCalled();
    expect(reportedIn(program, 'src/candidate.ts')).toEqual(['Candidate']);
    expect(assignability).toHaveBeenCalled();
    assignability.mockRestore();
  });
});
