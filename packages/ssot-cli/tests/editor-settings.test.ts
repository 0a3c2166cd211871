import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessServer } from '../../ts-plugin-ssot/tests/helpers/in-process-server';
import { makeTempDir, removeDir, writeFiles } from '../../ts-plugin-ssot/tests/helpers/paths';
import { repoRoot, runSsot } from './helpers';

/**
 * `ssot editor-settings` gives an editor without the tsserver plugin the auto-import exclusions the plugin
 * applies: the legacy shim by its exact file, never the unrelated module that shares its file name. The patterns
 * it prints are then given to a real tsserver (no plugin) as TypeScript's own preference, which must steer
 * auto-import to the canonical module and keep the unrelated module offered.
 */
let dir: string;

beforeAll(() => {
  dir = makeTempDir('editor-settings');
  writeFiles(dir, {
    'package.json': '{ "private": true }\n',
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler', noEmit: true, types: [] }, include: ['src'] }),
    'ssot.config.json': JSON.stringify({ symbols: [{ name: 'Manager', module: './src/core/websocket-manager', legacy: [{ module: './src/core/manager' }] }] }),
    'src/core/websocket-manager.ts': 'export class Manager {}\n',
    'src/core/manager.ts': "export { Manager } from './websocket-manager';\n",
    'src/other/manager.ts': 'export class Gadget {}\n',
    'src/complete-manager.ts': 'export const m = new Manag\n',
    'src/complete-gadget.ts': 'export const g = new Gadg\n',
  });
});
afterAll(() => removeDir(dir));

describe('ssot editor-settings', () => {
  it('prints the legacy file, by its path from the workspace root, and nothing that only shares its name', () => {
    const run = runSsot(['editor-settings'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ 'typescript.preferences.autoImportFileExcludePatterns': ['src/core/manager.ts'] });
  });

  it('steers a plugin-less tsserver given those patterns: canonical module offered, same-named module kept', () => {
    const patterns = (JSON.parse(runSsot(['editor-settings'], { cwd: dir }).stdout) as Record<string, string[]>)['typescript.preferences.autoImportFileExcludePatterns'] ?? [];
    const server = new InProcessServer({});
    try {
      server.request('configure', {
        preferences: {
          includeCompletionsForModuleExports: true,
          autoImportFileExcludePatterns: patterns.map((pattern) => path.join(dir, pattern)),
        },
      });
      const complete = (file: string, name: string) => {
        const full = path.join(dir, file);
        server.open(full);
        const line = fs.readFileSync(full, 'utf8').split('\n')[0] ?? '';
        const info = server.request<{ entries: { name: string; source?: string }[] }>('completionInfo', { file: full, line: 1, offset: line.length + 1 });
        return info.entries.filter((entry) => entry.name === name).map((entry) => entry.source);
      };
      expect(complete('src/complete-manager.ts', 'Manager')).toEqual(['./core/websocket-manager']);
      expect(complete('src/complete-gadget.ts', 'Gadget')).toEqual(['./other/manager']);
    } finally {
      server.close();
    }
  });

  it('--write merges into .vscode/settings.json, keeping comments, settings and patterns; a second run adds nothing', () => {
    const settings = path.join(dir, '.vscode', 'settings.json');
    writeFiles(dir, {
      '.vscode/settings.json': '{\n  // the team\'s own\n  "editor.tabSize": 2,\n  "typescript.preferences.autoImportFileExcludePatterns": ["**/generated/**"],\n}\n',
    });
    const first = runSsot(['editor-settings', '--write'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('gained src/core/manager.ts');
    const text = fs.readFileSync(settings, 'utf8');
    expect(text).toContain("// the team's own");
    expect(text).toContain('"editor.tabSize": 2');
    expect(text).toMatch(/"\*\*\/generated\/\*\*",\s*"src\/core\/manager\.ts"/);
    const second = runSsot(['editor-settings', '--write'], { cwd: dir });
    expect(second.stdout).toContain('already lists every legacy file');
    expect(fs.readFileSync(settings, 'utf8')).toBe(text);
  });

  it('refuses to write over a settings file that is not JSON, and writes nothing', () => {
    const other = makeTempDir('editor-settings-broken');
    try {
      fs.cpSync(dir, other, { recursive: true });
      fs.writeFileSync(path.join(other, '.vscode', 'settings.json'), '{ "a": ');
      const run = runSsot(['editor-settings', '--write'], { cwd: other });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/settings\.json is not a JSON object at offset \d+ .*nothing was written/);
      expect(fs.readFileSync(path.join(other, '.vscode', 'settings.json'), 'utf8')).toBe('{ "a": ');
    } finally {
      removeDir(other);
    }
  });
});

describe('ssot editor-settings on a solution-style tsconfig.json (Vite\'s layout)', () => {
  it("gives the patterns of the projects it references; the project that lacks the legacy module keeps nothing offered", () => {
    const solution = makeTempDir('editor-settings-solution');
    try {
      const options = { strict: true, module: 'preserve', moduleResolution: 'bundler', noEmit: true, types: [] };
      writeFiles(solution, {
        'package.json': '{ "private": true }\n',
        'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }] }),
        'tsconfig.app.json': JSON.stringify({ compilerOptions: options, include: ['src'] }),
        'tsconfig.node.json': JSON.stringify({ compilerOptions: options, include: ['vite.config.ts'] }),
        'ssot.config.json': JSON.stringify({ symbols: [{ name: 'Manager', module: './src/core/websocket-manager', legacy: [{ module: './src/core/manager' }] }] }),
        'src/core/websocket-manager.ts': 'export class Manager {}\n',
        'src/core/manager.ts': "export { Manager } from './websocket-manager';\n",
        'vite.config.ts': 'export default {};\n',
      });
      const run = runSsot(['editor-settings'], { cwd: solution });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ 'typescript.preferences.autoImportFileExcludePatterns': ['src/core/manager.ts'] });
    } finally {
      removeDir(solution);
    }
  });
});

