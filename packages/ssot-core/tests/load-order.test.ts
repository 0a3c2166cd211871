import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache } from 'ssot-config';
import { clearExportMapCache, messageFor, runCheck } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// Whether a fix keeps the order in which modules with side effects run. Modules are compared as tokens and
// opened up only where the orders before and after the fix differ; these cases pin where that must end.

let root: string;

beforeEach(() => {
  clearCache();
  clearExportMapCache();
  root = makeTempRoot('ssot-load-order-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true } }));
  writeFile(root, 'ssot.config.json', JSON.stringify({
    symbols: [
      { name: 'a', module: './src/a', legacy: [{ module: './src/barrel' }] },
      { name: 'b', module: './src/b', legacy: [{ module: './src/barrel' }] },
    ],
  }));
  writeFile(root, 'src/a.ts', 'export const a = 1;\n');
  writeFile(root, 'src/barrel.ts', "export { a } from './a';\nexport { b } from './b';\n");
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** The canonical-import findings of a file that uses what it imports, as `fixed` or the reason it is not. */
function verdicts(text: string): string[] {
  const file = writeFile(root, 'src/user.ts', text);
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return runCheck('canonical-import', { ts, sourceFile }).map((finding) =>
    finding.fix ? 'fixed' : (finding.data.reason ?? messageFor(finding.check, finding.messageId, finding.data)),
  );
}

describe('a legacy barrel with several homes, imported for one of them', () => {
  it('moves when the other homes run nothing', () => {
    writeFile(root, 'src/b.ts', 'export const b = 2;\n');
    expect(verdicts("import { a } from './barrel';\nconsole.log(a);\n")).toEqual(['fixed']);
  });

  it('moves when the other homes only load modules that run nothing', () => {
    writeFile(root, 'src/b.ts', "import { c } from './c';\nexport const b = c;\n");
    writeFile(root, 'src/c.ts', 'export const c = 3;\n');
    expect(verdicts("import { a } from './barrel';\nconsole.log(a);\n")).toEqual(['fixed']);
  });

  it('stays when another home runs code, which the barrel loaded and the canonical module does not', () => {
    writeFile(root, 'src/b.ts', "export const b = 2;\nconsole.log('b loaded');\n");
    expect(verdicts("import { a } from './barrel';\nconsole.log(a);\n")).toEqual([
      "'./b', which has side effects, would no longer be loaded",
    ]);
  });

  it('stays when another home loads a module that runs code', () => {
    writeFile(root, 'src/b.ts', "import './c';\nexport const b = 2;\n");
    writeFile(root, 'src/c.ts', "console.log('c loaded');\n");
    expect(verdicts("import { a } from './barrel';\nconsole.log(a);\n")).toEqual([
      "'./c', which has side effects, would no longer be loaded",
    ]);
  });

  it('moves when the module that runs code was loaded before anyway', () => {
    writeFile(root, 'src/b.ts', "export const b = 2;\nconsole.log('b loaded');\n");
    expect(verdicts("import './b';\nimport { a } from './barrel';\nconsole.log(a);\n")).toEqual(['fixed']);
  });

  it('moves when the import is dropped at compile time anyway (its name is used as a type only)', () => {
    writeFile(root, 'src/b.ts', "export const b = 2;\nconsole.log('b loaded');\n");
    expect(verdicts("import { a } from './barrel';\nexport let x: typeof a;\n")).toEqual(['fixed']);
  });
});

describe('the same file checked again (the editor, at each keystroke)', () => {
  it('answers again when a module the last answer read has changed on disk', () => {
    const text = "import { a } from './barrel';\nconsole.log(a);\n";
    writeFile(root, 'src/b.ts', 'export const b = 2;\n');
    expect(verdicts(text)).toEqual(['fixed']);
    expect(verdicts(text)).toEqual(['fixed']);
    // Without a program, a module's exports are read again once their cache has let a second pass; here at once.
    writeFile(root, 'src/b.ts', "export const b = 2;\nconsole.log('b loaded');\n");
    clearExportMapCache();
    expect(verdicts(text)).toEqual(["'./b', which has side effects, would no longer be loaded"]);
    writeFile(root, 'src/b.ts', 'export const b = 3;\n');
    clearExportMapCache();
    expect(verdicts(text)).toEqual(['fixed']);
  });
});

describe('how much of the module graph a verdict reads', () => {
  it('reads no module past the first place where the orders part on one that runs code', () => {
    // The barrel's later homes are quiet, but the verdict is settled at './b': a walk that opened every module
    // the two orders do not share would read them all (on a real project, most of the graph behind a barrel).
    writeFile(root, 'ssot.config.json', JSON.stringify({ symbols: [{ name: 'a', module: './src/a', legacy: [{ module: './src/barrel' }] }] }));
    writeFile(root, 'src/barrel.ts', ['a', 'b', 'c', 'd'].map((name) => `export { ${name} } from './${name}';\n`).join(''));
    writeFile(root, 'src/b.ts', "export const b = 2;\nconsole.log('b loaded');\n");
    writeFile(root, 'src/c.ts', "import './d';\nexport const c = 3;\n");
    writeFile(root, 'src/d.ts', 'export const d = 4;\n');
    const read: string[] = [];
    const sys = { ...ts.sys, readFile: (file: string, encoding?: string) => (read.push(file), ts.sys.readFile(file, encoding)) };
    const text = "import { a } from './barrel';\nconsole.log(a);\n";
    const file = writeFile(root, 'src/user.ts', text);
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const findings = runCheck('canonical-import', { ts: { ...ts, sys }, sourceFile });
    expect(findings.map((finding) => finding.data.reason)).toEqual(["'./b', which has side effects, would no longer be loaded"]);
    const modulesRead = read.filter((name) => name.startsWith(root) && /\/src\/\w+\.ts$/.test(name)).map((name) => name.slice(root.length));
    expect(modulesRead.sort()).toEqual(['/src/a.ts', '/src/b.ts', '/src/barrel.ts']);
  });
});

describe('a module graph with many paths to one module', () => {
  it('walks each module once: 2^24 paths through quiet modules end in one verdict', () => {
    // Each layer's two modules both load the next layer's two; the last runs code. Opening every path would
    // list the last module 2^24 times.
    const layers = 24;
    for (let layer = 0; layer < layers; layer++) {
      const next = layer + 1 < layers ? `import './l${layer + 1}x';\nimport './l${layer + 1}y';\n` : "console.log('deep');\n";
      writeFile(root, `src/l${layer}x.ts`, `${next}export {};\n`);
      writeFile(root, `src/l${layer}y.ts`, `${next}export {};\n`);
    }
    writeFile(root, 'src/b.ts', "import './l0x';\nimport './l0y';\nexport const b = 2;\n");
    expect(verdicts("import { a } from './barrel';\nconsole.log(a);\n")).toEqual([
      "'./l23x', which has side effects, would no longer be loaded",
    ]);
  });

  it('ends on a cycle of modules that run nothing', () => {
    writeFile(root, 'src/b.ts', "import './c';\nexport const b = 2;\n");
    writeFile(root, 'src/c.ts', "import './b';\nexport {};\n");
    expect(verdicts("import { a } from './barrel';\nconsole.log(a);\n")).toEqual(['fixed']);
  });
});
