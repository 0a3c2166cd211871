import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findModuleSites,
  loadTypescript7,
  openTypescript7Host,
  Typescript7ProjectError,
  Typescript7UnavailableError,
  type MayReport,
  type Typescript7Host,
} from '../src/index';
import type { Typescript7Snapshot } from '../src/hosts/typescript7/api-types';
import { loadModeOfSite } from '../src/module-sites';
import { installMisleadingTypescript7 } from './helpers/misleading-typescript7';
import { makeTempRoot, parseTsconfig, writeFile } from './helpers/temp-project';

// The TypeScript 7 backend against the real compiler (the workspace's `typescript7` alias of typescript@7.0.x):
// where each written specifier leads comes from TypeScript 7's program, and agrees with TypeScript 6's.

const repoRoot = path.resolve(__dirname, '..', '..', '..');
let root: string;
let host: Typescript7Host | undefined;

beforeEach(() => {
  root = makeTempRoot('ssot-ts7-host-');
  writeFile(root, 'tsconfig.json', JSON.stringify({
    compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, paths: { '@lib/*': ['./src/lib/*'] } },
    include: ['src'],
  }));
  writeFile(root, 'src/lib/clock.ts', 'export const now = () => 1;\n');
  writeFile(root, 'src/lib/index.ts', "export * from './clock';\n");
  writeFile(root, 'node_modules/pkg/package.json', JSON.stringify({ name: 'pkg', exports: { '.': './main.d.ts', './sub': './sub.d.ts' } }));
  writeFile(root, 'node_modules/pkg/main.d.ts', 'export declare const main: number;\n');
  writeFile(root, 'node_modules/pkg/sub.d.ts', 'export declare const sub: number;\n');
  writeFile(root, 'src/ambient.d.ts', "declare module 'virtual' { export const v: number; }\n");
  writeFile(root, 'src/use.ts', [
    "import { now } from '@lib/clock';",
    "import { main } from 'pkg';",
    "import { sub } from 'pkg/sub';",
    "import { v } from 'virtual';",
    "export * from './lib';",
    "export const later = () => import('./lib/clock');",
    "const viaRequire = require('./lib/clock');",
    'export const all = [now, main, sub, v, viaRequire];',
    '',
  ].join('\n'));
});

