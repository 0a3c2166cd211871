import * as path from 'node:path';
import type * as TS from 'typescript';
import { normalizePath } from './paths';
import { DECLARATION_FILE, referenceOutputs, type ReferenceOutputs } from './reference-outputs';
import { governingTsconfig, readCompilerOptions } from './tsconfig-options';

type Typescript = typeof TS;

/** How a module is loaded, which decides the package `exports` conditions and whether extensions are needed. */
export type ResolutionMode = 'import' | 'require';

export interface ResolverStats {
  /** Every call to `resolve`. */
  lookups: number;
  /** Calls that reached TypeScript: one per distinct (directory, specifier, mode). */
  typescriptCalls: number;
}

/** Module identity: which file a specifier means, decided by TypeScript's own resolver and cached. */
export interface ModuleResolver {
  readonly compilerOptions: TS.CompilerOptions;
  /** The tsconfig.json the options come from, if any. */
  readonly tsconfig: string | undefined;
  readonly stats: ResolverStats;
  /** The file `specifier` resolves to from `containingFile`, or undefined when it does not resolve. */
  resolve(specifier: string, containingFile: string, mode?: ResolutionMode): string | undefined;
  /** Whether the module system treats `file` as ESM ('import') or CommonJS ('require'); undefined if it does not care. */
  fileFormat(file: string): ResolutionMode | undefined;
  /**
   * The module a file TypeScript resolved to stands for: the source file, when it is a declaration file that a
   * project the tsconfig references emits (see ReferenceOutputs); else the file itself. `resolve` answers with it
   * already; hosts that resolve on their own (a program, TypeScript 7) pass their answers through it.
   */
  sourceFileOf(file: string): string;
}

export function createModuleResolver(
  ts: Typescript,
  compilerOptions: TS.CompilerOptions,
  tsconfig?: string,
): ModuleResolver {
  /** Read once, when first needed: null when the tsconfig references no project. */
  let outputs: ReferenceOutputs | null | undefined;
  const referenced = (): ReferenceOutputs | undefined => {
    if (outputs === undefined) outputs = (tsconfig ? referenceOutputs(ts, tsconfig) : undefined) ?? null;
    return outputs ?? undefined;
  };
  const host = probeCachingHost(ts.sys, referenced);
  const currentDirectory = tsconfig ? path.dirname(tsconfig) : process.cwd();
  const getCanonicalFileName = ts.sys.useCaseSensitiveFileNames
    ? (file: string) => file
    : (file: string) => file.toLowerCase();
  const cache = ts.createModuleResolutionCache(currentDirectory, getCanonicalFileName, compilerOptions);
  const resolutions = new Map<string, string | null>();
  const formats = new Map<string, ResolutionMode | undefined>();
  const stats: ResolverStats = { lookups: 0, typescriptCalls: 0 };
  const importUsage = importDeclarationUsage(ts);

  const sourceFileOf = (file: string): string => {
    const known = DECLARATION_FILE.test(file) ? referenced() : undefined;
    return (known && (known.sourceOf(file) ?? known.sourceOf(host.realPathOf(file)))) ?? file;
  };

  const toKind = (mode: ResolutionMode | undefined): TS.ResolutionMode =>
    mode === 'import' ? ts.ModuleKind.ESNext : mode === 'require' ? ts.ModuleKind.CommonJS : undefined;

  return {
    compilerOptions,
    tsconfig,
    stats,
    resolve(specifier, containingFile, mode) {
      stats.lookups++;
      const key = `${mode ?? ''}\0${path.dirname(containingFile)}\0${specifier}`;
      const cached = resolutions.get(key);
      if (cached !== undefined) return cached ?? undefined;
      stats.typescriptCalls++;
      const { resolvedModule } = ts.resolveModuleName(
        specifier,
        containingFile,
        compilerOptions,
        host,
        cache,
        undefined,
        toKind(mode),
      );
      const resolved = resolvedModule ? sourceFileOf(normalizePath(resolvedModule.resolvedFileName)) : null;
      resolutions.set(key, resolved);
      return resolved ?? undefined;
    },
    sourceFileOf,
    fileFormat(file) {
      if (formats.has(file)) return formats.get(file);
      const impliedNodeFormat = ts.getImpliedNodeFormatForFile(file, cache.getPackageJsonInfoCache(), host, compilerOptions);
      // TypeScript's own mode for an import declaration in the file, as its program gives it: from the module
      // resolution in effect (which `module` alone can imply), the file's extension and its package's "type".
      const fileOfProgram = { fileName: file, impliedNodeFormat } as TS.SourceFile;
      const kind = ts.getModeForUsageLocation(fileOfProgram, importUsage, compilerOptions);
      const format: ResolutionMode | undefined =
        kind === ts.ModuleKind.ESNext ? 'import' : kind === ts.ModuleKind.CommonJS ? 'require' : undefined;
      formats.set(file, format);
      return format;
    },
  };
}

