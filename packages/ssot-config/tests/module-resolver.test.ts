import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, createModuleResolver, getResolverForFile } from '../src/index';
import { fixturePath, makeTempDir, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

const bundler = (...segments: string[]): string => fixturePath('resolution', 'bundler', ...segments);
const baseUrl = (...segments: string[]): string => fixturePath('resolution', 'base-url', ...segments);
const nodeNext = (...segments: string[]): string => fixturePath('resolution', 'node-next', ...segments);
const rxjsTypes = path.resolve(__dirname, '../../../node_modules/rxjs/dist/types');

describe('getResolverForFile', () => {
  it('uses the nearest tsconfig.json', () => {
    const resolver = getResolverForFile(ts, bundler('src', 'app', 'main.ts'));

    expect(resolver.tsconfig).toBe(bundler('tsconfig.json'));
    expect(resolver.compilerOptions.moduleResolution).toBe(ts.ModuleResolutionKind.Bundler);
  });

  it('under a solution-style tsconfig.json, uses the referenced project that lists the file, depth first', () => {
    const root = makeTempDir();
    writeFile(root, 'tsconfig.json', JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './config' }] }));
    writeFile(root, 'tsconfig.app.json', JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } }, include: ['src'] }));
    // A referenced directory is its tsconfig.json, itself a solution over tsconfig.tools.json.
    writeFile(root, 'config/tsconfig.json', JSON.stringify({ files: [], references: [{ path: './tsconfig.tools.json' }] }));
    writeFile(root, 'config/tsconfig.tools.json', JSON.stringify({ compilerOptions: { module: 'nodenext' }, include: ['../tools'] }));
    const app = writeFile(root, 'src/app.ts', "import { clock } from '@/clock';\n");
    const clock = writeFile(root, 'src/clock.ts', 'export const clock = 1;\n');
    const tool = writeFile(root, 'tools/build.ts', 'export {};\n');
    const stray = writeFile(root, 'scripts/stray.ts', 'export {};\n');

    expect(getResolverForFile(ts, app).tsconfig).toBe(path.join(root, 'tsconfig.app.json'));
    expect(getResolverForFile(ts, app).resolve('@/clock', app)).toBe(clock.replace(/\\/g, '/'));
    expect(getResolverForFile(ts, tool).tsconfig).toBe(path.join(root, 'config/tsconfig.tools.json'));
    // A file no project lists: the nearest tsconfig.json, as before.
    expect(getResolverForFile(ts, stray).tsconfig).toBe(path.join(root, 'tsconfig.json'));
  });

  it('shares one resolver between the files of one tsconfig', () => {
    const resolver = getResolverForFile(ts, bundler('src', 'app', 'main.ts'));

    expect(getResolverForFile(ts, bundler('src', 'core', 'manager.ts'))).toBe(resolver);
  });
});

