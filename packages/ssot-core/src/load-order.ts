import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import type * as TS from 'typescript';
import type { ModuleResolver } from 'ssot-config';
import { bindingUses, importBindingNames, type BindingUse, type UseOf } from './binding-uses';
import { getExportMap, resolverForExportMaps } from './export-map';
import { loadRoute } from './import-cycles';
import { statementEffect, statementLoadLiterals } from './module-effects';
import type { PlacedStatement, StatementsAfterFix } from './statements-after-fix';

type Typescript = typeof TS;

/**
 * The order in which a file's evaluation runs code with side effects: each module that has some (its own
 * top-level code, or a package that does not declare `"sideEffects": false`), reached through the file's imports
 * in order, and the file's own top-level code. A module seen before is not run again. A fix may rewrite imports
 * only if this order stays the same.
 *
 * A module is compared as a token, "run this module now": two files whose statements load the same tokens in the
 * same order run the same code in the same order, whatever the tokens stand for. Where the orders first differ, a
 * token of a module without effects of its own is opened up into the modules it loads (a JSON module or a package
 * without side effects loads nothing), and the two orders compared again, until they agree (the fix keeps the
 * order) or their first difference rests on modules with effects (it does not). Legacy modules are always opened
 * up: they are what a fix replaces. So a fix costs reading the modules it moves between, up to the first one that
 * settles the verdict, not the whole module graph.
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
  /** Whether a file is a legacy module (always opened up). */
  readonly isLegacy: (file: string) => boolean;
  /** How the file uses these names its imports bind (the check context's: each name read once per file). */
  readonly importUses?: (names: Iterable<string>) => UseOf;
}

/** Whether a statement runs: always, never, or when any of the named imports is used as a value. */
type Runs = boolean | { readonly anyOf: readonly string[] };

interface Step {
  /** The modules it loads (tokens), or `code#n` for the file's n-th statement with effects of its own. */
  readonly targets: readonly string[];
  readonly runs: Runs;
}

/** What ssot knows of a module from its own text. */
type ModuleFacts =
  /** Loads and runs nothing: a JSON module, a package without side effects, a type-only file of no loads. */
  | { readonly kind: 'quiet' }
  /** Runs code of its own, or cannot be read: a token that never opens. */
  | { readonly kind: 'effects' }
  /** Runs nothing of its own: opens into what it loads. */
  | { readonly kind: 'loads'; readonly targets: readonly string[] };

/** At most this many undecided imports are enumerated (2^n orders); beyond it the order cannot be proven. */
const MAX_UNDECIDED = 8;
/** How many modules the planner's quick "loads nothing with effects" looks through before it says no. */
const QUIET_BUDGET = 8;

/** A file's load order, read lazily. */
export interface LoadModel {
  /**
   * Why evaluating `after` (the file's text after a fix) would run effectful code in a different order than
   * the file does now, or undefined when the order is the same for every way the undecided imports may be kept.
   */
  orderChange(after: StatementsAfterFix, options?: { readonly sameUses?: boolean }): string | undefined;
  /**
   * The same question for a fix that only rewrites specifiers (each literal of `written`, now the text beside
   * it): the file's statements and names stay as they are, so nothing needs parsing again.
   */
  specifierChange(written: ReadonlyMap<TS.StringLiteralLike, string>): string | undefined;
  /** The modules a top-level statement loads, legacy modules opened up (empty for a type-only import). */
  unitsOf(statement: TS.Statement): readonly string[];
  /** Whether loading the statement's modules (or `file`) runs no code with effects, looking a little way in. */
  isQuiet(statement: TS.Statement | undefined, file?: string): boolean;
}

