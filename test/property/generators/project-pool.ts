import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { formatHost, ProjectCompiler } from '../harness/project-compiler';
import { projectEnvText } from './project-env';
import { moduleSources, ssotConfig, type ModuleId, type ModuleSource } from './project-modules';
import type { ProjectVariant } from './project-variants';

export interface ExportEntry {
  readonly name: string;
  /** Usable as a value (class, function, const, enum). */
  readonly value: boolean;
  /** Usable as a type (class, interface, type alias, enum). */
  readonly type: boolean;
}

export interface ProjectModule extends ModuleSource {
  /** Absolute path of the module file. */
  readonly file: string;
  /** What the module exports, as the type checker lists it. */
  readonly exports: readonly ExportEntry[];
}

/** What the config makes legacy in one module file: every export (a module move) or these export names. */
export interface LegacyEntry {
  readonly move: boolean;
  readonly names: ReadonlySet<string>;
}

export interface Project {
  readonly variant: ProjectVariant;
  readonly root: string;
  readonly modules: readonly ProjectModule[];
  readonly compiler: ProjectCompiler;
  /** The config's legacy modules by absolute file, read from the config we wrote (not from ssot-config). */
  readonly legacy: ReadonlyMap<string, LegacyEntry>;
  /** The text of ssot.config.json, for failure reports. */
  readonly configText: string;
}

/** Writes one project per variant under `baseDir` and lists each module's exports with the type checker. */
export function createProjectPool(baseDir: string, variants: readonly ProjectVariant[]): Project[] {
  return variants.map((variant) => createProject(path.join(baseDir, variant.name), variant));
}

function createProject(root: string, variant: ProjectVariant): Project {
  const sources = moduleSources(variant);
  const config = ssotConfig(sources) as { symbols: SymbolJson[]; modules: { legacy: string; canonical: string }[] };
  const configText = JSON.stringify(config, null, 2) + '\n';
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('package.json', JSON.stringify({ name: `ssot-property-${variant.name}`, private: true, type: variant.resolution === 'nodenext-esm' ? 'module' : 'commonjs' }) + '\n');
  write('tsconfig.json', JSON.stringify(tsconfigOf(variant), null, 2) + '\n');
  write('ssot.config.json', configText);
  write('src/env.d.ts', projectEnvText);
  for (const source of sources) write(`${source.path}.ts`, source.text);

  const compiler = new ProjectCompiler(root);
  const program = compiler.program(new Map());
  const problems = ts.getPreEmitDiagnostics(program);
  if (problems.length > 0) throw new Error(`generated project ${variant.name} does not compile:\n${ts.formatDiagnostics(problems, formatHost)}`);
  const checker = program.getTypeChecker();
  const modules = sources.map((source): ProjectModule => {
    const file = path.join(root, `${source.path}.ts`);
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file) as ts.SourceFile) as ts.Symbol;
    const exports = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return { name: symbol.name, value: (target.flags & ts.SymbolFlags.Value) !== 0, type: (target.flags & ts.SymbolFlags.Type) !== 0 };
    });
    return { ...source, file, exports };
  });
  return { variant, root, modules, compiler, legacy: legacyEntries(root, config), configText };
}

interface SymbolJson {
  name: string;
  legacy: { module: string; name?: string }[];
}

function legacyEntries(root: string, config: { symbols: SymbolJson[]; modules: { legacy: string }[] }): Map<string, LegacyEntry> {
  const entries = new Map<string, { move: boolean; names: Set<string> }>();
  const entryOf = (modulePath: string) => {
    const file = path.join(root, `${modulePath}.ts`);
    let entry = entries.get(file);
    if (!entry) entries.set(file, (entry = { move: false, names: new Set() }));
    return entry;
  };
  for (const symbol of config.symbols) for (const legacy of symbol.legacy) entryOf(legacy.module).names.add(legacy.name ?? symbol.name);
  for (const move of config.modules) entryOf(move.legacy).move = true;
  return entries;
}

function tsconfigOf(variant: ProjectVariant): object {
  const bundler = variant.resolution === 'bundler';
  return {
    compilerOptions: {
      module: bundler ? 'preserve' : 'nodenext',
      // The ES module variant leaves moduleResolution to what `module: nodenext` implies, as most such projects do.
      ...(variant.resolution === 'nodenext-esm' ? {} : { moduleResolution: bundler ? 'bundler' : 'nodenext' }),
      target: 'es2022',
      strict: true,
      noEmit: true,
      noLib: true,
      types: [],
      moduleDetection: 'force',
      jsx: 'preserve',
      ...(variant.alias ? { paths: { '@app/*': ['./src/*'] } } : {}),
    },
    include: ['src'],
  };
}

export function moduleById(project: Project, id: ModuleId): ProjectModule {
  return project.modules.find((module) => module.id === id) as ProjectModule;
}
