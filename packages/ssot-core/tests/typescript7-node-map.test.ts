import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypescript7 } from '../src/index';
import type { Typescript7Api, Typescript7Project, Typescript7Snapshot } from '../src/hosts/typescript7/api-types';
import { createNodeMap, type NodeMap } from '../src/hosts/typescript7/node-map';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// The TypeScript 7 backend asks the compiler about TypeScript 6's nodes by their place: every node TypeScript 6's
// parse has must have TypeScript 7's counterpart at the same range and of the same kind, and each declaration
// the compiler points at must lead back to TypeScript 6's node.

const repoRoot = path.resolve(__dirname, '..', '..', '..');

const FILES: Record<string, string> = {
  'src/shapes.ts': [
    "import type { Child } from './view';",
    "import * as views from './view';",
    'export enum Kind { Circle = 1, Square = Kind.Circle << 1 }',
    'export namespace Geometry { export const unit = 1; }',
    'export type Mapped<T> = { readonly [K in keyof T]?: T[K] extends string ? `x-${T[K]}` : never };',
    'export interface Shape<T = number> { area(): T; readonly kind: Kind; [extra: string]: unknown }',
    'function logged(_target: unknown, _key: string): void {}',
    'export abstract class Base<T> implements Shape<T> {',
    '  [extra: string]: unknown;',
    '  static count = 0;',
    '  #secret = 1;',
    '  constructor(public readonly kind: Kind, private name?: string) { Base.count++; }',
    '  abstract area(): T;',
    '  get label(): string { return this.name ?? `${this.#secret}`; }',
    '  set label(value: string) { this.name = value; }',
    '  static { Base.count = 0; }',
    '}',
    'export class Circle extends Base<number> {',
    '  @logged radius = 2;',
    '  area(): number;',
    '  area(scale?: number): number { return Math.PI * this.radius ** 2 * (scale ?? 1); }',
    '  isRound(this: Circle): this is Circle { return true; }',
    '}',
    'export const make = async <T extends Shape>(shape: T): Promise<T> => shape satisfies Shape;',
    'export default class { child?: Child = views.child; }',
    'label: for (const [key, { value = 1 }] of Object.entries({ a: { value: 2 } })) { if (key) continue label; void value; }',
    '',
  ].join('\n'),
  'src/view.tsx': [
    'export interface Child { readonly id: number }',
    'export const child: Child = { id: 1 };',
    'export const View = ({ id }: Child) => <div className="view">{id > 0 ? <span>{id}</span> : null}</div>;',
    '',
  ].join('\n'),
};

