import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, getResolverForFile } from 'ssot-config';
import { checkNames, checksMayReport, findModuleSites, requiresTypes, runCheck, type FileFacts } from '../src/index';
import { loadModeOfSite } from '../src/module-sites';
import { makeTempRoot, parseTsconfig, writeFile } from './helpers/temp-project';

// The TypeScript 7 backend leaves unparsed the files where checksMayReport says no check can report. Each row
// holds what it says of one file, and that where it says false the checks indeed report nothing there.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-may-report-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true, types: [] }, include: ['src'] }));
  writeFile(root, 'src/canonical.ts', 'export class Manager {}\nexport function createManager(): Manager { return new Manager(); }\n');
  writeFile(root, 'src/legacy.ts', "export * from './canonical';\n");
  writeFile(root, 'src/util.ts', 'export const util = 1;\n');
  writeFile(root, 'src/barrel.ts', "export { Manager as Mgr } from './canonical';\n");
  writeFile(root, 'src/private-barrel.ts', "export { Manager as \u0275Mgr } from './canonical';\n");
  writeFile(root, 'ssot.config.json', JSON.stringify({
    modules: [{ legacy: './src/legacy', canonical: './src/canonical' }],
    symbols: [{ name: 'Manager', module: './src/canonical', factory: { module: './src/canonical', name: 'createManager' } }],
    ignore: ['src/ignored/**'],
  }));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/**
 * What a host knows of the file, here from TypeScript 6's program (the TypeScript 7 backend asks its compiler the
 * same): where each statement-level specifier leads, and where the name at a position is declared.
 */
function factsOf(program: ts.Program, sourceFile: ts.SourceFile): FileFacts {
  const checker = program.getTypeChecker();
  const resolver = getResolverForFile(ts, sourceFile.fileName);
  const format = resolver.fileFormat(sourceFile.fileName);
  return {
    specifierTargets: () =>
      findModuleSites(ts, sourceFile).map((site) => ({
        specifier: site.specifier.text,
        file: resolver.resolve(site.specifier.text, sourceFile.fileName, loadModeOfSite(ts, site, format)),
      })),
    declarationFiles: (positions) =>
      positions.map((position) => {
        const name = identifierAt(sourceFile, position);
        let symbol = name && checker.getSymbolAtLocation(name);
        if (!symbol) return null;
        if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        return (symbol.declarations ?? []).map((declaration) => declaration.getSourceFile().fileName);
      }),
  };
}

function identifierAt(sourceFile: ts.SourceFile, position: number): ts.Identifier | undefined {
  const visit = (node: ts.Node): ts.Identifier | undefined =>
    ts.isIdentifier(node) && node.getStart(sourceFile) === position ? node : ts.forEachChild(node, visit);
  return visit(sourceFile);
}

function judge(relative: string, text: string): { mayReport: boolean; findings: number } {
  const fileName = relative in existing ? path.join(root, relative) : writeFile(root, relative, text);
  const { options } = parseTsconfig(root);
  const program = ts.createProgram([fileName], options);
  program.getTypeChecker(); // binds the files, which sets the parents the checks walk up
  const sourceFile = program.getSourceFile(fileName)!;
  const findings = checkNames.filter((check) => !requiresTypes(check)).reduce((sum, check) => sum + runCheck(check, { ts, sourceFile }).length, 0);
  return { mayReport: checksMayReport(ts, fileName, sourceFile.text, factsOf(program, sourceFile)), findings };
}
const existing: Record<string, true> = { 'src/legacy.ts': true, 'src/canonical.ts': true };

/** A host that can tell nothing: the answer must come from the text and the config. */
const noFacts: FileFacts = { specifierTargets: () => undefined, declarationFiles: () => undefined };