describe('module identity', () => {
  it('resolves a tsconfig "paths" alias', () => {
    const main = bundler('src', 'app', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('@app/core/manager', main)).toBe(bundler('src', 'core', 'manager.ts'));
  });

  it('resolves through "baseUrl"', () => {
    const main = baseUrl('src', 'app', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('core/manager', main)).toBe(baseUrl('src', 'core', 'manager.ts'));
  });

  it('resolves a directory to its index file', () => {
    const main = bundler('src', 'app', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('../core', main)).toBe(bundler('src', 'core', 'index.ts'));
  });

  it('resolves a relative path without extension', () => {
    const main = bundler('src', 'app', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('../core/manager', main)).toBe(bundler('src', 'core', 'manager.ts'));
  });

  it('maps a ".js" specifier to its ".ts" source under NodeNext', () => {
    const main = nodeNext('src', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('./manager.js', main, 'import')).toBe(nodeNext('src', 'manager.ts'));
  });

  it('does not resolve an extensionless relative import under NodeNext', () => {
    const main = nodeNext('src', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('./manager', main, 'import')).toBeUndefined();
  });

  it('reports a file in a "type": "module" package as ESM under NodeNext', () => {
    const main = nodeNext('src', 'main.ts');

    expect(getResolverForFile(ts, main).fileFormat(main)).toBe('import');
  });

  it('reports a file in a package without "type" as CommonJS under NodeNext', () => {
    const resolver = createModuleResolver(ts, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });

    expect(resolver.fileFormat(bundler('src', 'app', 'main.ts'))).toBe('require');
  });

  it("reports TypeScript's format under NodeNext implied by `module` alone, with no `moduleResolution`", () => {
    const resolver = createModuleResolver(ts, { module: ts.ModuleKind.NodeNext });

    expect(resolver.fileFormat(nodeNext('src', 'main.ts'))).toBe('import');
    expect(resolver.fileFormat(bundler('src', 'app', 'main.ts'))).toBe('require');
  });

  it('reports what TypeScript gives an import under bundler: ESM, CommonJS in a .cts file', () => {
    const main = bundler('src', 'app', 'main.ts');
    const resolver = getResolverForFile(ts, main);

    expect(resolver.fileFormat(main)).toBe('import');
    expect(resolver.fileFormat(bundler('src', 'app', 'legacy.cts'))).toBe('require');
  });

  it('reports no file format when the module resolution does not care', () => {
    const resolver = createModuleResolver(ts, {
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
    });

    expect(resolver.fileFormat(bundler('src', 'app', 'main.ts'))).toBeUndefined();
    expect(resolver.fileFormat(nodeNext('src', 'main.ts'))).toBeUndefined();
  });

  it('resolves a package to its types', () => {
    const main = bundler('src', 'app', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('rxjs', main)).toBe(path.join(rxjsTypes, 'index.d.ts'));
  });

  it('resolves a package subpath through its "exports"', () => {
    const main = nodeNext('src', 'main.ts');

    expect(getResolverForFile(ts, main).resolve('rxjs/operators', main, 'import')).toBe(
      path.join(rxjsTypes, 'operators', 'index.d.ts'),
    );
  });

  it('resolves a workspace package through its symlink to the real file', () => {
    const root = makeTempDir();
    writeFile(root, 'tsconfig.json', '{ "compilerOptions": { "module": "preserve", "moduleResolution": "bundler" } }');
    writeFile(root, 'packages/lib/package.json', '{ "name": "@fx/lib", "types": "./src/index.ts" }');
    const libIndex = writeFile(root, 'packages/lib/src/index.ts', 'export const lib = 1;\n');
    const main = writeFile(root, 'packages/app/src/main.ts', "import { lib } from '@fx/lib';\n");
    fs.mkdirSync(path.join(root, 'node_modules', '@fx'), { recursive: true });
    fs.symlinkSync('../../packages/lib', path.join(root, 'node_modules', '@fx', 'lib'), 'dir');

    expect(getResolverForFile(ts, main).resolve('@fx/lib', main)).toBe(fs.realpathSync(libIndex));
  });

  it('returns undefined for a specifier that does not resolve', () => {
    const main = bundler('src', 'app', 'main.ts');
    const resolver = getResolverForFile(ts, main);

    expect(resolver.resolve('../core/missing', main)).toBeUndefined();
    expect(resolver.resolve('@fx/not-installed', main)).toBeUndefined();
  });
});

