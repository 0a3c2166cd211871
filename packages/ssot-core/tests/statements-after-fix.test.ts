import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/edits/apply-edits';
import type { TextEdit } from '../src/finding';
import { statementsAfterFix } from '../src/statements-after-fix';

// A fix that only moves imports is judged on the file's statements after it. Where the edits fall in a run of
// import and export declarations bounded by semicolons, only that run is parsed again; each case checks which
// way was taken, and that the statements are those of a parse of the whole fixed text.

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** The edit that replaces the first `find` in `text` (after `from`, if given) with `by`. */
function replace(text: string, find: string, by: string, from = 0): TextEdit {
  const start = text.indexOf(find, from);
  if (start === -1) throw new Error(`no ${JSON.stringify(find)} in the case's text`);
  return { start, end: start + find.length, text: by };
}

/** Each statement as its kind and text. */
function shape(statements: readonly { statement: ts.Statement; sourceFile: ts.SourceFile }[]): string[] {
  return statements.map(({ statement, sourceFile }) => `${ts.SyntaxKind[statement.kind]}: ${statement.getText(sourceFile)}`);
}

const merged = lines("import { a } from './canon';", "import { b } from './legacy';", 'console.log(a, b);');
const noSemicolons = lines("import { a } from './canon'", "import { b } from './legacy'", 'console.log(a, b)');
const codeBetween = lines("import { a } from './canon';", 'const log = console.log;', "import { b } from './legacy';", 'log(a, b);');

const cases: { name: string; fileName?: string; text: string; edits: (text: string) => TextEdit[]; parsed: 'run' | 'whole' }[] = [
  {
    name: 'a name gathered into the import above, its own import removed',
    text: merged,
    edits: (text) => [replace(text, ' }', ', b }'), replace(text, "import { b } from './legacy';\n", '')],
    parsed: 'run',
  },
  {
    name: 'a new import inserted after the last one',
    text: merged,
    edits: (text) => [replace(text, "import { b } from './legacy';\n", "import { b } from './legacy';\nimport { c } from './c';\n")],
    parsed: 'run',
  },
  {
    name: 'an import the file ends with, removed with the end of the file',
    text: lines("import { a } from './canon';", 'console.log(a);', "export { b } from './legacy';"),
    edits: (text) => [replace(text, "\nexport { b } from './legacy';\n", '\n')],
    parsed: 'run',
  },
  {
    name: 'the first import of a file that starts with a shebang',
    text: `#!/usr/bin/env node\n${merged}`,
    edits: (text) => [replace(text, ' }', ', b }'), replace(text, "import { b } from './legacy';\n", '')],
    parsed: 'run',
  },
  {
    name: 'imports of a .tsx file',
    fileName: '/p/user.tsx',
    text: lines("import { a } from './canon';", "import { b } from './legacy';", 'export const x = <div>{a}{b}</div>;'),
    edits: (text) => [replace(text, ' }', ', b }'), replace(text, "import { b } from './legacy';\n", '')],
    parsed: 'run',
  },
  {
    name: 'imports without semicolons: the whole text',
    text: noSemicolons,
    edits: (text) => [replace(text, ' }', ', b }'), replace(text, "import { b } from './legacy'\n", '')],
    parsed: 'whole',
  },
  {
    name: 'a statement of code among the imports: the whole text',
    text: codeBetween,
    edits: (text) => [replace(text, ' }', ', b }'), replace(text, "import { b } from './legacy';\n", '')],
    parsed: 'whole',
  },
  {
    name: 'an import that follows code without a semicolon: the whole text',
    text: lines('const log = console.log', "import { b } from './legacy';", 'log(b);'),
    edits: (text) => [replace(text, './legacy', './canon')],
    parsed: 'whole',
  },
  {
    name: 'an edit that leaves the run without its semicolon: the whole text',
    text: merged,
    edits: (text) => [replace(text, "from './legacy';", "from './canon'")],
    parsed: 'whole',
  },
];

