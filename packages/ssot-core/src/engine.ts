import type * as TS from 'typescript';
import { loadConfig, loadConfigForFile, normalizePath, type ModuleResolver, type SsotConfig } from 'ssot-config';
import { createCheckContext, type CheckContext } from './check-context';
import { checkCanonicalImport } from './checks/canonical-import';
import { checkProtocolConformance } from './checks/protocol-conformance';
import { checkShimPurity } from './checks/shim-purity';
import { checkSingleImplementation } from './checks/single-implementation';
import { checkUseFactory } from './checks/use-factory';
import { TypeInformationRequiredError } from './errors';
import type { CheckName, Finding } from './finding';

type Typescript = typeof TS;

export interface EngineInput {
  /** The TypeScript module that made `sourceFile` (tsserver's own, in the editor). */
  readonly ts: Typescript;
  readonly sourceFile: TS.SourceFile;
  /** The program `sourceFile` belongs to, when type information is available. */
  readonly program?: TS.Program | undefined;
  /** A config file to use instead of the ssot.config.json nearest to the file (the editor plugin's `config`). */
  readonly configFile?: string | undefined;
  /**
   * Where specifiers lead, when another host decides it (the TypeScript 7 backend: its program's resolutions).
   * Without it: the program's own resolution, then TypeScript's resolver with the file's tsconfig options.
   */
  readonly modules?: ModuleResolver | undefined;
}

interface CheckDefinition {
  readonly run: (ctx: CheckContext) => Finding[];
  /** Cannot run without the type checker: without a program, the engine throws a clear error instead. */
  readonly requiresTypes: boolean;
}

const checks: Record<CheckName, CheckDefinition> = {
  'canonical-import': { run: checkCanonicalImport, requiresTypes: false },
  'use-factory': { run: checkUseFactory, requiresTypes: false },
  'protocol-conformance': { run: checkProtocolConformance, requiresTypes: true },
  'single-implementation': { run: checkSingleImplementation, requiresTypes: true },
  'shim-purity': { run: checkShimPurity, requiresTypes: false },
};

/** Whether a check needs type information (ESLint rules derive `requiresTypeChecking` from this). */
export function requiresTypes(check: CheckName): boolean {
  return checks[check].requiresTypes;
}

export const checkNames = Object.keys(checks) as CheckName[];

/**
 * Whether a check that requires types has anything to check under `config`: both compare classes with a declared
 * protocol, so without one they report nothing and a host need not build a type checker for them.
 */
export function typeChecksHaveWork(config: SsotConfig): boolean {
  return config.symbols.some((symbol) => symbol.protocol !== undefined);
}

interface FileResults {
  readonly config: SsotConfig;
  readonly program: TS.Program | undefined;
  readonly modules: ModuleResolver | undefined;
  /** The `configFile` the caller named, if any: the config was found from it. */
  readonly configFile: string | undefined;
  /** The turn of the event loop in which `config` was looked up. */
  readonly turn: number;
  readonly context: CheckContext;
  readonly findings: Map<CheckName, Finding[]>;
}
const resultsByFile = new WeakMap<TS.SourceFile, FileResults>();

/**
 * The findings of one check on one file. Each check runs once per source file (and config and program);
 * several rules over one file share the file's module sites and resolutions. Throws SsotConfigError when the
 * governing ssot.config.json is broken.
 */
export function runCheck(check: CheckName, input: EngineInput): Finding[] {
  const { sourceFile, program } = input;
  if (checks[check].requiresTypes && !program) {
    throw new TypeInformationRequiredError(check, normalizePath(sourceFile.fileName));
  }
  const results = resultsFor(input);
  if (!results) return [];
  let findings = results.findings.get(check);
  if (!findings) {
    findings = checks[check].run(results.context);
    results.findings.set(check, findings);
  }
  return findings;
}

/**
 * What the checks of one file share, or undefined when no config governs the file. The config is looked up
 * once per file and turn of the event loop: the rules that ESLint runs over one file, one after the other,
 * read one config (and stat it once), and an edited config takes effect from the next file or request.
 */
function resultsFor(input: EngineInput): FileResults | undefined {
  const { ts, sourceFile, program, configFile, modules } = input;
  const turn = currentTurn();
  const cached = resultsByFile.get(sourceFile);
  const sameHost = cached !== undefined && cached.program === program && cached.modules === modules;
  if (cached?.turn === turn && sameHost && cached.configFile === configFile) return cached;
  const fileName = normalizePath(sourceFile.fileName);
  const config = governingConfig(ts, fileName, configFile);
  if (!config) return undefined;
  if (cached?.config === config && sameHost) {
    const renewed = { ...cached, configFile, turn };
    resultsByFile.set(sourceFile, renewed);
    return renewed;
  }
  const context = createCheckContext(ts, sourceFile, fileName, config, program, modules);
  const results = { config, program, modules, configFile, turn, context, findings: new Map<CheckName, Finding[]>() };
  resultsByFile.set(sourceFile, results);
  return results;
}

/**
 * The config the checks of `fileName` run under: `configFile` when the caller names one (the editor plugin's
 * `config` option), else the nearest ssot.config.json above the file; undefined for a file no config governs,
 * one its `ignore` globs leave out, or one in node_modules. Every front asks this, never decides it. Throws
 * SsotConfigError when the config is broken.
 */
export function governingConfig(ts: Typescript, fileName: string, configFile?: string): SsotConfig | undefined {
  const file = normalizePath(fileName);
  if (file.includes('/node_modules/')) return undefined;
  const config = configFile === undefined ? loadConfigForFile(ts, file) : loadConfig(ts, configFile);
  return config && !config.isIgnored(file) ? config : undefined;
}

let turn = 0;
let turnEnding = false;
const settled = Promise.resolve();
const endTurn = (): void => {
  turn += 1;
  turnEnding = false;
};

/**
 * A number that changes each time the code now running returns to the event loop (at the next microtask
 * checkpoint). Scheduled on a settled promise rather than with queueMicrotask, which makes an async resource
 * per call (30 ms of node --cpu-prof over the 1,934 files of a typed lint of ng-zorro-antd).
 */
function currentTurn(): number {
  if (!turnEnding) {
    turnEnding = true;
    void settled.then(endTurn);
  }
  return turn;
}
