import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import type * as TS from 'typescript';
import type { ModuleResolver } from 'ssot-config';
import { bindingUses, importBindingNames, type BindingUse } from './binding-uses';
import { getExportMap, resolverForExportMaps, type ExportMap, type SpecifierResolver } from './export-map';
import { statementEffect, statementLoads } from './module-effects';

type Typescript = typeof TS;

/**
 * The order in which a file's evaluation runs code with side effects: each module that has some (its own
 * top-level code, or a package that does not declare `"sideEffects": false`), reached through the file's imports
 * in order, and the file's own top-level code. A module without effects of its own counts as the modules it
 * loads; a module seen before is not run again. A fix may rewrite imports only if this order stays the same.
 *
 * Whether an import loads its module at all can depend on how its names are used (TypeScript drops an import
 * used only as a type, unless `verbatimModuleSyntax`); where ssot cannot tell, each such name is a variable, and
 * the order must stay the same for every value of the variables.
 */
export interface LoadOrderInput {
  readonly ts: Typescript;
  readonly resolver: ModuleResolver;
  readonly fileName: string;
  /** The program, when there is one: its source files are read instead of the disk. */
  readonly program?: TS.Program | undefined;
}

/** Whether a statement runs: always, never, or when any of the named imports is used as a value. */
type Runs = boolean | { readonly anyOf: readonly string[] };

interface Step {
  /** An effectful module, or `code#n` for the file's n-th statement with effects of its own. */
  readonly units: readonly string[];
  readonly runs: Runs;
}

/** At most this many undecided imports are enumerated (2^n orders); beyond it the order cannot be proven. */
const MAX_UNDECIDED = 8;

/** A file's load order, with the expansions of the modules it reaches computed once. */
export interface LoadModel {
  /**
   * Why evaluating `after` (the file's text after a fix) would run effectful code in a different order than
   * the file does now, or undefined when the order is the same for every way the undecided imports may be kept.
   */
  orderChange(after: TS.SourceFile): string | undefined;
  /** What a top-level statement loads that has effects, in order (empty for a type-only import). */
  unitsOf(statement: TS.Statement): readonly string[];
  /** What loading `file` runs with effects. */
  unitsOfFile(file: string): readonly string[];
}

export function createLoadModel(input: LoadOrderInput, sourceFile: TS.SourceFile): LoadModel {
  const expansions = new Map<string, readonly string[]>();
  const resolve = resolverForExportMaps(input.resolver);
  let beforeSteps: Step[] | undefined;
  return {
    orderChange(after) {
      beforeSteps ??= stepsOf(input, sourceFile, expansions);
      return compare(input, beforeSteps, stepsOf(input, after, expansions));
    },
    unitsOf: (statement) => statementUnits(input, statement, expansions),
    unitsOfFile: (file) => expansion(input, resolve, file, expansions),
  };
}

function compare(input: LoadOrderInput, beforeSteps: readonly Step[], afterSteps: readonly Step[]): string | undefined {
  const variables = [...new Set([...beforeSteps, ...afterSteps].flatMap((step) => (typeof step.runs === 'object' ? step.runs.anyOf : [])))];
  if (variables.length > MAX_UNDECIDED) {
    return `ssot cannot tell which of this file's imports TypeScript keeps at run time (${variables.length} names it cannot judge)`;
  }
  for (let assignment = 0; assignment < 2 ** variables.length; assignment++) {
    const used = new Set(variables.filter((_, i) => assignment & (2 ** i)));
    const difference = describeDifference(input, sequence(beforeSteps, used), sequence(afterSteps, used));
    if (difference !== undefined) return difference;
  }
  return undefined;
}

function sequence(steps: readonly Step[], used: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const step of steps) {
    const runs = typeof step.runs === 'boolean' ? step.runs : step.runs.anyOf.some((name) => used.has(name));
    if (!runs) continue;
    for (const unit of step.units) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      order.push(unit);
    }
  }
  return order;
}

function describeDifference(input: LoadOrderInput, from: readonly string[], to: readonly string[]): string | undefined {
  const show = (unit: string) =>
    unit.startsWith('code#')
      ? 'this file\'s own top-level code'
      : `'${unit.startsWith('/') ? relativeSpecifier(input.fileName, unit).replace(/\.(?:[mc]?ts|tsx)$/, '') : unit}'`;
  for (let i = 0; i < Math.max(from.length, to.length); i++) {
    const was = from[i];
    const is = to[i];
    if (was === is) continue;
    if (was !== undefined && !to.includes(was)) return `${show(was)}, which has side effects, would no longer be loaded`;
    if (is !== undefined && !from.includes(is)) return `${show(is)}, which has side effects, would be loaded where it was not`;
    if (was !== undefined && is !== undefined) {
      return `${show(is)} would run before ${show(was)}, and both have side effects`;
    }
  }
  return undefined;
}

