import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearCache, loadConfigForFile } from 'ssot-config';
import { createCheckContext } from '../src/check-context';
import { unitProblem } from '../src/fix-check';
import type { TextEdit } from '../src/finding';
import { clearExportMapCache } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// What a fix's edits would change, judged against the whole file. Edits that only write other specifiers are
// judged without parsing the text again; these cases check they get the answers the full check gives, and that
// an edit that leaves anything but one well-formed literal goes through the full check.

let root: string;
let file: string;
const text = [
  "import './setup';",
  "import { a } from './legacy';",
  "const b = require('./effect');",
  'export const c = () => a + b;',
  '',
].join('\n');

beforeAll(() => {
  clearCache();
  clearExportMapCache();
  root = makeTempRoot('ssot-fix-check-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true } }));
  writeFile(root, 'ssot.config.json', JSON.stringify({ symbols: [{ name: 'a', module: './src/a', legacy: [{ module: './src/legacy' }] }] }));
  writeFile(root, 'src/a.ts', 'export const a = 1;\n');
  writeFile(root, 'src/quiet.ts', 'export const q = 1;\n');
  writeFile(root, "src/it's.ts", 'export const a = 1;\n');
  writeFile(root, 'src/legacy.ts', "export { a } from './a';\n");
  writeFile(root, 'src/setup.ts', 'console.log("setup");\n');
  writeFile(root, 'src/effect.ts', 'console.log("effect");\nexport {};\n');
  file = writeFile(root, 'src/user.ts', text);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The edit that writes `body` between the quotes of the specifier `specifier`. */
function between(specifier: string, body: string): TextEdit {
  const start = text.indexOf(`'${specifier}'`) + 1;
  return { start, end: start + specifier.length, text: body };
}

function problemOf(edits: readonly TextEdit[]): string | undefined {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const config = loadConfigForFile(ts, file);
  if (!config) throw new Error('no config');
  return unitProblem(createCheckContext(ts, sourceFile, file, config, undefined), edits);
}

describe('unitProblem', () => {
  const cases: { name: string; edits: TextEdit[]; problem: string | undefined }[] = [
    { name: 'a legacy specifier rewritten to the canonical one keeps the order', edits: [between('./legacy', './a')], problem: undefined },
    {
      name: 'a side-effect import rewritten to a quiet module drops an effect',
      edits: [between('./setup', './quiet')],
      problem: "'./setup', which has side effects, would no longer be loaded",
    },
    {
      name: 'a require rewritten to a quiet module drops an effect',
      edits: [between('./effect', './quiet')],
      problem: "'./effect', which has side effects, would no longer be loaded",
    },
    {
      name: 'two specifiers swapped change the order of two effects',
      edits: [between('./setup', './effect'), between('./effect', './setup')],
      problem: "'./effect' would run before './setup', and both have side effects",
    },
    { name: 'an escaped quote is still one literal, read with its escape', edits: [between('./legacy', "./it\\'s")], problem: undefined },
    {
      name: 'an unescaped quote ends the literal early: the full check finds the text does not parse',
      edits: [between('./legacy', "./a' + '")],
      problem: 'the fixed text would not parse',
    },
    {
      name: 'a line break leaves the literal unterminated: the full check finds the text does not parse',
      edits: [between('./legacy', './a\n')],
      problem: 'the fixed text would not parse',
    },
  ];
  // An empty edit at the end of the file is no specifier: with it, the same edits take the full check.
  const fullCheck: TextEdit = { start: text.length, end: text.length, text: '' };
  for (const { name, edits, problem } of cases) {
    it(name, () => {
      expect(problemOf(edits)).toBe(problem);
      expect(problemOf([...edits, fullCheck])).toBe(problem);
    });
  }

  it('judges the same edits again, on a new parse of the file, when a module the last answer read has changed', () => {
    // The editor checks the same text again at each keystroke; the answer must follow the modules on disk.
    const edits = [between('./setup', './quiet')];
    expect(problemOf(edits)).toBe("'./setup', which has side effects, would no longer be loaded");
    writeFile(root, 'src/setup.ts', 'export {};\n');
    clearExportMapCache();
    try {
      expect(problemOf(edits)).toBe(undefined);
    } finally {
      writeFile(root, 'src/setup.ts', 'console.log("setup");\n');
      clearExportMapCache();
    }
    expect(problemOf(edits)).toBe("'./setup', which has side effects, would no longer be loaded");
  });
});