describe('checksMayReport', () => {
  it.each([
    ['an import of nothing legacy', 'src/plain.ts', "import { util } from './util';\nexport const y = util;\n", false, false],
    ['an import of a legacy module', 'src/user.ts', "import type { Manager } from './legacy';\nexport type M = Manager;\n", true, true],
    ['a re-export of a legacy module', 'src/again.ts', "export { Manager } from './legacy';\n", true, true],
    ['the legacy module (shim-purity)', 'src/legacy.ts', '', true, false],
    ['the canonical module (shim-purity)', 'src/canonical.ts', '', true, false],
    ['a `new` where the factory is due', 'src/builds.ts', "import { Manager } from './canonical';\nexport const m = new Manager();\n", true, true],
    ['a `new` of a global class', 'src/map.ts', 'export const m = new Map<string, number>();\n', false, false],
    ['a `new` of a class of its own', 'src/local.ts', 'class Local {}\nexport const l = new Local();\n// a new Manager, in a comment\n', false, false],
    ['a `new` of the class through a namespace', 'src/ns.ts', "import * as ns from './canonical';\nexport const m = new ns.Manager();\n", true, true],
    ['a `new` of the class renamed by a barrel', 'src/renamed.ts', "import { Mgr } from './barrel';\nexport const m = new Mgr();\n", true, true],
    ['a `new` through a namespace whose name has a letter beyond ASCII', 'src/ns-letters.ts', "import * as b\u0275 from './barrel';\nexport const m = new b\u0275.Mgr();\n", true, true],
    ['a `new` of a namespace member named with a letter beyond ASCII', 'src/member-letters.ts', "import * as b from './private-barrel';\nexport const m = new b.\u0275Mgr();\n", true, true],
    ['a `new` of a name spelled with an escape', 'src/escaped.ts', "import { Mgr } from './barrel';\nexport const m = new \\u004Dgr();\n", true, true],
    ['a subclass of the class', 'src/sub.ts', "import { Manager } from './canonical';\nexport class Sub extends Manager {}\n", true, true],
    ['a `new` not followed by a plain name', 'src/paren.ts', "import { Manager } from './canonical';\nexport const m = new (Manager)();\n", true, true],
    ['a `new` of an indexed namespace', 'src/indexed.ts', "import * as ns from './canonical';\nexport const m = new ns['Manager']();\n", true, false],
    ['a conditional type (extends a keyword)', 'src/types.ts', "import type { Manager } from './canonical';\nexport type IsString<T> = T extends string ? Manager : never;\n", false, false],
    ['a dynamic import, found only by a parse', 'src/lazy.ts', "export const load = () => import('./legacy');\n", true, true],
    ['a declare module', 'src/augment.ts', "export {};\ndeclare module './util' {}\n", true, false],
    ['a file the config ignores', 'src/ignored/user.ts', "import type { Manager } from '../legacy';\nexport type M = Manager;\n", false, false],
  ])('%s: %s', (_what, relative, text, mayReport, reports) => {
    const judged = judge(relative, text);
    expect(judged.mayReport).toBe(mayReport);
    expect(judged.findings > 0).toBe(reports);
  });

  it('a config that does not load: true, so that the checks report its error', () => {
    writeFile(root, 'ssot.config.json', '{ "modules": [ ');
    const fileName = writeFile(root, 'src/plain.ts', 'export const y = 1;\n');
    expect(checksMayReport(ts, fileName, 'export const y = 1;\n', noFacts)).toBe(true);
  });

  it('no config governs the file: false', () => {
    fs.rmSync(path.join(root, 'ssot.config.json'));
    const fileName = writeFile(root, 'src/user.ts', "import { Manager } from './legacy';\nexport const m = new Manager();\n");
    expect(checksMayReport(ts, fileName, fs.readFileSync(fileName, 'utf8'), noFacts)).toBe(false);
  });

  it('a protocol in the config: true for every file (the type checks compare every class)', () => {
    writeFile(root, 'src/protocol.ts', 'export interface Protocol {}\n');
    writeFile(root, 'ssot.config.json', JSON.stringify({
      symbols: [{ name: 'Manager', module: './src/canonical', protocol: { module: './src/protocol', name: 'Protocol' } }],
    }));
    expect(judge('src/plain.ts', "import { util } from './util';\nexport const y = util;\n").mayReport).toBe(true);
  });
});