export function createLoadModel(input: LoadOrderInput, sourceFile: TS.SourceFile): LoadModel {
  const shared = sharedFacts(input.resolver);
  // One model serves one file of one program, where a module's facts cannot change: each is looked up once.
  const seen = new Map<string, ModuleFacts>();
  const factsOf = (target: string): ModuleFacts => {
    let facts = seen.get(target);
    if (!facts) {
      facts = currentFacts(target);
      seen.set(target, facts);
    }
    return facts;
  };
  const currentFacts = (target: string): ModuleFacts => {
    // A package's facts come from its package.json, read again by modification time; in the editor, where each
    // keystroke checks the file again, they are trusted for a second before the package.json is asked again.
    if (target.includes('/node_modules/')) {
      const now = Date.now();
      const known = packageModuleFacts.get(target);
      if (known && now - known.at < PACKAGE_FACTS_FRESH_MS) return known.facts;
      const facts = moduleFacts(input, target);
      packageModuleFacts.set(target, { facts, at: now });
      return facts;
    }
    const known = shared.get(target);
    if (known && isCurrent(input, target, known)) return known.facts;
    const facts = moduleFacts(input, target);
    shared.set(target, { facts, map: exportMapOf(input, target) });
    return facts;
  };
  const quiet = new Map<string, boolean>();
  const isQuietModule = (target: string): boolean => {
    let known = quiet.get(target);
    if (known === undefined) {
      known = closureIsQuiet(factsOf, target);
      quiet.set(target, known);
    }
    return known;
  };
  const legacyOpen = { has: input.isLegacy };
  // The file after a fix has the same specifiers as before, or canonical ones the fix resolved already.
  const resolved = new Map<string, string | undefined>();
  const resolve = (specifier: string, mode: 'import' | 'require' | undefined) => {
    const key = `${mode ?? ''}\0${specifier}`;
    if (!resolved.has(key)) resolved.set(key, input.resolver.resolve(specifier, input.fileName, mode));
    return resolved.get(key);
  };
  const targetsOf = (statement: TS.Statement) => statementTargets(input, statement, resolve);
  const placed = sourceFile.statements.map((statement) => ({ statement, sourceFile }));
  let beforeSteps: Step[] | undefined;
  /** The file's uses of the names that `statements` bind, read in one walk for those not read yet. */
  const usesFor = (statements: readonly PlacedStatement[]): UseOf => {
    const names = statements.flatMap(({ statement }) => importBindingNames(input.ts, statement).map(({ name }) => name));
    if (input.importUses) return input.importUses(names);
    const uses = usesOf(input, sourceFile);
    return (name) => uses.get(name) ?? 'unknown';
  };
  /**
   * Whether the orders agree with what the statements the fix leaves alone load unresolved: each such module is
   * a token of its specifier (and mode) that never opens, and each such statement runs on both sides. Those
   * statements are the same on both sides, so where the orders agree so, every module the fix's own statements
   * load or reach, with effects or not, runs at the same place on both sides, and whatever the unresolved tokens
   * stand for (a module, or nothing when the compiler drops the import) runs the same there too: the orders
   * agree. Where they do not, the full comparison decides. Resolving every import of a file, and reading how
   * each of its names is used, is most of what a proof costs; a fix rarely needs it.
   */
  const agreesWithKeptUnresolved = (
    kept: (statement: TS.Statement) => boolean,
    afterStatements: readonly PlacedStatement[],
    afterTargetsOf: (statement: TS.Statement) => string[],
    afterUses: UseOf | undefined,
  ): boolean => {
    const targets = (own: (statement: TS.Statement) => string[]) => (statement: TS.Statement) =>
      kept(statement) ? statementTargets(input, statement, keptToken) : own(statement);
    const changedBefore = placed.filter(({ statement }) => !kept(statement));
    const changedAfter = afterStatements.filter(({ statement }) => !kept(statement));
    const before = stepsOf(input, placed, usesFor(changedBefore), targets(targetsOf), kept);
    const after = stepsOf(input, afterStatements, afterUses ?? usesFor(changedAfter), targets(afterTargetsOf), kept);
    return rememberedCompare(input, factsOf, before, after) === undefined;
  };
  let loadedBefore: ReadonlySet<string> | undefined;
  let originalTexts: ReadonlySet<string> | undefined;
  /**
   * Why the statements a fix writes would close an import cycle through this file: one loads a module that
   * loads this file back, which the file did not load before (a cycle that was there already is the order
   * comparison's to judge).
   */
  const cycleMade = (written: readonly TS.Statement[], writtenTargetsOf: (statement: TS.Statement) => string[]): string | undefined => {
    for (const statement of written) {
      for (const target of writtenTargetsOf(statement)) {
        const route = loadRoute(input.ts, input.resolver, input.program, target, input.fileName);
        if (!route) continue;
        loadedBefore ??= new Set(placed.flatMap(({ statement: before }) => targetsOf(before)));
        if (!loadedBefore.has(target)) return describeCycle(input, route);
      }
    }
    return undefined;
  };
  return {
    orderChange(after, options) {
      // A fix that only moves imports leaves every use of what they bind as it was; one that rewrites code (a
      // factory call for `new`) is read again.
      let afterUses: UseOf | undefined;
      if (options?.sameUses !== true) {
        if (!after.sourceFile) throw new Error('ssot: a fix that rewrites code is judged on the whole new parse');
        const read = usesOf(input, after.sourceFile);
        afterUses = (name) => read.get(name) ?? 'unknown';
      }
      // The statements after the fix that are the file's own nodes are those it left alone (a parse of the run of
      // imports it rewrote keeps the rest).
      const kept = new Set(after.statements.filter((statement) => statement.sourceFile === sourceFile).map(({ statement }) => statement));
      // What the fix wrote: a statement of a whole new parse that reads as one of the file's is the same statement.
      originalTexts ??= new Set(sourceFile.statements.map((statement) => statement.getText(sourceFile)));
      const cycle = cycleMade(
        after.statements
          .filter(({ statement, sourceFile: from }) => !kept.has(statement) && !originalTexts?.has(statement.getText(from)))
          .map(({ statement }) => statement),
        targetsOf,
      );
      if (cycle !== undefined) return cycle;
      if (kept.size > 0 && agreesWithKeptUnresolved((statement) => kept.has(statement), after.statements, targetsOf, afterUses)) return undefined;
      const uses = usesFor(placed);
      beforeSteps ??= stepsOf(input, placed, uses, targetsOf);
      return rememberedCompare(input, factsOf, beforeSteps, stepsOf(input, after.statements, afterUses ?? uses, targetsOf));
    },
    specifierChange(written) {
      const rewritten = (statement: TS.Statement) => statementTargets(input, statement, resolve, (literal) => written.get(literal) ?? literal.text);
      const kept = (statement: TS.Statement) => !statementLoadLiterals(input.ts, statement).some((literal) => written.has(literal));
      const cycle = cycleMade(
        placed.filter(({ statement }) => !kept(statement)).map(({ statement }) => statement),
        rewritten,
      );
      if (cycle !== undefined) return cycle;
      if (agreesWithKeptUnresolved(kept, placed, rewritten, undefined)) return undefined;
      const uses = usesFor(placed);
      beforeSteps ??= stepsOf(input, placed, uses, targetsOf);
      return rememberedCompare(input, factsOf, beforeSteps, stepsOf(input, placed, uses, rewritten));
    },
    unitsOf: (statement) => tokensOfTargets(factsOf, targetsOf(statement), legacyOpen),
    isQuiet: (statement, file) =>
      (statement === undefined || targetsOf(statement).every(isQuietModule)) && (file === undefined || isQuietModule(file)),
  };
}

