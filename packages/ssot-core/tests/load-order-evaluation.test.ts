import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { clearCache } from 'ssot-config';
import { applyEdits } from '../src/edits/apply-edits';
import { clearExportMapCache, runCheck } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// Whether a fix keeps the order in which modules run code, judged against the order ES modules actually
// evaluate in (each module once, after the modules it imports, in their order), on generated module graphs:
// quiet and printing modules, a legacy module that loads some of them besides re-exporting the canonical one,
// and a user file whose imports come in any order, with or without an import of the canonical module already.
// Every fix ssot offers must leave the printed sequence as it was.

const root = makeTempRoot('ssot-load-order-evaluation-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let seed = 4_2026_12;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

interface Graph {
  /** Module name to the modules it imports, in order. */
  readonly imports: Map<string, string[]>;
  /** Modules whose own code prints. */
  readonly printing: Set<string>;
}

/** The modules whose own code runs, in the order evaluating `entry` runs them. */
function evaluationOrder(graph: Graph, entryImports: readonly string[]): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const evaluate = (name: string) => {
    if (done.has(name)) return;
    done.add(name);
    for (const dependency of graph.imports.get(name) ?? []) evaluate(dependency);
    if (graph.printing.has(name)) order.push(name);
  };
  for (const name of entryImports) evaluate(name);
  return order;
}

/**
 * The modules a file's import declarations load, in order, by the name of the file they name. A declaration
 * that binds names loads only when one of them is used as a value (`valueNames`): TypeScript drops the others.
 */
function importsOf(text: string, valueNames: ReadonlySet<string>): string[] {
  const sourceFile = ts.createSourceFile('/user.ts', text, ts.ScriptTarget.Latest);
  return sourceFile.statements
    .filter(ts.isImportDeclaration)
    .filter((statement) => {
      const bindings = statement.importClause?.namedBindings;
      return !bindings || !ts.isNamedImports(bindings) || bindings.elements.some((element) => valueNames.has(element.name.text));
    })
    .map((statement) => path.basename((statement.moduleSpecifier as ts.StringLiteral).text));
}

function generateCase(dir: string): { graph: Graph; user: string; valueNames: ReadonlySet<string> } {
  const count = 3 + random(5);
  const names = Array.from({ length: count }, (_, i) => `m${i}`);
  const imports = new Map<string, string[]>();
  const printing = new Set<string>();
  // Each module imports only later ones: no cycles.
  names.forEach((name, i) => {
    const later = names.slice(i + 1);
    const own = later.filter(() => random(3) === 0);
    imports.set(name, own);
    if (random(3) === 0) printing.add(name);
    const body = [...own.map((other) => `import './${other}';`), `export const ${name} = ${i};`, ...(printing.has(name) ? [`console.log('${name}');`] : [])];
    writeFile(dir, `src/${name}.ts`, `${body.join('\n')}\n`);
  });
  const canonicalLoads = names.filter(() => random(4) === 0);
  imports.set('canon', canonicalLoads);
  writeFile(dir, 'src/canon.ts', `${[...canonicalLoads.map((name) => `import './${name}';`), 'export const a = 1;'].join('\n')}\n`);
  const legacyLoads = names.filter(() => random(3) === 0);
  const legacyOrder = random(2) === 0 ? [...legacyLoads, 'canon'] : ['canon', ...legacyLoads];
  imports.set('legacy', legacyOrder);
  writeFile(
    dir,
    'src/legacy.ts',
    `${legacyOrder.map((name) => (name === 'canon' ? "export { a } from './canon';" : `import './${name}';`)).join('\n')}\n`,
  );
  // Each module the file imports is imported for its effects, or by name, its name used as a value or only in
  // a type (and then the import is dropped when compiled).
  const valueNames = new Set(['a', 'first']);
  const typeNames: string[] = [];
  const statements = names
    .filter(() => random(2) === 0)
    .map((name) => {
      const form = random(3);
      if (form === 0) return `import './${name}';`;
      if (form === 1) valueNames.add(name);
      else typeNames.push(name);
      return `import { ${name} } from './${name}';`;
    });
  statements.splice(random(statements.length + 1), 0, "import { a } from './legacy';");
  if (random(2) === 0) statements.splice(random(statements.length + 1), 0, "import { a as first } from './canon';");
  const values = ['a', ...(statements.some((statement) => statement.includes('first')) ? ['first'] : []), ...names.filter((name) => valueNames.has(name))];
  const uses = [`console.log(${values.join(', ')});`, ...(typeNames.length > 0 ? [`export let t: [${typeNames.map((name) => `typeof ${name}`).join(', ')}];`] : [])];
  return { graph: { imports, printing }, user: `${[...statements, ...uses].join('\n')}\n`, valueNames };
}

describe('fixes keep the order ES modules evaluate in', () => {
  it('on generated module graphs, every fix offered prints the same sequence', () => {
    let fixed = 0;
    let refused = 0;
    for (let round = 0; round < 150; round++) {
      clearCache();
      clearExportMapCache();
      const dir = path.join(root, `case-${round}`);
      writeFile(dir, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', strict: true } }));
      writeFile(dir, 'ssot.config.json', JSON.stringify({ symbols: [{ name: 'a', module: './src/canon', legacy: [{ module: './src/legacy' }] }] }));
      const { graph, user, valueNames } = generateCase(dir);
      const file = writeFile(dir, 'src/user.ts', user);
      const sourceFile = ts.createSourceFile(file, user, ts.ScriptTarget.Latest, true);
      const [finding] = runCheck('canonical-import', { ts, sourceFile });
      if (!finding) throw new Error(`case ${round}: the legacy import was not reported\n${user}`);
      if (!finding.fix) {
        refused++;
        continue;
      }
      fixed++;
      const after = applyEdits(user, finding.fix) as string;
      const context = `case ${round}\n--- before\n${user}--- after\n${after}--- modules\n${[...graph.imports].map(([name, loads]) => `${name}${graph.printing.has(name) ? ' (prints)' : ''}: ${loads.join(', ')}`).join('\n')}`;
      expect(evaluationOrder(graph, importsOf(after, valueNames)), context).toEqual(evaluationOrder(graph, importsOf(user, valueNames)));
    }
    // Both answers must be common, or the property says little.
    expect(fixed).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(10);
  });
});
