import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { normalizePath } from './paths';
import { projectWithFiles, referencedTsconfigs } from './tsconfig-options';

type Typescript = typeof TS;

/**
 * The declaration files that the projects a tsconfig references emit, each with the source it comes from. An
 * import of a referenced project leads, through its package's `types` or `exports`, to such a file (`dist/x.d.ts`)
 * whether or not it is built yet; tsserver and typescript-eslint's project service read the source in its place,
 * and `tsc -b` builds it from that source. Either way the module is the source file: that is its identity here.
 */
export interface ReferenceOutputs {
  /** The source file a referenced project emits the declaration file `file` (a real path) from, if it does. */
  sourceOf(file: string): string | undefined;
  /** Whether `dir` (a real path) is a referenced project's declaration directory, lies inside one or holds one. */
  holdsDeclarations(dir: string): boolean;
}

/** A declaration file's name: `x.d.ts`, `x.d.mts`, `x.d.cts`, and `x.d.css.ts` for arbitrary extensions. */
export const DECLARATION_FILE = /\.d\.(?:[^./]+\.)?[cm]?ts$/;

/**
 * The outputs of every project `tsconfig` references, through their own references (as TypeScript walks them);
 * undefined when it references none. Projects bundled into one `outFile` are left out: their declaration file
 * stands for no single source. A project without outDir or declarationDir writes each beside its source.
 */
export function referenceOutputs(ts: Typescript, tsconfig: string): ReferenceOutputs | undefined {
  const projects = referencedProjects(ts, tsconfig);
  if (projects.length === 0) return undefined;
  const key = fileKey(ts);
  const emitted = projects.map((project) => declarationOutputs(ts, project)).filter((outputs) => outputs !== undefined);
  const declarationDirectories = emitted.flatMap(({ directory }) => (directory === undefined ? [] : [directory]));
  return {
    sourceOf: (file) => {
      const at = key(file);
      for (const { sources } of emitted) {
        const source = sources.get(at);
        if (source !== undefined) return source;
      }
      return undefined;
    },
    holdsDeclarations: (dir) => {
      const at = key(normalizePath(dir));
      return declarationDirectories.some(
        (declarationDirectory) =>
          at === declarationDirectory || declarationDirectory.startsWith(`${at}/`) || at.startsWith(`${declarationDirectory}/`),
      );
    },
  };
}

interface DeclarationOutputs {
  /** Where the project writes its declaration files (by fileKey); undefined when beside their sources. */
  readonly directory: string | undefined;
  /** Each declaration file it emits (by fileKey), with its source. */
  readonly sources: ReadonlyMap<string, string>;
}
/** By parsed project: every tsconfig that references it asks again, and a parse lives until the caches clear. */
const outputsByProject = new WeakMap<TS.ParsedCommandLine, DeclarationOutputs | null>();

/** The declaration files one project emits, or undefined when it bundles them into an outFile. */
function declarationOutputs(ts: Typescript, project: TS.ParsedCommandLine): DeclarationOutputs | undefined {
  let outputs = outputsByProject.get(project);
  if (outputs === undefined) {
    const { options } = project;
    const directory = options.declarationDir ?? options.outDir;
    outputs = null;
    if (!options.outFile) {
      const key = fileKey(ts);
      const sources = new Map<string, string>();
      for (const source of project.fileNames) {
        if (DECLARATION_FILE.test(source)) continue;
        for (const output of ts.getOutputFileNames(project, source, !ts.sys.useCaseSensitiveFileNames)) {
          if (DECLARATION_FILE.test(output)) sources.set(key(normalizePath(output)), normalizePath(source));
        }
      }
      outputs = { directory: directory === undefined ? undefined : key(normalizePath(directory)), sources };
    }
    outputsByProject.set(project, outputs);
  }
  return outputs ?? undefined;
}

/** A path as the file system compares it: lower case where it ignores case. */
function fileKey(ts: Typescript): (file: string) => string {
  return ts.sys.useCaseSensitiveFileNames ? (file) => file : (file) => file.toLowerCase();
}

/** The projects a tsconfig references, directly or through theirs, each once, that exist and parse. */
function referencedProjects(ts: Typescript, tsconfig: string): TS.ParsedCommandLine[] {
  const found: TS.ParsedCommandLine[] = [];
  const seen = new Set<string>([path.resolve(tsconfig)]);
  const visit = (current: string): void => {
    for (const referenced of referencedTsconfigs(ts, current)) {
      const at = path.resolve(referenced);
      if (seen.has(at) || !fs.existsSync(at)) continue;
      seen.add(at);
      const project = projectWithFiles(ts, at);
      if (project) found.push(project);
      visit(at);
    }
  };
  visit(tsconfig);
  return found;
}