/** Facts of modules in node_modules, with when they were read (see factsOf in createLoadModel). */
const packageModuleFacts = new Map<string, { readonly facts: ModuleFacts; readonly at: number }>();
const PACKAGE_FACTS_FRESH_MS = 1000;

/** Forgets every package's facts: a host that learns installed files changed (npm install) asks again. */
export function clearPackageFacts(): void {
  packageModuleFacts.clear();
  packageFacts.clear();
}

/** A module's facts, with the export map they were read from: still right while the map is the same. */
interface KnownFacts {
  readonly facts: ModuleFacts;
  readonly map: unknown;
}
const factsByResolver = new WeakMap<ModuleResolver, Map<string, KnownFacts>>();

/** Facts are shared by every file a resolver serves: one ESLint run reads each module once. */
function sharedFacts(resolver: ModuleResolver): Map<string, KnownFacts> {
  let shared = factsByResolver.get(resolver);
  if (!shared) {
    shared = new Map();
    factsByResolver.set(resolver, shared);
  }
  return shared;
}

function exportMapOf(input: LoadOrderInput, target: string): unknown {
  return isProjectModule(target) ? getExportMap(input.ts, target, input.program) : undefined;
}

function isCurrent(input: LoadOrderInput, target: string, known: KnownFacts): boolean {
  return exportMapOf(input, target) === known.map;
}

function isProjectModule(target: string): boolean {
  return target.startsWith('/') && !target.includes('/node_modules/') && !target.endsWith('.json') && !/\.d\.[cm]?ts$/.test(target);
}

/**
 * The tokens a list of loaded modules stands for, each opened when `open` has it. A module reached before (in
 * this order, or on the way to it: a cycle) adds nothing, as it does at run time: it is evaluated once. So a
 * module graph with many paths to one module is walked once, not once per path.
 */
