import * as path from 'node:path';
import * as ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearCache, loadConfig, type SsotConfig } from '../src/index';
import { fixturePath } from './helpers';

beforeEach(() => clearCache());

const projectDir = fixturePath('project');
const source = (file: string): string => path.join(projectDir, 'src', file);
const rxjsTypes = path.resolve(__dirname, '../../../node_modules/rxjs/dist/types');

function loadProjectConfig(): SsotConfig {
  return loadConfig(ts, path.join(projectDir, 'ssot.config.json'));
}

describe('normalised config', () => {
  it('records the config file, its directory and the tsconfig that resolved its modules', () => {
    const config = loadProjectConfig();

    expect(config.file).toBe(path.join(projectDir, 'ssot.config.json'));
    expect(config.dir).toBe(projectDir);
    expect(config.tsconfig).toBe(path.join(projectDir, 'tsconfig.json'));
  });

  it('resolves a symbol, its legacy homes, factory and protocol to absolute files', () => {
    const [manager] = loadProjectConfig().symbols;

    expect(manager).toEqual({
      name: 'WebSocketManager',
      module: {
        specifier: './src/websocket-manager',
        files: [source('websocket-manager.ts')],
        at: { jsonPath: 'symbols[0].module', line: 6, column: 17 },
      },
      legacy: [
        {
          name: 'UnifiedWebSocketManager',
          module: {
            specifier: './src/unified-manager',
            files: [source('unified-manager.ts')],
            at: { jsonPath: 'symbols[0].legacy[0].module', line: 7, column: 30 },
          },
          at: { jsonPath: 'symbols[0].legacy[0]', line: 7, column: 18 },
        },
      ],
      factory: {
        name: 'createWebSocketManager',
        module: {
          specifier: './src/factory',
          files: [source('factory.ts')],
          at: { jsonPath: 'symbols[0].factory.module', line: 8, column: 30 },
        },
        at: { jsonPath: 'symbols[0].factory', line: 8, column: 18 },
        allow: [],
        acceptsConstructorArgs: false,
      },
      protocol: {
        name: 'WebSocketManagerProtocol',
        module: {
          specifier: './src/protocols',
          files: [source('protocols.ts')],
          at: { jsonPath: 'symbols[0].protocol.module', line: 9, column: 31 },
        },
        at: { jsonPath: 'symbols[0].protocol', line: 9, column: 19 },
        implementations: [],
        maxImplementations: 1,
      },
      at: { jsonPath: 'symbols[0]', line: 4, column: 5 },
    });
  });

  it('gives a legacy entry without "name" the symbol\'s name', () => {
    const connection = loadProjectConfig().symbols[1];

    expect(connection?.legacy.map((ref) => ({ name: ref.name, files: ref.module.files }))).toEqual([
      { name: 'WebSocketConnection', files: [source('unified-manager.ts')] },
    ]);
  });

  it('leaves factory and protocol undefined when not given', () => {
    const connection = loadProjectConfig().symbols[1];

    expect(connection?.factory).toBeUndefined();
    expect(connection?.protocol).toBeUndefined();
  });

  it('resolves module moves, package specifiers included', () => {
    const { modules } = loadProjectConfig();

    expect(modules).toEqual([
      {
        legacy: {
          specifier: './src/old-types',
          files: [source('old-types.ts')],
          at: { jsonPath: 'modules[0].legacy', line: 18, column: 17 },
        },
        canonical: {
          specifier: './src/types',
          files: [source('types.ts')],
          at: { jsonPath: 'modules[0].canonical', line: 18, column: 49 },
        },
        at: { jsonPath: 'modules[0]', line: 18, column: 5 },
      },
      {
        legacy: {
          specifier: 'rxjs/operators',
          files: [path.join(rxjsTypes, 'operators', 'index.d.ts')],
          at: { jsonPath: 'modules[1].legacy', line: 19, column: 17 },
        },
        canonical: {
          specifier: 'rxjs',
          files: [path.join(rxjsTypes, 'index.d.ts')],
          at: { jsonPath: 'modules[1].canonical', line: 19, column: 48 },
        },
        at: { jsonPath: 'modules[1]', line: 19, column: 5 },
      },
    ]);
  });

  it('keeps the ignore globs as written', () => {
    expect(loadProjectConfig().ignore).toEqual(['**/*.generated.ts', 'scripts/**']);
  });

  it('matches ignore globs against paths relative to the config directory', () => {
    const config = loadProjectConfig();

    expect(config.isIgnored(source('protocol.generated.ts'))).toBe(true);
    expect(config.isIgnored(path.join(projectDir, 'scripts', 'build.ts'))).toBe(true);
    expect(config.isIgnored(source('types.ts'))).toBe(false);
  });

  it('does not ignore files outside the config directory', () => {
    const config = loadProjectConfig();

    expect(config.isIgnored(path.join(projectDir, '..', 'other', 'protocol.generated.ts'))).toBe(false);
    expect(config.isIgnored(path.join(`${projectDir}-copy`, 'scripts', 'build.ts'))).toBe(false);
  });

  it('ignores nothing when there are no ignore globs', () => {
    const config = loadConfig(ts, fixturePath('nested-configs', 'ssot.config.json'));

    expect(config.ignore).toEqual([]);
    expect(config.isIgnored(fixturePath('nested-configs', 'src', 'deep', 'file.ts'))).toBe(false);
  });
});
