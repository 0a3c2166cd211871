import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { bindingUses, type BindingUse, type BindingUseOptions } from '../src/binding-uses';

// How a file uses the names its imports bind. The walk skips code whose text names none of them, so each case
// puts the use where a skipped subtree would miss it if the skipping were wrong.

const plain: BindingUseOptions = { jsxFactory: undefined, decoratorMetadata: false };

const cases: { name: string; text: string; names: string[]; options?: BindingUseOptions; fileName?: string; uses: Record<string, BindingUse> }[] = [
  {
    name: 'a value use deep in nested blocks, and a name used only in a type',
    text: "import { A, T } from './m';\nfunction f() { if (1) { for (;;) { return () => A; } } }\nlet t: T;\n",
    names: ['A', 'T'],
    uses: { A: 'value', T: 'type' },
  },
  {
    name: 'a use written with a unicode escape is the same identifier',
    text: "import { A } from './m';\nfunction f() { return \\u0041; }\n",
    names: ['A'],
    uses: { A: 'value' },
  },
  {
    name: 'a local of the same name shadows the import in its function only',
    text: "import { A, B } from './m';\nfunction f(A: number) { return A; }\nconst g = () => B;\n",
    names: ['A', 'B'],
    uses: { A: 'type', B: 'value' },
  },
  {
    name: 'a name inside a longer identifier or a string is no use',
    text: "import { A } from './m';\nconst AB = 'A';\nconst c = AB;\n",
    names: ['A'],
    uses: { A: 'type' },
  },
  {
    name: '`export { x }` of an import may be a type: unknown',
    text: "import { A } from './m';\nexport { A };\n",
    names: ['A'],
    uses: { A: 'unknown' },
  },
  {
    name: 'JSX compiled to React.createElement uses React, which the text never names there',
    text: "import React from 'react';\nexport const view = () => { return <div />; };\n",
    names: ['React'],
    options: { jsxFactory: 'React', decoratorMetadata: false },
    fileName: '/v.tsx',
    uses: { React: 'value' },
  },
  {
    name: 'with decorator metadata, a type in a decorated class may be emitted as a value: unknown',
    text: "import { T } from './m';\ndeclare const d: any;\nclass C { @d method(x: T) {} }\n",
    names: ['T'],
    options: { jsxFactory: undefined, decoratorMetadata: true },
    uses: { T: 'unknown' },
  },
];

describe('bindingUses', () => {
  for (const { name, text, names, options = plain, fileName = '/f.ts', uses } of cases) {
    it(name, () => {
      const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
      expect(Object.fromEntries(bindingUses(ts, sourceFile, new Set(names), options))).toEqual(uses);
    });
  }
});