describe('statementsAfterFix', () => {
  for (const { name, fileName = '/p/user.ts', text, edits, parsed } of cases) {
    it(`${name}: parses the ${parsed === 'run' ? 'run of imports' : 'whole text'}, with the statements of the whole`, () => {
      const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
      const after = statementsAfterFix(ts, sourceFile, edits(text), { onlyImports: true });
      if ('problem' in after) throw new Error(after.problem);
      expect(after.sourceFile === undefined ? 'run' : 'whole').toBe(parsed);
      const whole = ts.createSourceFile(fileName, applyEdits(text, edits(text)) as string, ts.ScriptTarget.Latest, true);
      expect(shape(after.statements)).toEqual(shape(whole.statements.map((statement) => ({ statement, sourceFile: whole }))));
    });
  }

  it('parses the whole text when the fix rewrites code', () => {
    const sourceFile = ts.createSourceFile('/p/user.ts', merged, ts.ScriptTarget.Latest, true);
    const after = statementsAfterFix(ts, sourceFile, [replace(merged, "import { b } from './legacy';\n", '')], { onlyImports: false });
    expect('sourceFile' in after && after.sourceFile !== undefined).toBe(true);
  });

  const problems: { name: string; text: string; edits: (text: string) => TextEdit[]; problem: string }[] = [
    {
      name: 'an import removed between code without a semicolon and a parenthesis: the two would join',
      text: lines("import { a } from './canon';", 'const log = console.log', "import { b } from './legacy';", '(log as any)(a, b)'),
      edits: (text) => [replace(text, ' }', ', b }'), replace(text, "import { b } from './legacy';\n", '')],
      problem: 'the statement on line 2, which has no semicolon, would run on into the code after it',
    },
    {
      name: 'edits that overlap',
      text: merged,
      edits: (text) => [replace(text, "import { b } from './legacy';\n", ''), replace(text, './legacy', './canon')],
      problem: 'the edits overlap',
    },
    {
      name: 'an edit that breaks the syntax',
      text: merged,
      edits: (text) => [replace(text, "from './legacy';", "from './legacy' +")],
      problem: 'the fixed text would not parse',
    },
  ];
  for (const { name, text, edits, problem } of problems) {
    it(`refuses ${name}`, () => {
      const sourceFile = ts.createSourceFile('/p/user.ts', text, ts.ScriptTarget.Latest, true);
      expect(statementsAfterFix(ts, sourceFile, edits(text), { onlyImports: true })).toEqual({ problem });
      expect(statementsAfterFix(ts, sourceFile, edits(text), { onlyImports: false })).toEqual({ problem });
    });
  }
});

describe('statementsAfterFix on generated files and edits', () => {
  // Lines an import section can hold, with and without semicolons, and code that a missing semicolon would
  // join with the line after it.
  const pool = [
    "import { a } from './a';",
    "import { b } from './b'",
    "import type { T } from './t';",
    "export { c } from './c';",
    "export * from './d'",
    'const f = console.log',
    'const g = 1;',
    '(f as any)(g)',
    '[g].forEach(f);',
    '// a comment',
    '/* a block */',
    'function h() {}',
    '',
  ];
  let seed = 20261204;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  /** An edit of the kinds fixes make: a line removed, a name added to an import, a line inserted, a specifier rewritten. */
  const editOf = (text: string): TextEdit => {
    const starts = [0, ...[...text.matchAll(/\n/g)].map((match) => (match.index as number) + 1)].filter((at) => at < text.length);
    const at = starts[random(starts.length)] as number;
    const lineEnd = text.indexOf('\n', at) + 1 || text.length;
    switch (random(4)) {
      case 0:
        return { start: at, end: lineEnd, text: '' };
      case 1: {
        const brace = text.indexOf(' }', at);
        return brace === -1 ? { start: at, end: at, text: '' } : { start: brace, end: brace, text: ', z' };
      }
      case 2:
        return { start: at, end: at, text: random(2) ? "import { z } from './z';\n" : "import { z } from './z'\n" };
      default: {
        const quote = text.indexOf("'./", at);
        return quote === -1 ? { start: at, end: at, text: '' } : { start: quote + 1, end: quote + 4, text: './y' };
      }
    }
  };

  it('gives the statements of a parse of the whole fixed text, or the problem the whole parse finds', () => {
    let spliced = 0;
    for (let round = 0; round < 400; round++) {
      const text = lines(...Array.from({ length: 3 + random(5) }, () => pool[random(pool.length)] as string));
      const edits: TextEdit[] = [];
      for (let count = 1 + random(2); edits.length < count; ) {
        const edit = editOf(text);
        if (edits.every((other) => edit.end <= other.start || other.end <= edit.start)) edits.push(edit);
      }
      const sourceFile = ts.createSourceFile('/p/user.ts', text, ts.ScriptTarget.Latest, true);
      const whole = statementsAfterFix(ts, sourceFile, edits, { onlyImports: false });
      const run = statementsAfterFix(ts, sourceFile, edits, { onlyImports: true });
      const context = `${JSON.stringify(text)} with ${JSON.stringify(edits)}`;
      if ('problem' in whole) {
        expect(run, context).toEqual(whole);
        continue;
      }
      if ('problem' in run) throw new Error(`${context}: ${run.problem}`);
      if (run.sourceFile === undefined) spliced++;
      expect(shape(run.statements), context).toEqual(shape(whole.statements));
    }
    // The run of imports must be what most of these take, or the test says nothing about it.
    expect(spliced).toBeGreaterThan(100);
  });
});