afterEach(() => {
  host?.close();
  host = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

// Each resolve below names the mode TypeScript gives an import declaration under `module: preserve`: 'import'.

function open(): Typescript7Host {
  host = openTypescript7Host(ts, path.join(root, 'tsconfig.json'), loadTypescript7(repoRoot));
  return host;
}

interface SymbolCall {
  readonly file: string;
  /** The text at each position asked: the specifier's literal for a site (asked before its closing quote). */
  readonly texts: readonly string[];
}

/** The workspace's TypeScript 7, whose checker records each getSymbolAtPosition call (each a round trip). */
function recordingTypescript7(calls: SymbolCall[]): ReturnType<typeof loadTypescript7> {
  const loaded = loadTypescript7(repoRoot);
  const Real = loaded.sync.API;
  const recorded = new WeakSet<object>();
  const record = (project: ReturnType<Typescript7Snapshot['getProject']>) => {
    if (!project || recorded.has(project.checker)) return project;
    recorded.add(project.checker);
    const ask = project.checker.getSymbolAtPosition.bind(project.checker);
    project.checker.getSymbolAtPosition = (file, positions) => {
      const text = fs.readFileSync(file, 'utf8');
      calls.push({ file, texts: positions.map((position) => textAt(text, position)) });
      return ask(file, positions);
    };
    return project;
  };
  class RecordingApi extends Real {
    override updateSnapshot(params: Parameters<InstanceType<typeof Real>['updateSnapshot']>[0]): Typescript7Snapshot {
      const snapshot = super.updateSnapshot(params);
      const getProject = snapshot.getProject.bind(snapshot);
      snapshot.getProject = (configFileName) => record(getProject(configFileName));
      return snapshot;
    }
  }
  return { ...loaded, sync: { ...loaded.sync, API: RecordingApi } };
}

/** The string literal around a position inside it, or the identifier starting at it. */
function textAt(text: string, position: number): string {
  if (text[position] === "'") return text.slice(text.lastIndexOf("'", position - 1), position + 1);
  return /^[\w$]+/.exec(text.slice(position))?.[0] ?? '';
}

/** Where TypeScript 6's program resolves each module site of `file` ('(none)' where it has no file). */
function typescript6Resolutions(file: string): Record<string, string> {
  const parsed = parseTsconfig(root);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  program.getTypeChecker(); // binds the files, which sets the parents the sites walk up
  const sourceFile = program.getSourceFile(file)!;
  return Object.fromEntries(findModuleSites(ts, sourceFile).map((site) => {
    const resolved = program.getResolvedModuleFromModuleSpecifier(site.specifier, sourceFile)?.resolvedModule;
    return [site.specifier.text, resolved?.resolvedFileName ?? '(none)'];
  }));
}

describe('the TypeScript 7 backend', () => {
  it("lists the project's own files: no declaration file, nothing from node_modules", () => {
    const pass = open().pass({ changed: [] });
    expect(pass.files.map((file) => path.relative(root, file.fileName)).sort()).toEqual([
      'src/lib/clock.ts',
      'src/lib/index.ts',
      'src/use.ts',
    ]);
  });

  it("leads each specifier where TypeScript 7's program does, which is where TypeScript 6's does", () => {
    const pass = open().pass({ changed: [] });
    const use = pass.files.find((file) => file.fileName.endsWith('use.ts'))!;
    const format = pass.modules.fileFormat(use.fileName);
    const lookupsBefore = pass.modules.stats.lookups;
    const fromTypescript7 = Object.fromEntries(findModuleSites(ts, use).map((site) => [
      site.specifier.text,
      pass.modules.resolve(site.specifier.text, use.fileName, loadModeOfSite(ts, site, format)) ?? '(none)',
    ]));
    expect(fromTypescript7).toEqual({
      '@lib/clock': path.join(root, 'src/lib/clock.ts'),
      pkg: path.join(root, 'node_modules/pkg/main.d.ts'),
      'pkg/sub': path.join(root, 'node_modules/pkg/sub.d.ts'),
      virtual: '(none)',
      './lib': path.join(root, 'src/lib/index.ts'),
      './lib/clock': path.join(root, 'src/lib/clock.ts'),
    });
    // TypeScript 6's program has no module for the `require()` in a .ts file; every other site agrees.
    expect(typescript6Resolutions(use.fileName)).toEqual({ ...fromTypescript7, './lib/clock': '(none)' });
    // TypeScript's resolver was asked only where TypeScript 7 has no module file: the ambient module, and the
    // `require()` in a .ts file, which shares its specifier with the `import()` TypeScript 7 did answer.
    expect(pass.modules.stats.lookups - lookupsBefore).toBe(2);
  });

  it('a pass after a file was written reads its new text and its new specifiers', () => {
    const typescript7 = open();
    typescript7.pass({ changed: [] });
    const use = writeFile(root, 'src/use.ts', "import { now } from './lib/index';\nexport const t = now();\n");
    const pass = typescript7.pass({ changed: [use] });
    const file = pass.files.find((sourceFile) => sourceFile.fileName === use)!;
    expect(file.text).toContain('./lib/index');
    const lookupsBefore = pass.modules.stats.lookups;
    expect(pass.modules.resolve('./lib/index', use, 'import')).toBe(path.join(root, 'src/lib/index.ts'));
    expect(pass.modules.stats.lookups).toBe(lookupsBefore);
    expect(pass.unconfirmed).toEqual([]);
  });

  it("a specifier answered by TypeScript's resolver before a file wrote it, led elsewhere by TypeScript 7 once written: unconfirmed", () => {
    // A TypeScript 7 whose program leads './lib/index' to clock.ts, where TypeScript's resolver finds index.ts.
    const clock = path.join(root, 'src/lib/clock.ts');
    const use = path.join(root, 'src/use.ts');
    installMisleadingTypescript7(root, [{ from: use, specifier: './lib/index', leadsTo: clock }]);
    host = openTypescript7Host(ts, path.join(root, 'tsconfig.json'), loadTypescript7(root));
    const first = host.pass({ changed: [] });
    // As a fix's proof asks of a specifier it would write: no file writes it yet, so TypeScript's resolver answers.
    expect(first.modules.resolve('./lib/index', use, 'import')).toBe(path.join(root, 'src/lib/index.ts'));
    expect(first.modules.resolve('./lib', use, 'import')).toBe(path.join(root, 'src/lib/index.ts'));
    const before = fs.readFileSync(use, 'utf8');
    writeFile(root, 'src/use.ts', "import { now } from './lib/index';\nimport { later } from './lib';\nexport const t = [now, later];\n");
    const second = host.pass({ changed: [use] });
    // './lib' agrees; './lib/index' does not, and from now on TypeScript 7's answer is the one given.
    expect(second.unconfirmed).toEqual([
      { containingFile: use, specifier: './lib/index', assumed: path.join(root, 'src/lib/index.ts'), actual: clock },
    ]);
    writeFile(root, 'src/use.ts', before);
    const third = host.pass({ changed: [use] });
    expect(third.unconfirmed).toEqual([]);
    const lookupsBefore = third.modules.stats.lookups;
    expect(third.modules.resolve('./lib/index', use, 'import')).toBe(clock);
    expect(third.modules.stats.lookups).toBe(lookupsBefore);
  });

  it('a file created since the last pass joins the program, a deleted one leaves it, a recreated one is read anew', () => {
    const typescript7 = open();
    typescript7.pass({ changed: [] });
    const added = writeFile(root, 'src/added.ts', "import { now } from './lib/clock';\nexport const a = now;\n");
    const names = (pass: { files: readonly ts.SourceFile[] }) => pass.files.map((file) => path.relative(root, file.fileName));
    expect(names(typescript7.pass({ changed: [added] }))).toContain('src/added.ts');
    fs.rmSync(added);
    expect(names(typescript7.pass({ changed: [added] }))).not.toContain('src/added.ts');
    writeFile(root, 'src/added.ts', "\n\n\nimport { sub } from 'pkg/sub';\nexport const b = sub;\n");
    const pass = typescript7.pass({ changed: [added] });
    const lookupsBefore = pass.modules.stats.lookups;
    expect(pass.modules.resolve('pkg/sub', added, 'import')).toBe(path.join(root, 'node_modules/pkg/sub.d.ts'));
    expect(pass.modules.stats.lookups).toBe(lookupsBefore);
  });

  it('with mayReport, a file it rules out is left unparsed, judged by the specifiers TypeScript 7 lists for it', () => {
    const seen = new Map<string, string[]>();
    const mayReport: MayReport = (fileName, _text, facts) => {
      const targets = facts.specifierTargets() ?? [];
      seen.set(path.relative(root, fileName), targets.map((target) => `${target.specifier} -> ${target.file ? path.relative(root, target.file) : '(none)'}`));
      return targets.some((target) => target.file?.endsWith('clock.ts'));
    };
    const typescript7 = open();
    const first = typescript7.pass({ changed: [], mayReport });
    // use.ts imports clock.ts (and has a require(), which TypeScript 7 lists in a .ts file too).
    expect(first.files.map((file) => path.relative(root, file.fileName)).sort()).toEqual(['src/lib/index.ts', 'src/use.ts']);
    expect(first.fileNames.map((fileName) => path.relative(root, fileName)).sort()).toEqual(['src/lib/clock.ts', 'src/lib/index.ts', 'src/use.ts']);
    expect(seen.get('src/lib/clock.ts')).toEqual([]);
    expect(seen.get('src/lib/index.ts')).toEqual(['./clock -> src/lib/clock.ts']);
    // After a change, the file's new specifiers (TypeScript 7.0.2's client would serve the old ones from its cache).
    const use = writeFile(root, 'src/use.ts', "import { main } from 'pkg';\nexport const m = main;\n");
    const second = typescript7.pass({ changed: [use], mayReport });
    expect(seen.get('src/use.ts')).toEqual(['pkg -> node_modules/pkg/main.d.ts']);
    expect(second.files.map((file) => path.relative(root, file.fileName))).toEqual(['src/lib/index.ts']);
    // Where the unparsed file's specifiers lead is still TypeScript 7's answer.
    const lookupsBefore = second.modules.stats.lookups;
    expect(second.modules.resolve('pkg', use, 'import')).toBe(path.join(root, 'node_modules/pkg/main.d.ts'));
    expect(second.modules.stats.lookups).toBe(lookupsBefore);
  });

  it("a site another file of its directory wrote alike is answered by that file's answer: no round trip for it", () => {
    writeFile(root, 'src/feature/a.ts', "import { now } from '../lib/clock';\nexport const a = now;\n");
    writeFile(root, 'src/feature/b.ts', "import { now } from '../lib/clock';\nimport { main } from 'pkg';\nexport const b = [now, main];\n");
    writeFile(root, 'src/feature/c.ts', "export { now } from '../lib/clock';\nimport { now } from '../lib/clock';\nexport const c = now;\n");
    // `import x = require()` (loaded in another mode where modes differ) and another directory: asked again.
    writeFile(root, 'src/feature/d.ts', "import clock = require('../lib/clock');\nexport const d = clock.now;\n");
    writeFile(root, 'src/other/e.ts', "import { now } from '../lib/clock';\nexport const e = now;\n");
    const calls: SymbolCall[] = [];
    host = openTypescript7Host(ts, path.join(root, 'tsconfig.json'), recordingTypescript7(calls));
    const pass = host.pass({ changed: [] });
    const asked = (file: string) => calls.filter((call) => call.file === path.join(root, file)).map((call) => call.texts);
    expect(asked('src/feature/a.ts')).toEqual([["'../lib/clock'"]]);
    expect(asked('src/feature/b.ts')).toEqual([["'pkg'"]]);
    // Its export statement is another kind of site than a's import: asked; its import is a's.
    expect(asked('src/feature/c.ts')).toEqual([["'../lib/clock'"]]);
    expect(asked('src/feature/d.ts')).toEqual([["'../lib/clock'"]]);
    expect(asked('src/other/e.ts')).toEqual([["'../lib/clock'"]]);
    const clock = path.join(root, 'src/lib/clock.ts');
    const lookupsBefore = pass.modules.stats.lookups;
    for (const file of ['src/feature/b.ts', 'src/feature/c.ts', 'src/other/e.ts']) {
      expect(pass.modules.resolve('../lib/clock', path.join(root, file), 'import')).toBe(clock);
    }
    expect(pass.modules.resolve('../lib/clock', path.join(root, 'src/feature/d.ts'), 'require')).toBe(clock);
    expect(pass.modules.stats.lookups).toBe(lookupsBefore);
  });

  it('a package loaded in two modes from one directory is asked in each: its exports lead each mode elsewhere', () => {
    writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true }, include: ['src'] }));
    writeFile(root, 'node_modules/dual/package.json', JSON.stringify({
      name: 'dual',
      exports: { '.': { import: './esm.d.mts', require: './cjs.d.cts' } },
    }));
    writeFile(root, 'node_modules/dual/esm.d.mts', 'export declare const esm: number;\n');
    writeFile(root, 'node_modules/dual/cjs.d.cts', 'export declare const cjs: number;\n');
    fs.rmSync(path.join(root, 'src/use.ts'));
    const esm = writeFile(root, 'src/modes/a.mts', "import { esm } from 'dual';\nexport const a = esm;\n");
    const cjs = writeFile(root, 'src/modes/b.cts', "import { cjs } from 'dual';\nexport const b = cjs;\n");
    const calls: SymbolCall[] = [];
    host = openTypescript7Host(ts, path.join(root, 'tsconfig.json'), recordingTypescript7(calls));
    const pass = host.pass({ changed: [] });
    expect(calls.filter((call) => call.file === esm || call.file === cjs)).toHaveLength(2);
    expect(pass.modules.resolve('dual', esm, 'import')).toBe(path.join(root, 'node_modules/dual/esm.d.mts'));
    expect(pass.modules.resolve('dual', cjs, 'require')).toBe(path.join(root, 'node_modules/dual/cjs.d.cts'));
  });

  it("with classNamesAhead, a file's class names are asked with its module sites, and the type checks ask no more", () => {
    writeFile(root, 'src/shape.ts', "import { now } from './lib/clock';\nexport class Base {}\nexport class Shape extends Base { at = now(); }\n");
    const calls: SymbolCall[] = [];
    host = openTypescript7Host(ts, path.join(root, 'tsconfig.json'), recordingTypescript7(calls));
    const shape = path.join(root, 'src/shape.ts');
    const pass = host.pass({ changed: [], classNamesAhead: (fileName) => fileName === shape });
    const shapeCalls = () => calls.filter((call) => call.file === shape).map((call) => call.texts);
    expect(shapeCalls()).toEqual([["'./lib/clock'", 'Base', 'Shape', 'Base']]);
    const sourceFile = pass.files.find((file) => file.fileName === shape)!;
    const shapeClass = sourceFile.statements.filter(ts.isClassDeclaration)[1]!;
    const checker = pass.typedProgram().getTypeChecker();
    expect(checker.getSymbolAtLocation(shapeClass.name!)?.name).toBe('Shape');
    expect(checker.getSymbolAtLocation(shapeClass.heritageClauses![0]!.types[0]!.expression)?.name).toBe('Base');
    expect(shapeCalls()).toHaveLength(1);
    // Without it, the first question about a name is a round trip of its own.
    const withoutAhead = host.pass({ changed: [shape] });
    const before = calls.length;
    const again = withoutAhead.files.find((file) => file.fileName === shape)!;
    const name = again.statements.filter(ts.isClassDeclaration)[1]!.name!;
    expect(withoutAhead.typedProgram().getTypeChecker().getSymbolAtLocation(name)?.name).toBe('Shape');
    expect(calls.length).toBe(before + 1);
  });

  it('a tsconfig TypeScript 7 rejects: an error that names the tsconfig and the option', () => {
    writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: '.' }, include: ['src'] }));
    // Opening it is enough: the error comes before any pass, and the compiler's process is ended.
    expect(() => open()).toThrow(Typescript7ProjectError);
    expect(() => open()).toThrow(
      /tsconfig\.json cannot be used by TypeScript 7:\n {2}\S+tsconfig\.json:1:\d+: Option 'baseUrl' has been removed.*\nFix: /s,
    );
  });

  it('a 7.0 package whose API lacks what this backend reads: an error naming what is missing, before any process starts', () => {
    writeFile(root, 'node_modules/typescript7/package.json', JSON.stringify({
      name: 'typescript',
      version: '7.0.9',
      exports: { './package.json': './package.json', './unstable/sync': './sync.js', './unstable/ast': './ast.js' },
    }));
    writeFile(root, 'node_modules/typescript7/sync.js', 'module.exports = { API: class {} };\n');
    writeFile(root, 'node_modules/typescript7/ast.js', 'module.exports = { SyntaxKind: { SourceFile: 307 } };\n');
    expect(() => loadTypescript7(root)).toThrow(Typescript7UnavailableError);
    expect(() => loadTypescript7(root)).toThrow(/TypeScript 7\.0\.9 \(.+\) is installed, but its API cannot be loaded: it has no unstable\/sync SymbolFlags\.Alias\. Fix: /);
  });

  it('a compiler that fails while opening the project: a Typescript7ProjectError with its message, the process ended', () => {
    const loaded = loadTypescript7(repoRoot);
    let closed = false;
    // The real API's failure when its process dies mid-request, on a stand-in that fails that way.
    const failing = {
      ...loaded,
      sync: {
        ...loaded.sync,
        API: class {
          clearSourceFileCache(): void {}
          updateSnapshot(): never {
            throw new Error('Unexpected EOF while reading from child process');
          }
          close(): void {
            closed = true;
          }
        },
      },
    };
    expect(() => openTypescript7Host(ts, path.join(root, 'tsconfig.json'), failing)).toThrow(
      /could not open .+tsconfig\.json: Unexpected EOF while reading from child process\. Fix: /,
    );
    expect(closed).toBe(true);
  });
});

