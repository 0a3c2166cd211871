import type * as TS from 'typescript';
import { normalizePath } from 'ssot-config';
import type { Typescript7Ast, Typescript7Node, Typescript7NodeHandle, Typescript7Project } from './api-types';

type Typescript = typeof TS;

/**
 * Where a node of TypeScript 6's parse of a file stands in TypeScript 7's tree of the same text, and back. Both
 * compilers place a node at the same `pos` and `end` (the Go parser is a port of TypeScript's), and a node is
 * told from the nodes that share its range by its kind, matched by name: the two number their kinds differently.
 */
export interface NodeMap {
  /** The compiler's node for `node`, or undefined when its file's text is not the text the compiler has. */
  remote(node: TS.Node): Typescript7Node | undefined;
  /** TypeScript 6's node for a declaration the compiler points at, when its file can be parsed here. */
  local(handle: Typescript7NodeHandle): TS.Node | undefined;
  /**
   * Tells the map which of a symbol's declarations is `declaration`, the symbol being the compiler's answer at
   * the declaration's name: of the symbol's declarations, the only one in its file with its kind. Such a
   * declaration is then found without the compiler's tree of the file (see local).
   */
  learn(declaration: TS.NamedDeclaration, handles: readonly Typescript7NodeHandle[]): void;
}

export function createNodeMap(
  ts: Typescript,
  ast: Typescript7Ast,
  project: Typescript7Project,
  sourceFileOf: (fileName: string) => TS.SourceFile | undefined,
  fileNameOf: (declarationPath: string) => string,
): NodeMap {
  const kinds = kindNumbers(ts, ast);
  const remoteIndexes = new Map<string, RemoteIndex | null>();
  const localIndexes = new WeakMap<TS.SourceFile, LocalIndex>();
  const learned = new Map<string, TS.Node>();
  const remoteIndexOf = (sourceFile: TS.SourceFile): RemoteIndex | undefined => {
    const key = normalizePath(sourceFile.fileName);
    let index = remoteIndexes.get(key);
    if (index === undefined) {
      const remote = project.program.getSourceFile(sourceFile.fileName);
      index = remote?.text === sourceFile.text ? { file: remote, nodes: indexRemote(remote) } : null;
      remoteIndexes.set(key, index);
    }
    return index ?? undefined;
  };
  const localIndexOf = (sourceFile: TS.SourceFile): LocalIndex => {
    let index = localIndexes.get(sourceFile);
    if (!index) {
      index = indexLocal(ts, sourceFile, kinds.toRemote);
      localIndexes.set(sourceFile, index);
    }
    return index;
  };
  return {
    remote(node) {
      const sourceFile = node.getSourceFile();
      const index = remoteIndexOf(sourceFile);
      if (!index) return undefined;
      if (node === sourceFile) return index.file;
      const kind = kinds.toRemote.get(node.kind);
      return kind === undefined ? undefined : index.nodes.get(rangeKey(node.pos, node.end, kind));
    },
    local(handle) {
      const sourceFile = sourceFileOf(fileNameOf(handle.path));
      if (!sourceFile) return undefined;
      if (handle.kind === ast.SyntaxKind.SourceFile) return sourceFile;
      const known = learned.get(handleKey(handle));
      if (known?.getSourceFile() === sourceFile) return known;
      const index = localIndexOf(sourceFile);
      // The only node of its kind in the file needs no tree from the compiler (a class, most often): the tree of
      // a file is the costliest answer it sends.
      const ofKind = index.byKind.get(handle.kind);
      if (ofKind?.length === 1) return ofKind[0];
      const node = handle.resolve(project);
      return node && index.byRange.get(rangeKey(node.pos, node.end, node.kind));
    },
    learn(declaration, handles) {
      const kind = kinds.toRemote.get(declaration.kind);
      const file = normalizePath(declaration.getSourceFile().fileName);
      const candidates = handles.filter((handle) => handle.kind === kind && normalizePath(fileNameOf(handle.path)) === file);
      const [only] = candidates;
      if (only && candidates.length === 1) learned.set(handleKey(only), declaration);
    },
  };
}

function handleKey(handle: Typescript7NodeHandle): string {
  return `${handle.index}:${handle.kind}:${handle.path}`;
}

interface RemoteIndex {
  readonly file: Typescript7Node;
  readonly nodes: ReadonlyMap<string, Typescript7Node>;
}

function rangeKey(pos: number, end: number, kind: number): string {
  return `${pos}:${end}:${kind}`;
}

/** Every node of the compiler's tree by range and kind; of nodes that share both, the outermost. */
function indexRemote(file: Typescript7Node): Map<string, Typescript7Node> {
  const nodes = new Map<string, Typescript7Node>();
  const visit = (node: Typescript7Node): undefined => {
    const key = rangeKey(node.pos, node.end, node.kind);
    if (!nodes.has(key)) nodes.set(key, node);
    node.forEachChild(visit);
    return undefined;
  };
  file.forEachChild(visit);
  return nodes;
}

interface LocalIndex {
  readonly byRange: ReadonlyMap<string, TS.Node>;
  /** Every node of each kind, in the order of the file. */
  readonly byKind: ReadonlyMap<number, readonly TS.Node[]>;
}

/** The same for TypeScript 6's parse, keyed by the compiler's kind numbers, and its nodes by kind. */
function indexLocal(ts: Typescript, file: TS.SourceFile, toRemote: ReadonlyMap<number, number>): LocalIndex {
  const byRange = new Map<string, TS.Node>();
  const byKind = new Map<number, TS.Node[]>();
  const visit = (node: TS.Node): void => {
    const kind = toRemote.get(node.kind);
    if (kind !== undefined) {
      const key = rangeKey(node.pos, node.end, kind);
      if (!byRange.has(key)) byRange.set(key, node);
      const ofKind = byKind.get(kind);
      if (ofKind) ofKind.push(node);
      else byKind.set(kind, [node]);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  return { byRange, byKind };
}

/** Kinds TypeScript 7 names otherwise. */
const RENAMED_KINDS: Readonly<Record<string, string>> = { EndOfFileToken: 'EndOfFile' };

const kindsByPair = new WeakMap<object, WeakMap<object, { toRemote: ReadonlyMap<number, number> }>>();

/**
 * TypeScript 6's kind numbers to TypeScript 7's, by name. The markers (`FirstToken`, `LastKeyword`, ...) share
 * numbers with real kinds and are left out; a kind only one compiler has has no counterpart.
 */
function kindNumbers(ts: Typescript, ast: Typescript7Ast): { toRemote: ReadonlyMap<number, number> } {
  let byAst = kindsByPair.get(ts);
  if (!byAst) {
    byAst = new WeakMap();
    kindsByPair.set(ts, byAst);
  }
  let found = byAst.get(ast);
  if (!found) {
    const toRemote = new Map<number, number>();
    for (const [name, value] of Object.entries(ts.SyntaxKind)) {
      if (typeof value !== 'number' || /^(First|Last)[A-Z]/.test(name)) continue;
      const remote = ast.SyntaxKind[RENAMED_KINDS[name] ?? name];
      if (typeof remote === 'number') toRemote.set(value, remote);
    }
    found = { toRemote };
    byAst.set(ast, found);
  }
  return found;
}
