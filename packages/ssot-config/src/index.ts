export { CONFIG_FILE_NAME, clearCache, findConfigFile, loadConfig, loadConfigForFile } from './load-config';
export { SsotConfigError, formatProblem, type ConfigProblem } from './errors';
export {
  createModuleResolver,
  getResolverForFile,
  getResolverForProgram,
  getResolverForTsconfig,
  type ModuleResolver,
  type ResolutionMode,
  type ResolverStats,
} from './module-resolver';
export {
  findTsconfig,
  governingTsconfig,
  readCompilerOptions,
  referencedTsconfigs,
  solutionProjects,
} from './tsconfig-options';
export { defaultConfigFor } from './default-config';
export { EXPORT_NAME, isExportName, NAME_PART, NAME_START } from './export-name';
export { normalizePath } from './paths';
export { schemaPath } from './schema-validation';
export type {
  ConfigLocation,
  ExportRef,
  FactoryRef,
  ModuleMove,
  ModuleRef,
  ProtocolRef,
  SsotConfig,
  SymbolEntry,
} from './types';