function relativeSpecifier(fromFile: string, file: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), file);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function stepsOf(input: LoadOrderInput, sourceFile: TS.SourceFile, expansions: Map<string, readonly string[]>): Step[] {
  const { ts, resolver } = input;
  const verbatim = resolver.compilerOptions.verbatimModuleSyntax === true;
  const bound = new Set(sourceFile.statements.flatMap((statement) => importBindingNames(ts, statement).map(({ name }) => name)));
  const uses = bindingUses(ts, sourceFile, bound, {
    jsxFactory: jsxFactoryOf(ts, resolver.compilerOptions),
    decoratorMetadata: resolver.compilerOptions.emitDecoratorMetadata === true,
  });
  const steps: Step[] = [];
  let code = 0;
  for (const statement of sourceFile.statements) {
    const units = statementUnits(input, statement, expansions);
    if (statementLoads(ts, statement).length > 0) steps.push({ units, runs: runsOf(ts, statement, uses, verbatim) });
    if (statementEffect(ts, statement, sourceFile) === 'code') steps.push({ units: [`code#${code++}`], runs: true });
  }
  return steps;
}

function statementUnits(input: LoadOrderInput, statement: TS.Statement, expansions: Map<string, readonly string[]>): string[] {
  const { ts, resolver, fileName } = input;
  const loads = statementLoads(ts, statement);
  if (loads.length === 0) return [];
  const mode = ts.isImportEqualsDeclaration(statement) || ts.isVariableStatement(statement) ? 'require' : resolver.fileFormat(fileName);
  const resolve = resolverForExportMaps(resolver);
  return loads.flatMap((specifier) => {
    const file = resolver.resolve(specifier, fileName, mode);
    return file === undefined ? unresolvedUnits(specifier) : expansion(input, resolve, file, expansions);
  });
}

function runsOf(ts: Typescript, statement: TS.Statement, uses: ReadonlyMap<string, BindingUse>, verbatim: boolean): Runs {
  if (verbatim || ts.isExportDeclaration(statement) || ts.isVariableStatement(statement)) return true;
  const names = importBindingNames(ts, statement).filter((binding) => !binding.typeOnly);
  // `import 'm'` and `import {} from 'm'` always load; so does a value import under verbatimModuleSyntax.
  if (names.length === 0) return importBindingNames(ts, statement).length === 0;
  const undecided: string[] = [];
  for (const { name } of names) {
    const use = uses.get(name);
    if (use === 'value') return true;
    if (use === 'unknown') undecided.push(name);
  }
  return undecided.length === 0 ? false : { anyOf: undecided };
}

export function jsxFactoryOf(ts: Typescript, options: TS.CompilerOptions): string | undefined {
  if (options.jsx !== ts.JsxEmit.React) return undefined;
  return (options.jsxFactory ?? 'React').split('.')[0];
}

const BUILTINS = new Set(builtinModules);

function unresolvedUnits(specifier: string): string[] {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return [];
  return [`unresolved:${specifier}`];
}

/**
 * What loading `file` runs with effects, in order: itself, when it has effects of its own or ssot cannot read
 * it; else the expansions of what it loads. Packages count as one unit unless they declare no side effects.
 */
function expansion(
  input: LoadOrderInput,
  resolve: SpecifierResolver,
  file: string,
  memo: Map<string, readonly string[]>,
): readonly string[] {
  const known = memo.get(file);
  if (known) return known;
  memo.set(file, []); // a cycle back to a file being expanded adds nothing
  let units: readonly string[];
  if (file.endsWith('.json')) {
    units = [];
  } else if (file.includes('/node_modules/')) {
    units = packageHasNoSideEffects(file) ? [] : [file];
  } else {
    const map: ExportMap | undefined = /\.d\.[cm]?ts$/.test(file) ? undefined : getExportMap(input.ts, file, input.program);
    if (!map || map.effects.some((effect) => effect.kind === 'code')) {
      units = [file];
    } else {
      const collected: string[] = [];
      for (const specifier of map.loads) {
        const target = resolve(specifier, file);
        collected.push(...(target === undefined ? unresolvedUnits(specifier) : expansion(input, resolve, target, memo)));
      }
      units = [...new Set(collected)];
    }
  }
  memo.set(file, units);
  return units;
}

interface PackageFacts {
  readonly mtimeMs: number;
  readonly noSideEffects: boolean;
}
const packageFacts = new Map<string, PackageFacts>();

/** The file's package says `"sideEffects": false` (the bundlers' promise that importing it runs nothing). */
function packageHasNoSideEffects(file: string): boolean {
  for (let dir = path.dirname(file); dir.includes('/node_modules/'); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(manifest).mtimeMs;
    } catch {
      continue;
    }
    const known = packageFacts.get(manifest);
    if (known?.mtimeMs === mtimeMs) return known.noSideEffects;
    let noSideEffects: boolean;
    try {
      const json = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown; sideEffects?: unknown };
      // A nested package.json without a name (`{ "type": "module" }` in a dist folder) does not speak for the package.
      if (json.name === undefined && json.sideEffects === undefined) continue;
      noSideEffects = json.sideEffects === false;
    } catch {
      noSideEffects = false;
    }
    packageFacts.set(manifest, { mtimeMs, noSideEffects });
    return noSideEffects;
  }
  return false;
}
