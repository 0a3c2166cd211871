import type * as TS from 'typescript';
import { getResolverForFile, getResolverForProgram, type ModuleResolver, type SsotConfig } from 'ssot-config';
import { createDeclarationOracle, type DeclarationOracle } from './declaration-oracle';
import { getLegacyIndex, type LegacyIndex } from './legacy-index';
import { bindingUses, importBindingNames, type BindingUse, type UseOf } from './binding-uses';
import { createLoadModel, jsxFactoryOf, type LoadModel } from './load-order';
import { findModuleSites, loadModeOfSite, type ModuleSite } from './module-sites';

type Typescript = typeof TS;

/** Everything a check needs about one file, computed once and shared by every check. */
/** What a program-wide scan needs of a check's context: the TypeScript module, the config, the program and checker. */
export type ProgramScope = Pick<CheckContext, 'ts' | 'config' | 'program' | 'checker'>;

export interface CheckContext {
  readonly ts: Typescript;
  readonly sourceFile: TS.SourceFile;
  readonly fileName: string;
  readonly config: SsotConfig;
  readonly resolver: ModuleResolver;
  readonly program: TS.Program | undefined;
  /** The program's checker, when there is type information. */
  readonly checker: TS.TypeChecker | undefined;
  readonly oracle: DeclarationOracle;
  readonly legacy: LegacyIndex;
  readonly sites: readonly ModuleSite[];
  /** The file a site's specifier resolves to (the program's own resolution when there is one). */
  resolveSite(site: ModuleSite): string | undefined;
  /** How a site loads its module (decides extensions and package conditions). */
  loadModeOf(site: ModuleSite): 'import' | 'require' | undefined;
  /** The file's load order, for checking that a fix keeps it (built on first use). */
  readonly loadModel: LoadModel;
  /**
   * How the file uses names its imports bind ('unknown' for a name they do not bind): the names asked together
   * are read in one walk of the file, and each name only once per file.
   */
  importUses(localNames: Iterable<string>): UseOf;
}

const oracles = new WeakMap<object, DeclarationOracle>();

export function createCheckContext(
  ts: Typescript,
  sourceFile: TS.SourceFile,
  fileName: string,
  config: SsotConfig,
  program: TS.Program | undefined,
  modules?: ModuleResolver,
): CheckContext {
  const resolver = modules ?? (program ? getResolverForProgram(ts, program) : getResolverForFile(ts, fileName));
  const oracleKey: object = modules ?? program ?? resolver;
  let oracle = oracles.get(oracleKey);
  if (!oracle) {
    oracle = createDeclarationOracle(ts, resolver, program);
    oracles.set(oracleKey, oracle);
  }
  const ownedByProgram = program?.getSourceFile(sourceFile.fileName) === sourceFile;
  const resolved = new Map<ModuleSite, string | undefined>();
  // The file's format is read when a site first needs it: most files resolve no specifier at all.
  const loadModeOf = (site: ModuleSite) => loadModeOfSite(ts, site, resolver.fileFormat(fileName));
  const legacy = getLegacyIndex(config);
  let loadModel: LoadModel | undefined;
  let importedNames: ReadonlySet<string> | undefined;
  const knownUses = new Map<string, BindingUse>();
  // The uses of the names asked about, each read once; those not read yet in one walk (the fewer the names, the
  // less of the file it visits).
  const importUses = (names: Iterable<string>) => {
    importedNames ??= new Set(sourceFile.statements.flatMap((statement) => importBindingNames(ts, statement).map(({ name }) => name)));
    const missing = new Set([...names].filter((name) => !knownUses.has(name) && importedNames?.has(name)));
    if (missing.size > 0) {
      const options = resolver.compilerOptions;
      const read = bindingUses(ts, sourceFile, missing, {
        jsxFactory: jsxFactoryOf(ts, options),
        decoratorMetadata: options.emitDecoratorMetadata === true,
      });
      for (const [name, use] of read) knownUses.set(name, use);
    }
    return (name: string) => knownUses.get(name) ?? 'unknown';
  };
  return {
    importUses,
    get loadModel() {
      loadModel ??= createLoadModel(
        { ts, resolver, fileName, program, isLegacy: (file) => legacy.legacyModule(file) !== undefined, importUses },
        sourceFile,
      );
      return loadModel;
    },
    ts,
    sourceFile,
    fileName,
    config,
    resolver,
    program,
    checker: program?.getTypeChecker(),
    oracle,
    legacy,
    sites: findModuleSites(ts, sourceFile),
    loadModeOf,
    resolveSite(site) {
      if (resolved.has(site)) return resolved.get(site);
      let file: string | undefined;
      // The host's module identity, when it has one, decides over the program's own resolution.
      if (ownedByProgram && !modules) {
        const fromProgram = programResolution(program, site, sourceFile);
        file = fromProgram === undefined ? undefined : resolver.sourceFileOf(fromProgram);
      }
      file ??= resolver.resolve(site.specifier.text, fileName, loadModeOf(site));
      // A legacy package that exists only as an ambient `declare module` resolves to no file: known by name.
      file ??= legacy.ambientKey(site.specifier.text);
      resolved.set(site, file);
      return file;
    },
  };
}

/** The program's own resolution of a specifier (an internal method, feature-detected; undefined without it). */
function programResolution(
  program: TS.Program | undefined,
  site: ModuleSite,
  sourceFile: TS.SourceFile,
): string | undefined {
  const withResolutions = program as ProgramWithResolutions | undefined;
  return withResolutions?.getResolvedModuleFromModuleSpecifier?.(site.specifier, sourceFile)?.resolvedModule
    ?.resolvedFileName;
}

interface ProgramWithResolutions {
  getResolvedModuleFromModuleSpecifier?: (
    specifier: TS.StringLiteralLike,
    sourceFile: TS.SourceFile,
  ) => { resolvedModule?: { resolvedFileName: string } } | undefined;
}