function tokensOfTargets(
  factsOf: (target: string) => ModuleFacts,
  targets: readonly string[],
  open: { has(target: string): boolean },
  reached = new Set<string>(),
  tokens: string[] = [],
): string[] {
  for (const target of targets) {
    if (reached.has(target) || isQuietByName(factsOf, target)) continue;
    reached.add(target);
    // A module is read only when it is opened: as a token it needs no more than its name.
    if (!open.has(target)) {
      tokens.push(target);
      continue;
    }
    const facts = factsOf(target);
    if (facts.kind === 'effects') tokens.push(target);
    else if (facts.kind === 'loads') tokensOfTargets(factsOf, facts.targets, open, reached, tokens);
  }
  return tokens;
}

function sameSteps(before: readonly Step[], after: readonly Step[]): boolean {
  const key = (step: Step) => JSON.stringify([step.targets, step.runs]);
  return before.length === after.length && before.every((step, index) => key(step) === key(after[index] as Step));
}

/**
 * What `compare` answered for these steps of this file, with what it read to answer: the facts of each module it
 * looked up and whether each module it asked about was legacy. In the editor each keystroke makes a new model of
 * the same loading statements: when everything read is still the same, so is the answer.
 */
interface RememberedComparison {
  readonly answer: string | undefined;
  readonly facts: ReadonlyMap<string, ModuleFacts>;
  readonly legacy: ReadonlyMap<string, boolean>;
}
const comparisonsByResolver = new WeakMap<ModuleResolver, Map<string, RememberedComparison>>();
/** Comparisons kept per resolver, the oldest forgotten first. */
const REMEMBERED_COMPARISONS = 128;

function rememberedCompare(
  input: LoadOrderInput,
  factsOf: (target: string) => ModuleFacts,
  beforeSteps: readonly Step[],
  afterSteps: readonly Step[],
): string | undefined {
  // A fix that leaves every loading statement as it was (a rewrite inside code, a name added to an import the
  // file has) loads the same modules in the same order under every assignment: nothing to compare.
  if (sameSteps(beforeSteps, afterSteps)) return undefined;
  let remembered = comparisonsByResolver.get(input.resolver);
  if (!remembered) {
    remembered = new Map();
    comparisonsByResolver.set(input.resolver, remembered);
  }
  const key = JSON.stringify([input.fileName, beforeSteps, afterSteps]);
  const known = remembered.get(key);
  if (
    known &&
    [...known.legacy].every(([target, legacy]) => input.isLegacy(target) === legacy) &&
    [...known.facts].every(([target, facts]) => sameFacts(factsOf(target), facts))
  ) {
    return known.answer;
  }
  const facts = new Map<string, ModuleFacts>();
  const legacy = new Map<string, boolean>();
  const reading: LoadOrderInput = {
    ...input,
    isLegacy: (target) => {
      const isLegacy = input.isLegacy(target);
      legacy.set(target, isLegacy);
      return isLegacy;
    },
  };
  const answer = compare(reading, (target) => {
    const found = factsOf(target);
    facts.set(target, found);
    return found;
  }, beforeSteps, afterSteps);
  remembered.delete(key);
  remembered.set(key, { answer, facts, legacy });
  if (remembered.size > REMEMBERED_COMPARISONS) remembered.delete(remembered.keys().next().value as string);
  return answer;
}

function sameFacts(a: ModuleFacts, b: ModuleFacts): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'loads' || b.kind !== 'loads') return true;
  return a.targets.length === b.targets.length && a.targets.every((target, index) => target === b.targets[index]);
}

function compare(
  input: LoadOrderInput,
  factsOf: (target: string) => ModuleFacts,
  beforeSteps: readonly Step[],
  afterSteps: readonly Step[],
): string | undefined {
  const variables = [...new Set([...beforeSteps, ...afterSteps].flatMap((step) => (typeof step.runs === 'object' ? step.runs.anyOf : [])))];
  if (variables.length > MAX_UNDECIDED) {
    return `ssot cannot tell which of this file's imports TypeScript keeps at run time (${variables.length} names it cannot judge)`;
  }
  const opened = new Set<string>();
  const open = { has: (target: string) => opened.has(target) || input.isLegacy(target) };
  for (;;) {
    let difference: Difference | undefined;
    for (let assignment = 0; assignment < 2 ** variables.length && !difference; assignment++) {
      const used = new Set(variables.filter((_, i) => assignment & (2 ** i)));
      difference = firstDifference(sequence(factsOf, beforeSteps, used, open), sequence(factsOf, afterSteps, used, open));
    }
    if (!difference) return undefined;
    // Only the two tokens where the orders part are opened: a token opens unless it has effects of its own (a
    // quiet module then adds nothing, another its loads). Opening a token later in either order cannot change
    // the orders before it, so once neither of the two opens, the orders differ there whatever else is opened,
    // and the modules after it are never read.
    const openable = [difference.was, difference.is].filter(
      (token): token is string => token !== undefined && !opened.has(token) && !token.startsWith('code#') && factsOf(token).kind !== 'effects',
    );
    if (openable.length === 0) return describeDifference(input, difference);
    for (const token of openable) opened.add(token);
  }
}

