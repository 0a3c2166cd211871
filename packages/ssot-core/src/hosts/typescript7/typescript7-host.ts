import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { normalizePath } from 'ssot-config';
import { forgetParses } from '../../export-map';
import type {
  Typescript7Api,
  Typescript7Diagnostic,
  Typescript7FileChanges,
  Typescript7Project,
  Typescript7Snapshot,
} from './api-types';
import type { LoadedTypescript7 } from './load-typescript7';
import { readPass, type CompilerKinds, type PassOptions, type ResolutionMemory, type Typescript7Pass } from './read-pass';

type Typescript = typeof TS;

export interface Typescript7Host {
  readonly version: string;
  /** Reads the project for a pass. */
  pass(options: PassOptions): Typescript7Pass;
  close(): void;
}

/** A tsconfig that TypeScript 7 cannot build a program from: the message names it and TypeScript's errors. */
export class Typescript7ProjectError extends Error {
  override readonly name = 'Typescript7ProjectError';
}

const ERROR_CATEGORY = 1;

/**
 * Errors about where output would be written (5011: the common source directory needs an explicit rootDir;
 * 5055, 5056: an output would overwrite an input, or be written twice). ssot writes no output, and TypeScript 7's
 * own `tsc --noEmit` does not report them; its API does, since it opens the project as it would build it.
 */
const OUTPUT_LAYOUT_CODES = new Set([5011, 5055, 5056]);

/**
 * Opens `tsconfig` in TypeScript 7's compiler (a child process). Module identity comes from its program: every
 * specifier a project file writes is asked of its checker in one batch per file (each call is a round trip), and
 * the module symbol's source file is where the specifier leads. The syntax the checks walk is TypeScript 6's
 * parse of the same text (TypeScript 7 has no parser in this process). A site TypeScript 7 gives no module for
 * (`require()` in a .ts file, `vi.mock()`) is resolved as the TypeScript 6 backend does: by TypeScript's
 * resolver with the tsconfig's options.
 */
export function openTypescript7Host(ts: Typescript, tsconfig: string, loaded: LoadedTypescript7): Typescript7Host {
  let api: Typescript7Api;
  try {
    api = new loaded.sync.API({ cwd: path.dirname(tsconfig) });
  } catch (error) {
    throw new Typescript7ProjectError(
      `TypeScript ${loaded.version} (${loaded.directory}) could not start its compiler: ${(error as Error).message}. ` +
        'Fix: reinstall it with its platform package (npm ci), or run with --typescript 6.',
    );
  }
  const kinds: CompilerKinds = { sourceFile: loaded.ast.SyntaxKind.SourceFile, alias: loaded.sync.SymbolFlags.Alias };
  let snapshot: Typescript7Snapshot | undefined;
  let known = new Set<string>();
  /** The files of this host's passes: those it parsed itself it offered to the export maps. */
  const parsed = new Set<string>();
  const memory: ResolutionMemory = { learned: new Map(), assumed: new Map() };
  /** A new snapshot of the project, with what changed on disk since the last; throws on a tsconfig it rejects. */
  const update = (changed: readonly string[]) => {
    const fileChanges = changed.length > 0 ? describeChanges(changed, known) : undefined;
    snapshot?.dispose();
    // The client keeps the syntax trees it was sent, and 7.0.2 serves a changed file's old one from that cache in
    // a new snapshot (the compiler itself has the new text): emptied for each snapshot.
    api.clearSourceFileCache();
    snapshot = api.updateSnapshot({ openProjects: [tsconfig], ...(fileChanges ? { fileChanges } : {}) });
    const project = snapshot.getProject(tsconfig);
    if (!project) {
      throw new Typescript7ProjectError(
        `TypeScript ${loaded.version} did not open ${tsconfig} as a project. ` +
          'Fix: name a tsconfig.json that exists and is readable (--project), or run with --typescript 6.',
      );
    }
    throwOnConfigErrors(project, tsconfig);
    known = new Set(project.program.getSourceFileNames().map(normalizePath));
    return project;
  };
  // Opened now, so that a tsconfig TypeScript 7 rejects is known before any work.
  let opened: Typescript7Project | undefined;
  try {
    opened = update([]);
  } catch (error) {
    try {
      snapshot?.dispose();
    } finally {
      stopCompiler(api);
    }
    if (error instanceof Typescript7ProjectError) throw error;
    throw new Typescript7ProjectError(
      `TypeScript ${loaded.version} (${loaded.directory}) could not open ${tsconfig}: ${(error as Error).message}. ` +
        'Fix: reinstall it (npm ci), or run with --typescript 6.',
    );
  }
  return {
    version: loaded.version,
    pass(options) {
      const current = opened && options.changed.length === 0 ? opened : update(options.changed);
      opened = undefined;
      const pass = readPass(ts, tsconfig, current, kinds, memory, options, loaded.ast);
      for (const file of pass.files) parsed.add(file.fileName);
      return pass;
    },
    close() {
      snapshot?.dispose();
      snapshot = undefined;
      forgetParses(parsed);
      stopCompiler(api);
    },
  };
}

