import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';
import {
  CONFIG_FILE_NAME,
  SsotConfigError,
  findConfigFile,
  getResolverForFile,
  loadConfig,
  normalizePath,
  type ModuleRef,
  type SsotConfig,
} from 'ssot-config';
import { classFingerprint } from './class-fingerprint';
import { getMockIndex, SKIPPED_DIRECTORIES } from './mock-index';

type Typescript = typeof TS;

const SOURCE_FILE = /\.(?:[cm]?ts|tsx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$|\.d\.[^.]+\.ts$/;

/**
 * What ssot's findings in a file depend on besides that file's own text, as one digest: a result cached by
 * ESLint (keyed on the file's text and the config's hash) is valid only while this digest is the same.
 *
 * It covers, for the configs found under `root` and the nearest one above it:
 * - each ssot.config.json's text, and the tsconfig.json its modules were resolved with;
 * - where each module the config names resolves (a deleted shim resolves nowhere);
 * - the text of those modules and of every project module they import or re-export, and the package.json
 *   nearest each (its `exports` decide what a fix may write); a module inside node_modules by size and time;
 * - which test files mock any of those modules (a mocked module's importers wait for the mock to move);
 * - where the ng-package.json files are, and the text of every package.json: which directories are packages
 *   (`name`, `exports`) and Angular library entry points (`ngPackage`), which decides whether a fix into one from
 *   another file writes a path or a name, and which; and each file's module format (`type`), which decides the
 *   extension a fix writes;
 * - when the config declares a protocol: the shape of every class under the config's directory (heritage and
 *   member signatures, not bodies), since any class may implement a protocol, explicitly or structurally.
 *
 * Not covered: a type a class member or a protocol member refers to, defined in a module the config does not
 * name (see the caching section of the ESLint plugin's README).
 */
export function findingInputsDigest(ts: Typescript, root: string): string {
  const hash = createHash('sha256');
  const add = (...parts: string[]) => hash.update(parts.join('\0') + '\n');
  const tree = walk(normalizePath(path.resolve(root)));
  const above = findConfigFile(path.join(path.resolve(root), '_'));
  const configFiles = [...new Set([...(above ? [above] : []), ...tree.configs])].sort();
  for (const ngPackage of tree.ngPackages) add('ng-package', ngPackage);
  for (const manifest of tree.manifests) add('package', manifest, textDigest(manifest));
  const closure = new ModuleClosure(ts, add);
  for (const configFile of configFiles) {
    add('config', configFile, textDigest(configFile));
    let config: SsotConfig;
    try {
      config = loadConfig(ts, configFile);
    } catch (error) {
      if (error instanceof SsotConfigError) continue;
      throw error;
    }
    if (config.tsconfig) add('tsconfig', config.tsconfig, textDigest(config.tsconfig));
    const refs = namedModules(config);
    for (const ref of refs) add('resolves', ref.specifier, ref.ambient ?? '', ...ref.files);
    const files = closure.of(refs.flatMap((ref) => ref.files));
    const mocks = getMockIndex(ts, config);
    for (const file of files) {
      for (const mock of mocks.mocksOf(file)) add('mock', file, mock.testFile, String(mock.line));
    }
    if (config.symbols.some((symbol) => symbol.protocol)) {
      for (const file of tree.sources) {
        if (!isUnder(file, config.dir) || config.isIgnored(file)) continue;
        const fingerprint = classFingerprint(ts, file);
        if (fingerprint) add('classes', file, fingerprint);
      }
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every module a config names: canonical, legacy, factory, protocol and implementation modules, and barrels. */
function namedModules(config: SsotConfig): ModuleRef[] {
  const refs: ModuleRef[] = [];
  for (const symbol of config.symbols) {
    refs.push(symbol.module, ...symbol.legacy.map((legacy) => legacy.module));
    if (symbol.factory) refs.push(symbol.factory.module);
    if (symbol.protocol) refs.push(symbol.protocol.module, ...symbol.protocol.implementations.map((impl) => impl.module));
  }
  for (const move of config.modules) refs.push(move.legacy, move.canonical);
  refs.push(...config.barrels);
  return refs;
}

/** The project modules reachable from some files through imports and re-exports, each added to the digest once. */
class ModuleClosure {
  private readonly seen = new Set<string>();
  private readonly manifests = new Set<string>();

  constructor(
    private readonly ts: Typescript,
    private readonly add: (...parts: string[]) => void,
  ) {}

  of(files: readonly string[]): string[] {
    const reached: string[] = [];
    const pending = [...files];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (this.seen.has(file)) continue;
      this.seen.add(file);
      reached.push(file);
      this.addManifestOf(file);
      if (file.split('/').includes('node_modules')) {
        this.add('package-file', file, statDigest(file));
        continue;
      }
      const text = readText(file);
      this.add('module', file, text === undefined ? 'missing' : digestOf(text));
      if (text === undefined) continue;
      const resolver = getResolverForFile(this.ts, file);
      for (const imported of this.ts.preProcessFile(text, true, true).importedFiles) {
        const target = resolver.resolve(imported.fileName, file);
        if (target !== undefined) pending.push(target);
      }
    }
    return reached;
  }

  private addManifestOf(file: string): void {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const manifest = `${dir}/package.json`;
      if (this.manifests.has(manifest)) return;
      this.manifests.add(manifest);
      if (fs.statSync(manifest, { throwIfNoEntry: false })) {
        this.add('manifest', manifest, textDigest(manifest));
        return;
      }
      if (path.dirname(dir) === dir) return;
    }
  }
}

interface Tree {
  readonly configs: string[];
  readonly sources: string[];
  readonly ngPackages: string[];
  readonly manifests: string[];
}

/** The ssot.config.json, TypeScript source, ng-package.json and package.json files under `dir`, in a stable order. */
function walk(dir: string, tree: Tree = { configs: [], sources: [], ngPackages: [], manifests: [] }): Tree {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return tree;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(full, tree);
    } else if (entry.name === CONFIG_FILE_NAME) {
      tree.configs.push(full);
    } else if (entry.name === 'ng-package.json') {
      tree.ngPackages.push(full);
    } else if (entry.name === 'package.json') {
      tree.manifests.push(full);
    } else if (SOURCE_FILE.test(entry.name) && !DECLARATION_FILE.test(entry.name)) {
      tree.sources.push(full);
    }
  }
  return tree;
}

function isUnder(file: string, dir: string): boolean {
  return file.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function textDigest(file: string): string {
  const text = readText(file);
  return text === undefined ? 'missing' : digestOf(text);
}

function statDigest(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