describe('project references: a declaration file a referenced project emits is its source', () => {
  /**
   * packages/core (outDir dist, declarationDir types for one variant) is referenced by packages/app and linked
   * into node_modules as @fx/core, whose package.json leads to its built declaration files.
   */
  function referencesProject(coreOptions: object = { outDir: 'dist' }): { root: string; main: string; legacy: string; index: string } {
    const root = makeTempDir();
    const options = { module: 'nodenext', composite: true, rootDir: 'src', ...coreOptions };
    writeFile(root, 'packages/core/tsconfig.json', JSON.stringify({ compilerOptions: options, include: ['src'] }));
    writeFile(root, 'packages/core/package.json', JSON.stringify({
      name: '@fx/core',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts' }, './legacy': { types: './dist/legacy.d.ts' } },
    }));
    const index = writeFile(root, 'packages/core/src/index.ts', 'export const core = 1;\n');
    const legacy = writeFile(root, 'packages/core/src/legacy.ts', "export { core } from './index.js';\n");
    writeFile(root, 'packages/app/tsconfig.json', JSON.stringify({ compilerOptions: { module: 'nodenext' }, include: ['src'], references: [{ path: '../core' }] }));
    writeFile(root, 'packages/app/package.json', '{ "type": "module" }');
    const main = writeFile(root, 'packages/app/src/main.ts', "import { core } from '@fx/core/legacy';\n");
    fs.mkdirSync(path.join(root, 'node_modules', '@fx'), { recursive: true });
    fs.symlinkSync('../../packages/core', path.join(root, 'node_modules', '@fx', 'core'), 'dir');
    return { root, main, legacy, index };
  }

  it('resolves an import of a project not built yet to its source, as tsserver does', () => {
    const { root, main, legacy, index } = referencesProject();
    const resolver = getResolverForFile(ts, main);

    expect(fs.existsSync(path.join(root, 'packages/core/dist'))).toBe(false);
    expect(resolver.resolve('@fx/core/legacy', main)).toBe(legacy);
    expect(resolver.resolve('@fx/core', main)).toBe(index);
    // An output the project does not emit stays unresolved.
    expect(resolver.resolve('@fx/core/missing', main)).toBeUndefined();
  });

  it('resolves an import of a built project to the source it was built from', () => {
    const { root, main, legacy } = referencesProject();
    writeFile(root, 'packages/core/dist/legacy.d.ts', "export { core } from './index.js';\n");
    writeFile(root, 'packages/core/dist/index.d.ts', 'export declare const core = 1;\n');
    const resolver = getResolverForFile(ts, main);

    expect(resolver.resolve('@fx/core/legacy', main)).toBe(legacy);
    // What a program or TypeScript 7 resolved to, through the link or not, passes through the same identity.
    expect(resolver.sourceFileOf(path.join(root, 'packages/core/dist/legacy.d.ts'))).toBe(legacy);
    expect(resolver.sourceFileOf(path.join(root, 'node_modules/@fx/core/dist/legacy.d.ts'))).toBe(legacy);
  });

  it('follows declarationDir, and leaves alone declaration files no referenced project emits', () => {
    const { root, main, legacy } = referencesProject({ outDir: 'dist', declarationDir: 'types' });
    writeFile(root, 'packages/core/package.json', JSON.stringify({ name: '@fx/core', type: 'module', exports: { './legacy': { types: './types/legacy.d.ts' } } }));
    const handWritten = writeFile(root, 'packages/core/dist/legacy.d.ts', 'export declare const core: 1;\n');
    const resolver = getResolverForFile(ts, main);

    expect(resolver.resolve('@fx/core/legacy', main)).toBe(legacy);
    expect(resolver.sourceFileOf(handWritten)).toBe(handWritten);
  });

  it('maps a declaration file a project without outDir writes beside its source', () => {
    const { root, main, legacy } = referencesProject({});
    writeFile(root, 'packages/core/package.json', JSON.stringify({ name: '@fx/core', type: 'module', exports: { './legacy': { types: './src/legacy.d.ts' } } }));
    const emitted = writeFile(root, 'packages/core/src/legacy.d.ts', "export { core } from './index.js';\n");
    const resolver = getResolverForFile(ts, main);

    expect(resolver.resolve('@fx/core/legacy', main)).toBe(legacy);
    expect(resolver.sourceFileOf(emitted)).toBe(legacy);
  });

  it('consults no reference when the tsconfig has none', () => {
    const { root, main } = referencesProject();
    writeFile(root, 'packages/app/tsconfig.json', JSON.stringify({ compilerOptions: { module: 'nodenext' }, include: ['src'] }));
    const resolver = getResolverForFile(ts, main);

    // As `tsc` without references: the package leads to a declaration file that is not there.
    expect(resolver.resolve('@fx/core/legacy', main)).toBeUndefined();
  });
});

describe('resolution cache', () => {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  };

  it('asks TypeScript once for a specifier resolved from two files of one directory', () => {
    const resolver = createModuleResolver(ts, options);

    const fromMain = resolver.resolve('../core', bundler('src', 'app', 'main.ts'));
    const fromReexport = resolver.resolve('../core', bundler('src', 'app', 'reexport.ts'));

    expect([fromMain, fromReexport]).toEqual([bundler('src', 'core', 'index.ts'), bundler('src', 'core', 'index.ts')]);
    expect(resolver.stats).toEqual({ lookups: 2, typescriptCalls: 1 });
  });

  it('caches a miss', () => {
    const resolver = createModuleResolver(ts, options);

    resolver.resolve('../core/missing', bundler('src', 'app', 'main.ts'));
    resolver.resolve('../core/missing', bundler('src', 'app', 'reexport.ts'));

    expect(resolver.stats).toEqual({ lookups: 2, typescriptCalls: 1 });
  });

  it('asks TypeScript again for another directory, specifier or mode', () => {
    const resolver = createModuleResolver(ts, options);
    const main = bundler('src', 'app', 'main.ts');

    resolver.resolve('../core', main);
    resolver.resolve('../core', bundler('src', 'core', 'manager.ts'));
    resolver.resolve('../core/manager', main);
    resolver.resolve('../core', main, 'import');
    resolver.resolve('../core', main, 'require');

    expect(resolver.stats).toEqual({ lookups: 5, typescriptCalls: 5 });
  });
});