/** The compiler must be told which files are new (it adds them to the program) and which are gone. */
function describeChanges(files: readonly string[], known: ReadonlySet<string>): Typescript7FileChanges {
  const changes: Required<Typescript7FileChanges> = { changed: [], created: [], deleted: [] };
  for (const file of files) {
    if (!fs.existsSync(file)) changes.deleted.push(file);
    else if (known.has(normalizePath(file))) changes.changed.push(file);
    else changes.created.push(file);
  }
  return changes;
}

/**
 * Ends the compiler's process. `api.close()` sends it SIGTERM, on which it may print "context canceled" to the
 * stderr it shares with us (in about 1 run of 10 here): a line in ssot's output that is not ssot's. Nothing is
 * pending once the snapshots are disposed, so the process is killed outright first (through the client's own
 * handle, where this version has it), then the client is closed.
 */
function stopCompiler(api: Typescript7Api): void {
  const child = (api as { client?: { channel?: { child?: { kill(signal: string): boolean } } } }).client?.channel?.child;
  child?.kill('SIGKILL');
  try {
    api.close();
  } catch {
    // A compiler that already ended cannot take the close requests; there is nothing left to release.
  }
}

/**
 * Stops on an error TypeScript 7 finds in the tsconfig (or one it extends): an option it removed, a value it no
 * longer takes; not one about output layout, which `tsc --noEmit` would not report either. Errors elsewhere (a
 * missing type package) are the compiler's to report, as on TypeScript 6.
 */
function throwOnConfigErrors(project: Typescript7Project, tsconfig: string): void {
  const program = project.program;
  const errors = [...program.getConfigFileParsingDiagnostics(), ...program.getProgramDiagnostics()].filter(
    (diagnostic) =>
      diagnostic.category === ERROR_CATEGORY && diagnostic.fileName?.endsWith('.json') === true && !OUTPUT_LAYOUT_CODES.has(diagnostic.code),
  );
  if (errors.length === 0) return;
  throw new Typescript7ProjectError(
    `${tsconfig} cannot be used by TypeScript 7:\n` +
      errors.map((diagnostic) => `  ${placeOf(diagnostic)}: ${diagnostic.text}`).join('\n') +
      '\nFix: correct the tsconfig where each error says (TypeScript 7 removed options TypeScript 6 deprecated), or run with --typescript 6.',
  );
}

/** `file:line:column` of a diagnostic, 1-based. */
function placeOf(diagnostic: Typescript7Diagnostic): string {
  const file = diagnostic.fileName ?? '';
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return file;
  }
  const before = text.slice(0, Math.max(0, diagnostic.pos));
  const line = before.split('\n').length;
  return `${file}:${line}:${before.length - before.lastIndexOf('\n')}`;
}