describe('where TypeScript 6 places a node, TypeScript 7 places the same', () => {
  let root: string;
  let api: Typescript7Api;
  let snapshot: Typescript7Snapshot;
  let project: Typescript7Project;
  let nodes: NodeMap;
  const parsed = new Map<string, ts.SourceFile>();
  const sourceFileOf = (fileName: string) => {
    if (!fs.existsSync(fileName)) return undefined;
    let sourceFile = parsed.get(fileName);
    if (!sourceFile) {
      sourceFile = ts.createSourceFile(fileName, fs.readFileSync(fileName, 'utf8'), ts.ScriptTarget.Latest, true);
      parsed.set(fileName, sourceFile);
    }
    return sourceFile;
  };
  /** The project's own files, as TypeScript 6 parses them. */
  const projectFiles = () => Object.keys(FILES).map((file) => parsed.get(path.join(root, file)) as ts.SourceFile);

  beforeAll(() => {
    root = makeTempRoot('ssot-ts7-nodes-');
    writeFile(root, 'tsconfig.json', JSON.stringify({
      compilerOptions: { module: 'preserve', moduleResolution: 'bundler', jsx: 'preserve', strict: true, experimentalDecorators: true, target: 'es2022' },
      include: ['src'],
    }));
    for (const [file, text] of Object.entries(FILES)) writeFile(root, file, text);
    const loaded = loadTypescript7(repoRoot);
    api = new loaded.sync.API({ cwd: root });
    const tsconfig = path.join(root, 'tsconfig.json');
    snapshot = api.updateSnapshot({ openProjects: [tsconfig] });
    const opened = snapshot.getProject(tsconfig);
    if (!opened) throw new Error('TypeScript 7 did not open the project');
    project = opened;
    nodes = createNodeMap(ts, loaded.ast, project, sourceFileOf, (declarationPath) => declarationPath);
    for (const file of Object.keys(FILES)) sourceFileOf(path.join(root, file));
  });
  afterAll(() => {
    snapshot.dispose();
    api.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('every node of TypeScript 6\'s parse has its counterpart: the same range, a kind of the same name', () => {
    let count = 0;
    const unmatched: string[] = [];
    for (const sourceFile of projectFiles()) {
      const visit = (node: ts.Node): void => {
        const remote = nodes.remote(node);
        count += 1;
        if (remote?.pos !== node.pos || remote.end !== node.end) {
          unmatched.push(`${path.basename(sourceFile.fileName)} ${ts.SyntaxKind[node.kind]} ${node.pos}-${node.end}: '${node.getText(sourceFile).slice(0, 40)}'`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    expect(unmatched).toEqual([]);
    expect(count).toBeGreaterThan(300);
  });

  it("each declaration the compiler gives for a declared name leads back to TypeScript 6's declaration", () => {
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const sourceFile of projectFiles()) {
      const visit = (node: ts.Node): void => {
        // A property access is a declaration only in JavaScript (`this.x = 1`).
        const name = ts.isNamedDeclaration(node) && !ts.isPropertyAccessExpression(node) ? node.name : undefined;
        if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name))) {
          const [symbol] = project.checker.getSymbolAtPosition(sourceFile.fileName, [name.getStart(sourceFile)]);
          const declarations = (symbol?.declarations ?? []).map((handle) => nodes.local(handle));
          checked.push(name.text);
          if (!declarations.includes(node)) wrong.push(`${name.text} (${ts.SyntaxKind[node.kind]}): ${declarations.map((found) => (found ? ts.SyntaxKind[found.kind] : 'none')).join(', ')}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    expect(wrong).toEqual([]);
    expect(checked.length).toBeGreaterThan(25);
  });

  it("a declaration learned from the answer at its name is the one the compiler's tree gives, found without that tree", () => {
    const fetched: string[] = [];
    const program = Object.create(project.program) as Typescript7Project['program'];
    program.getSourceFile = (fileName) => {
      fetched.push(fileName);
      return project.program.getSourceFile(fileName);
    };
    const counted = Object.create(project, { program: { value: program } }) as Typescript7Project;
    const learning = createNodeMap(ts, loadTypescript7(repoRoot).ast, counted, sourceFileOf, (declarationPath) => declarationPath);
    const shapes = parsed.get(path.join(root, 'src/shapes.ts'))!;
    const declaredNames: { declaration: ts.NamedDeclaration; name: ts.Identifier | ts.PrivateIdentifier }[] = [];
    const visit = (node: ts.Node): void => {
      const name = ts.isNamedDeclaration(node) && !ts.isPropertyAccessExpression(node) ? node.name : undefined;
      if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name))) declaredNames.push({ declaration: node as ts.NamedDeclaration, name });
      ts.forEachChild(node, visit);
    };
    visit(shapes);
    const symbols = project.checker.getSymbolAtPosition(shapes.fileName, declaredNames.map(({ name }) => name.getStart(shapes)));
    declaredNames.forEach(({ declaration }, index) => learning.learn(declaration, symbols[index]?.declarations ?? []));
    // Classes Base and Circle are not the only class of their file: only what was learned finds them treeless.
    const circle = declaredNames.find(({ name }) => name.text === 'Circle')!;
    const [circleHandle] = symbols[declaredNames.indexOf(circle)]?.declarations ?? [];
    expect(learning.local(circleHandle!)).toBe(circle.declaration);
    expect(fetched).toEqual([]);
    // Every declaration, learned or not (area's overloads are two methods of one kind: never learned), is the
    // node the compiler's tree leads to.
    const differing = symbols.flatMap((symbol) =>
      (symbol?.declarations ?? []).filter((handle) => learning.local(handle) !== nodes.local(handle)).map((handle) => `${symbol?.name} ${handle.kind}`),
    );
    expect(differing).toEqual([]);
    expect(fetched.length).toBeGreaterThan(0);
  });
});