function sequence(
  factsOf: (target: string) => ModuleFacts,
  steps: readonly Step[],
  used: ReadonlySet<string>,
  open: { has(target: string): boolean },
): string[] {
  const reached = new Set<string>();
  const order: string[] = [];
  for (const step of steps) {
    const runs = typeof step.runs === 'boolean' ? step.runs : step.runs.anyOf.some((name) => used.has(name));
    if (!runs) continue;
    if (step.targets[0]?.startsWith('code#')) order.push(...step.targets);
    else tokensOfTargets(factsOf, step.targets, open, reached, order);
  }
  return order;
}

/** Where two orders first part: the token each runs there, and whether the other order runs it at all. */
interface Difference {
  readonly was: string | undefined;
  readonly is: string | undefined;
  readonly kind: 'gone' | 'new' | 'moved';
}

function firstDifference(from: readonly string[], to: readonly string[]): Difference | undefined {
  for (let i = 0; i < Math.max(from.length, to.length); i++) {
    const was = from[i];
    const is = to[i];
    if (was === is) continue;
    const kind = was !== undefined && !to.includes(was) ? 'gone' : is !== undefined && !from.includes(is) ? 'new' : 'moved';
    return { was, is, kind };
  }
  return undefined;
}

function describeDifference(input: LoadOrderInput, difference: Difference): string {
  const show = (unit: string | undefined) =>
    unit === undefined
      ? ''
      : unit.startsWith('code#')
        ? 'this file\'s own top-level code'
        : unit.startsWith('/')
          ? shownPath(input, unit)
          : `'${unit}'`;
  if (difference.kind === 'gone') return `${show(difference.was)}, which has side effects, would no longer be loaded`;
  if (difference.kind === 'new') return `${show(difference.is)}, which has side effects, would be loaded where it was not`;
  return `${show(difference.is)} would run before ${show(difference.was)}, and both have side effects`;
}

/** The cycle a fix would close: the module it loads, the modules between, back to this file. */
function describeCycle(input: LoadOrderInput, route: readonly string[]): string {
  const [loaded] = route;
  const between = route.slice(1, -1);
  const module = shownPath(input, loaded as string);
  const through = between.map((file) => shownPath(input, file));
  return (
    `${module} loads this file${through.length > 0 ? ` (through ${through.join(', ')})` : ''}, so the fix would make an import cycle: ` +
    `a program that loads ${module} first would run this file before ${module} has loaded what this file reads from it`
  );
}

/** A module file as messages show it: quoted, relative to the file, without its TypeScript extension. */
function shownPath(input: LoadOrderInput, file: string): string {
  return `'${relativeSpecifier(input.fileName, file).replace(/\.(?:[mc]?ts|tsx)$/, '')}'`;
}

function relativeSpecifier(fromFile: string, file: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), file);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function usesOf(input: LoadOrderInput, sourceFile: TS.SourceFile): ReadonlyMap<string, BindingUse> {
  const { ts, resolver } = input;
  const bound = new Set(sourceFile.statements.flatMap((statement) => importBindingNames(ts, statement).map(({ name }) => name)));
  return bindingUses(ts, sourceFile, bound, {
    jsxFactory: jsxFactoryOf(ts, resolver.compilerOptions),
    decoratorMetadata: resolver.compilerOptions.emitDecoratorMetadata === true,
  });
}

/** The loading steps of `statements`; a statement `alwaysRuns` holds for runs whatever its names' uses. */
function stepsOf(
  input: LoadOrderInput,
  statements: readonly PlacedStatement[],
  uses: UseOf,
  targetsOf: (statement: TS.Statement) => string[],
  alwaysRuns: (statement: TS.Statement) => boolean = () => false,
): Step[] {
  const { ts, resolver } = input;
  const verbatim = resolver.compilerOptions.verbatimModuleSyntax === true;
  const steps: Step[] = [];
  let code = 0;
  for (const { statement, sourceFile } of statements) {
    if (statementLoadLiterals(ts, statement).length > 0) {
      steps.push({ targets: targetsOf(statement), runs: alwaysRuns(statement) || runsOf(ts, statement, uses, verbatim) });
    }
    if (statementEffect(ts, statement, sourceFile) === 'code') steps.push({ targets: [`code#${code++}`], runs: true });
  }
  return steps;
}

