import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNames, checksMayReport, loadTypescript7, openTypescript7Host, requiresTypes, runCheck } from 'ssot-core';
import { propertySettings } from './harness/fix-property';

// The TypeScript 7 backend leaves unparsed a file where no check can report; for use-factory that is decided by
// where each `new X` and `extends X` leads, by the compiler. Generated files mix constructions of the class that
// must come from its factory (by name, renamed by a barrel, through a namespace, parenthesized, indexed) with
// constructions of other classes, comments, strings and types that mention it; each file's findings must be
// those of the TypeScript 6 backend, which checks every file, and files must be left unparsed both ways.

const repoRoot = path.resolve(__dirname, '..', '..');
const settings = propertySettings(0.05, 'test/property/typescript7-constructions.test.ts', 11);
const syntaxChecks = checkNames.filter((check) => !requiresTypes(check));

const imports = [
  "import { Manager } from '../core/manager';",
  "import { Mgr } from '../barrel';",
  "import * as core from '../core/manager';",
  "import { Other } from '../other';",
  "import type { Manager as ManagerType } from '../core/manager';",
  "import { createManager } from '../core/manager';",
] as const;

/** Statements, `n` making each name unique in its file. */
const statements: readonly ((n: number) => string)[] = [
  (n) => `export const a${n} = new Manager();`,
  (n) => `export const a${n} = new Mgr();`,
  (n) => `export const a${n} = new core.Manager();`,
  (n) => `export const a${n} = new core['Manager']();`,
  (n) => `export const a${n} = new (Manager)();`,
  (n) => `export const a${n} = new /* note */ Manager();`,
  (n) => `export class C${n} extends Manager {}`,
  (n) => `export const a${n} = new Other();`,
  (n) => `export class C${n} extends Other {}`,
  (n) => `export const a${n} = new Map<string, number>();`,
  (n) => `class L${n} {}\nexport const l${n} = new L${n}();`,
  (n) => `// a new Manager(), in a comment ${n}`,
  (n) => `export const s${n} = "new Manager()";`,
  (n) => `export type T${n}<X> = X extends ManagerType ? 1 : 0;`,
  (n) => `export function f${n}(this: unknown) { return new.target; }`,
  (n) => `export const m${n} = createManager();`,
];

const fileSpec = fc.record({
  imports: fc.subarray([...imports.keys()]),
  statements: fc.array(fc.nat(statements.length - 1), { minLength: 1, maxLength: 4 }),
});

describe('TypeScript 7 backend, files left unparsed: constructions', () => {
  let root: string;
  beforeAll(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-ts7-constructions-')));
    const write = (relative: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, types: [] }, include: ['src'] }));
    write('src/core/manager.ts', 'export class Manager {}\nexport function createManager(): Manager {\n  return new Manager();\n}\n');
    write('src/barrel.ts', "export { Manager as Mgr } from './core/manager';\n");
    write('src/other.ts', 'export class Other {}\n');
    write('ssot.config.json', JSON.stringify({
      symbols: [{ name: 'Manager', module: './src/core/manager', factory: { module: './src/core/manager', name: 'createManager' } }],
    }));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it(`the same findings as TypeScript 6's backend on ${settings.cases} generated files`, () => {
    const specs = fc.sample(fileSpec, { seed: settings.seed, numRuns: settings.cases });
    const files = specs.map((spec, index) => {
      const fileName = path.join(root, 'src', 'gen', `file-${index}.ts`);
      const text = [...spec.imports.map((at) => imports[at]), ...spec.statements.map((at, n) => statements[at]!(n))].join('\n') + '\n';
      fs.mkdirSync(path.dirname(fileName), { recursive: true });
      fs.writeFileSync(fileName, text);
      return { fileName, text };
    });
    const host = openTypescript7Host(ts, path.join(root, 'tsconfig.json'), loadTypescript7(repoRoot));
    const counts = { unparsed: 0, withFindings: 0 };
    try {
      const pass = host.pass({ changed: [], mayReport: (fileName, text, facts) => checksMayReport(ts, fileName, text, facts) });
      for (const file of files) {
        const typescript6 = ts.createSourceFile(file.fileName, file.text, ts.ScriptTarget.Latest, true);
        const expected = syntaxChecks.flatMap((check) => runCheck(check, { ts, sourceFile: typescript6 }).map((finding) => JSON.stringify(finding)));
        const parsed = pass.files.find((sourceFile) => sourceFile.fileName === file.fileName);
        const found = parsed ? syntaxChecks.flatMap((check) => runCheck(check, { ts, sourceFile: parsed, modules: pass.modules }).map((finding) => JSON.stringify(finding))) : [];
        expect(found, `${file.fileName}${parsed ? '' : ' (left unparsed)'} (seed ${settings.seed}):\n${file.text}`).toEqual(expected);
        if (!parsed) counts.unparsed += 1;
        if (expected.length > 0) counts.withFindings += 1;
      }
    } finally {
      host.close();
    }
    console.log(`TypeScript 7 constructions: ${files.length} files, ${counts.unparsed} left unparsed, ${counts.withFindings} with findings (seed ${settings.seed})`);
    // Both ways were taken: files left unparsed, and files with use-factory's findings.
    expect(counts.unparsed).toBeGreaterThan(files.length / 10);
    expect(counts.withFindings).toBeGreaterThan(files.length / 10);
  });
});