describe('ssot editor-settings, for legacy modules auto-import must keep offering', () => {
  it('says which and why on stderr, and lists only the module it can leave out', () => {
    const other = makeTempDir('editor-settings-kept');
    try {
      writeFiles(other, {
        'package.json': '{ "private": true }\n',
        'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler', noEmit: true, types: [] }, include: ['src'] }),
        'ssot.config.json': JSON.stringify({
          symbols: [
            { name: 'Manager', module: './src/core/websocket-manager', legacy: [{ module: './src/core/manager' }, { module: './src/core/mixed' }] },
            { name: 'open', module: './src/core/open', legacy: [{ module: './src/core/old-open' }] },
          ],
        }),
        'src/core/websocket-manager.ts': 'export class Manager {}\n',
        'src/core/manager.ts': "export { Manager } from './websocket-manager';\n",
        // Still the home of Helper, which nothing moves.
        'src/core/mixed.ts': "export { Manager } from './websocket-manager';\nexport const Helper = 1;\n",
        // Its `open` is not the canonical module's `open`: auto-import would offer that one instead.
        'src/core/open.ts': 'export function open(): void {}\n',
        'src/core/old-open.ts': 'export function open(url: string): string { return url; }\n',
      });
      const run = runSsot(['editor-settings'], { cwd: other });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ 'typescript.preferences.autoImportFileExcludePatterns': ['src/core/manager.ts'] });
      expect(run.stderr.split('\n').filter(Boolean)).toEqual([
        "ssot editor-settings: ./src/core/mixed stays offered by auto-import: it is still the home of 'Helper', which the config does not move.",
        "ssot editor-settings: ./src/core/old-open stays offered by auto-import: 'open' from the canonical module is another declaration, which auto-import would offer instead.",
      ]);
    } finally {
      removeDir(other);
    }
  });

  it("keeps rxjs/operators on examples/rxjs-migration: some of its operators are not rxjs's functions of that name", () => {
    const run = runSsot(['editor-settings'], { cwd: path.join(repoRoot, 'examples', 'rxjs-migration') });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ 'typescript.preferences.autoImportFileExcludePatterns': [] });
    expect(run.stderr).toBe(
      "ssot editor-settings: rxjs/operators stays offered by auto-import: 'combineLatest', 'concat', 'merge' and 4 more from the canonical module are another declaration, which auto-import would offer instead.\n",
    );
  });
});
