import * as path from 'node:path';
import { needsExtension, type ProjectVariant } from './project-variants';

/** One module of a generated project: where it lives (from the project root, no extension) and its text. */
export interface ModuleSource {
  readonly id: ModuleId;
  readonly path: string;
  readonly text: string;
}

export type ModuleId =
  | 'manager'
  | 'types'
  | 'logger'
  | 'widget'
  | 'format'
  | 'shim'
  | 'renamed'
  | 'unified'
  | 'chain'
  | 'legacyLogger'
  | 'defaultManager'
  | 'legacyWidget'
  | 'oldFormat'
  | 'driftFormat'
  | 'barrel'
  | 'plain';

/** Every module a generated file may import, and what ssot.config.json says about it. */
export function moduleSources(variant: ProjectVariant): ModuleSource[] {
  const paths: Record<ModuleId, string> = {
    manager: variant.managerAsIndex ? 'src/core/manager/index' : 'src/core/manager',
    types: 'src/core/types',
    logger: 'src/core/logger',
    widget: 'src/core/widget',
    format: 'src/core/format',
    shim: 'src/legacy/manager-shim',
    renamed: 'src/legacy/renamed',
    unified: 'src/legacy/unified',
    chain: 'src/legacy/chain',
    legacyLogger: 'src/legacy/logger',
    defaultManager: 'src/legacy/default-manager',
    legacyWidget: 'src/legacy/widget',
    oldFormat: 'src/legacy/old-format',
    driftFormat: 'src/legacy/drift-format',
    barrel: 'src/legacy/index',
    plain: 'src/other/plain',
  };
  const from = (id: ModuleId) => (to: ModuleId) => shimSpecifier(variant, paths[id], paths[to]);
  const texts: Record<ModuleId, (spec: (to: ModuleId) => string) => string[]> = {
    manager: () => [
      'export class Manager { connect(): void {} }',
      'export interface ManagerOptions { retries: number }',
      'export function createManager(options?: ManagerOptions): Manager { return new Manager(); }',
      'export const MANAGER_VERSION = 1;',
    ],
    types: () => [
      'export interface Connection { id: string }',
      "export type ConnectionState = 'open' | 'closed';",
      'export function serialize(connection: Connection): string { return connection.id; }',
      'export enum Level { Low, High }',
    ],
    logger: () => ['export default class Logger { log(): void {} }', 'export const LOG_LEVEL = 0;'],
    widget: () => ['export class Widget { size = 1; }'],
    format: () => [
      "export function formatDate(): string { return ''; }",
      "export const FORMAT = 'iso';",
      'export type Formatter = () => string;',
    ],
    shim: (spec) =>
      variant.shimStyle === 'export-from'
        ? [`export { Manager, createManager } from '${spec('manager')}';`, `export type { ManagerOptions } from '${spec('manager')}';`]
        : [
            `import { Manager, createManager, type ManagerOptions } from '${spec('manager')}';`,
            'export { Manager, createManager };',
            'export type { ManagerOptions };',
          ],
    renamed: (spec) => [
      `export { Manager as OldManager, createManager as makeManager } from '${spec('manager')}';`,
      `export { serialize as encode } from '${spec('types')}';`,
    ],
    unified: (spec) => [
      `export { Manager as UnifiedManager } from '${spec('manager')}';`,
      `export type { Connection, ConnectionState } from '${spec('types')}';`,
      `export { serialize, Level } from '${spec('types')}';`,
      'export const UNIFIED_FLAG = true;',
    ],
    chain: (spec) => [`export * from '${spec('shim')}';`],
    legacyLogger: (spec) =>
      variant.shimStyle === 'export-from'
        ? [`export { default, LOG_LEVEL } from '${spec('logger')}';`]
        : [`import Logger, { LOG_LEVEL } from '${spec('logger')}';`, 'export default Logger;', 'export { LOG_LEVEL };'],
    defaultManager: (spec) => [`export { Manager as default } from '${spec('manager')}';`],
    // Not the same declaration as the canonical Widget: every fix of it must be refused.
    legacyWidget: () => ['export class Widget { size = 2; }'],
    oldFormat: (spec) => [`export * from '${spec('format')}';`],
    // A moved module whose FORMAT drifted: sites that use FORMAT (or the whole module) must not be fixed.
    driftFormat: (spec) => [
      `export { formatDate } from '${spec('format')}';`,
      `export type { Formatter } from '${spec('format')}';`,
      "export const FORMAT = 'legacy';",
    ],
    barrel: (spec) => [
      `export { Manager } from '${spec('manager')}';`,
      `export type { Connection } from '${spec('types')}';`,
      'export const BARREL = 1;',
    ],
    // Same export name as a canonical module, unrelated: never legacy.
    plain: () => ['export class Manager { other = true; }', 'export const helper = 1;', 'export type Alias = string;'],
  };
  return (Object.keys(paths) as ModuleId[]).map((id) => ({
    id,
    path: paths[id],
    text: texts[id](from(id)).join('\n') + '\n',
  }));
}

/** The ssot.config.json of every variant (module paths relative to the project root). */
export function ssotConfig(modules: readonly ModuleSource[]): object {
  const at = (id: ModuleId) => `./${(modules.find((module) => module.id === id) as ModuleSource).path}`;
  const symbol = (name: string, module: ModuleId, legacy: [ModuleId, string?][]) => ({
    name,
    module: at(module),
    legacy: legacy.map(([id, legacyName]) => (legacyName ? { module: at(id), name: legacyName } : { module: at(id) })),
  });
  return {
    symbols: [
      symbol('Manager', 'manager', [['shim'], ['chain'], ['renamed', 'OldManager'], ['unified', 'UnifiedManager'], ['defaultManager', 'default'], ['barrel']]),
      symbol('createManager', 'manager', [['shim'], ['renamed', 'makeManager']]),
      symbol('ManagerOptions', 'manager', [['shim']]),
      symbol('Connection', 'types', [['unified'], ['barrel']]),
      symbol('ConnectionState', 'types', [['unified']]),
      symbol('serialize', 'types', [['unified'], ['renamed', 'encode']]),
      symbol('Level', 'types', [['unified']]),
      symbol('default', 'logger', [['legacyLogger']]),
      symbol('LOG_LEVEL', 'logger', [['legacyLogger']]),
      symbol('Widget', 'widget', [['legacyWidget']]),
    ],
    modules: [
      { legacy: at('oldFormat'), canonical: at('format') },
      { legacy: at('driftFormat'), canonical: at('format') },
    ],
  };
}

/** `../core/manager` (or `../core/manager/index.js` under nodenext ESM) from one project module to another. */
function shimSpecifier(variant: ProjectVariant, fromPath: string, toPath: string): string {
  let relative = path.posix.relative(path.posix.dirname(fromPath), toPath);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  if (needsExtension(variant)) return `${relative}.js`;
  return relative.endsWith('/index') ? relative.slice(0, -'/index'.length) : relative;
}