/**
 * The file system as module resolution sees it, each probe asked once: resolving thousands of specifiers asks
 * about the same directories (every `node_modules` up the tree) and files again and again. It lives as long as
 * the resolver, whose resolutions are cached for as long anyway.
 *
 * As in tsserver, the declaration files of referenced projects exist before they are built (`referenced`: see
 * ReferenceOutputs), so that an import of a referenced project resolves in a checkout that was never built.
 */
function probeCachingHost(
  sys: TS.System,
  referenced: () => ReferenceOutputs | undefined,
): TS.ModuleResolutionHost & { realPathOf(file: string): string } {
  const remember = <T>(probe: (file: string) => T): ((file: string) => T) => {
    const answers = new Map<string, T>();
    return (file) => {
      if (answers.has(file)) return answers.get(file) as T;
      const answer = probe(file);
      answers.set(file, answer);
      return answer;
    };
  };
  const systemRealpath = sys.realpath?.bind(sys);
  /**
   * The real path of a file or directory. The system answers with the path itself for one that does not exist;
   * where referenced projects' declaration files count as existing, such a path is its nearest existing
   * ancestor's real path with the rest appended (`node_modules/@acme/core/dist/x.d.ts` leads into the project).
   */
  const realPathOf = remember((entry: string): string => {
    if (!systemRealpath) return entry;
    const real = normalizePath(systemRealpath(entry));
    if (real !== entry || !referenced() || sys.fileExists(entry) || sys.directoryExists(entry)) return real;
    const parent = path.dirname(entry);
    return parent === entry ? entry : normalizePath(path.join(realPathOf(parent), path.basename(entry)));
  });
  const fileExists = remember((file: string) => {
    if (sys.fileExists(file)) return true;
    const outputs = DECLARATION_FILE.test(file) ? referenced() : undefined;
    return outputs?.sourceOf(realPathOf(file)) !== undefined;
  });
  const directoryExists = remember((dir: string) => {
    if (sys.directoryExists(dir)) return true;
    return referenced()?.holdsDeclarations(realPathOf(dir)) === true;
  });
  return {
    fileExists,
    directoryExists,
    ...(systemRealpath ? { realpath: realPathOf } : {}),
    readFile: (file) => sys.readFile(file),
    getCurrentDirectory: () => sys.getCurrentDirectory(),
    useCaseSensitiveFileNames: sys.useCaseSensitiveFileNames,
    realPathOf,
  };
}

let resolversByTsconfig = new WeakMap<Typescript, Map<string, ModuleResolver>>();
let resolversByOptions = new WeakMap<TS.CompilerOptions, ModuleResolver>();

/** The shared resolver for the tsconfig that governs `file` (governingTsconfig; default options when there is none). */
export function getResolverForFile(ts: Typescript, file: string): ModuleResolver {
  return getResolverForTsconfig(ts, governingTsconfig(ts, file));
}

export function getResolverForTsconfig(ts: Typescript, tsconfig: string | undefined): ModuleResolver {
  let byTsconfig = resolversByTsconfig.get(ts);
  if (!byTsconfig) {
    byTsconfig = new Map();
    resolversByTsconfig.set(ts, byTsconfig);
  }
  const key = tsconfig ?? '';
  let resolver = byTsconfig.get(key);
  if (!resolver) {
    resolver = createModuleResolver(ts, tsconfig ? readCompilerOptions(ts, tsconfig) : {}, tsconfig);
    byTsconfig.set(key, resolver);
  }
  return resolver;
}

/** The shared resolver for a program's compiler options (ESLint with type information, tsserver). */
export function getResolverForProgram(ts: Typescript, program: TS.Program): ModuleResolver {
  const options = program.getCompilerOptions();
  let resolver = resolversByOptions.get(options);
  if (!resolver) {
    const tsconfig = typeof options.configFilePath === 'string' ? options.configFilePath : undefined;
    resolver = createModuleResolver(ts, options, tsconfig);
    resolversByOptions.set(options, resolver);
  }
  return resolver;
}

/** Forgets every resolver and its cache. */
export function clearResolverCache(): void {
  resolversByTsconfig = new WeakMap();
  resolversByOptions = new WeakMap();
}

/** The specifier of `import 'm'`: TypeScript tells the mode of a usage, and an import declaration's is its file's. */
function importDeclarationUsage(ts: Typescript): TS.StringLiteral {
  const probe = ts.createSourceFile('mode-probe.ts', "import 'm';", ts.ScriptTarget.Latest, true);
  return (probe.statements[0] as TS.ImportDeclaration).moduleSpecifier as TS.StringLiteral;
}