/** The files a top-level statement loads (an unresolved specifier stands for itself). */
function statementTargets(
  input: LoadOrderInput,
  statement: TS.Statement,
  resolve: (specifier: string, mode: 'import' | 'require' | undefined) => string | undefined,
  textOf: (literal: TS.StringLiteralLike) => string = (literal) => literal.text,
): string[] {
  const { ts, resolver, fileName } = input;
  const loads = statementLoadLiterals(ts, statement).map(textOf);
  if (loads.length === 0) return [];
  const mode =
    ts.isImportEqualsDeclaration(statement) || ts.isVariableStatement(statement) || ts.isExpressionStatement(statement)
      ? 'require'
      : resolver.fileFormat(fileName);
  return loads.map((specifier) => resolve(specifier, mode) ?? unresolvedToken(specifier));
}

function runsOf(ts: Typescript, statement: TS.Statement, uses: UseOf, verbatim: boolean): Runs {
  if (verbatim || ts.isExportDeclaration(statement) || ts.isVariableStatement(statement)) return true;
  const names = importBindingNames(ts, statement).filter((binding) => !binding.typeOnly);
  // `import 'm'` and `import {} from 'm'` always load; so does a value import under verbatimModuleSyntax.
  if (names.length === 0) return importBindingNames(ts, statement).length === 0;
  const undecided: string[] = [];
  for (const { name } of names) {
    const use = uses(name);
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

/**
 * A specifier left unresolved on purpose (see agreesWithKeptUnresolved): a token that never opens, and is never
 * taken for quiet by its name (it does not end in `.json`).
 */
function keptToken(specifier: string, mode: 'import' | 'require' | undefined): string {
  return `${KEPT_TOKEN}${mode ?? ''}\0${specifier}\0`;
}
const KEPT_TOKEN = 'kept:';

/** A specifier that resolves to no file: a built-in (which runs nothing) or an unknown module. */
function unresolvedToken(specifier: string): string {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) ? QUIET_TOKEN : `unresolved:${specifier}`;
}
const QUIET_TOKEN = 'quiet:';

/**
 * A JSON module, a built-in, or a package that declares no side effects: known to run nothing from its name (a
 * package's facts are its package.json's, looked up once per model like every module's).
 */
function isQuietByName(factsOf: (target: string) => ModuleFacts, target: string): boolean {
  return target === QUIET_TOKEN || target.endsWith('.json') || (target.includes('/node_modules/') && factsOf(target).kind === 'quiet');
}

function moduleFacts(input: LoadOrderInput, target: string): ModuleFacts {
  if (target === QUIET_TOKEN || target.endsWith('.json')) return { kind: 'quiet' };
  if (target.startsWith('unresolved:') || target.startsWith(KEPT_TOKEN)) return { kind: 'effects' };
  if (target.includes('/node_modules/')) return packageHasNoSideEffects(target) ? { kind: 'quiet' } : { kind: 'effects' };
  if (/\.d\.[cm]?ts$/.test(target)) return { kind: 'effects' };
  const map = getExportMap(input.ts, target, input.program);
  if (!map || map.effects.some((effect) => effect.kind === 'code')) return { kind: 'effects' };
  if (map.loads.length === 0) return { kind: 'quiet' };
  const resolve = resolverForExportMaps(input.resolver);
  return { kind: 'loads', targets: map.loads.map((specifier) => resolve(specifier, target) ?? unresolvedToken(specifier)) };
}

/** Whether nothing `target` loads runs code with effects, looking through at most QUIET_BUDGET modules. */
function closureIsQuiet(factsOf: (target: string) => ModuleFacts, target: string): boolean {
  const seen = new Set<string>();
  const pending = [target];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    if (seen.size > QUIET_BUDGET) return false;
    const facts = factsOf(next);
    if (facts.kind === 'effects') return false;
    if (facts.kind === 'loads') pending.push(...facts.targets);
  }
  return true;
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
    // Most directories on the way up have no package.json: asking without an exception costs a tenth as much.
    const mtimeMs = fs.statSync(manifest, { throwIfNoEntry: false })?.mtimeMs;
    if (mtimeMs === undefined) continue;
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
