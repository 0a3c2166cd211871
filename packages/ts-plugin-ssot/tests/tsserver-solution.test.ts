import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { eslintSsotMessages } from './helpers/eslint-report';
import { copyExample, pluginProbeLocation, removeDir } from './helpers/paths';
import { TsServerProcess } from './helpers/tsserver-process';

type Diagnostic = ts.server.protocol.Diagnostic;

/**
 * A solution-style tsconfig.json (Vite's and Angular's layout: it lists no file and references tsconfig.app.json).
 * tsserver opens the referenced project for a file and loads the plugins that project's tsconfig names (no
 * --globalPlugins here): the README's advice to name the plugin there, shown both ways.
 */
const FILE = 'src/app/bootstrap.ts';
const PLUGINS = [{ name: 'ts-plugin-ssot' }];

const started: { copy: string; server: TsServerProcess }[] = [];

afterAll(() => {
  for (const { copy, server } of started) {
    server.kill();
    removeDir(copy);
  }
});

/** The example as a solution over tsconfig.app.json, the plugin named in one of the two; FILE open. */
function startServer(pluginIn: 'tsconfig.app.json' | 'tsconfig.json'): { copy: string; server: TsServerProcess } {
  const copy = copyExample('websocket-app', 'ts-plugin-solution');
  const app = JSON.parse(fs.readFileSync(path.join(copy, 'tsconfig.json'), 'utf8')) as { compilerOptions: { plugins?: unknown } };
  if (pluginIn === 'tsconfig.json') delete app.compilerOptions.plugins;
  fs.writeFileSync(path.join(copy, 'tsconfig.app.json'), JSON.stringify(app));
  const solution = { ...(pluginIn === 'tsconfig.json' ? { compilerOptions: { plugins: PLUGINS } } : {}), files: [], references: [{ path: './tsconfig.app.json' }] };
  fs.writeFileSync(path.join(copy, 'tsconfig.json'), JSON.stringify(solution));
  const server = new TsServerProcess(['--pluginProbeLocations', pluginProbeLocation, '--disableAutomaticTypingAcquisition'], copy);
  server.notify('open', { file: path.join(copy, FILE) });
  started.push({ copy, server });
  return { copy, server };
}

async function ssotDiagnostics(server: TsServerProcess, copy: string): Promise<string[]> {
  const diagnostics = await server.request<Diagnostic[]>('semanticDiagnosticsSync', { file: path.join(copy, FILE) });
  return diagnostics.filter((d) => d.source === 'ssot').map((d) => `${d.start.line}:${d.start.offset} ${d.text}`).sort();
}

describe('a real tsserver on a solution-style tsconfig.json', () => {
  it("with the plugin named in the referenced tsconfig.app.json: ESLint's findings for the file", async () => {
    const { copy, server } = startServer('tsconfig.app.json');
    const expected = (eslintSsotMessages(copy).get(FILE) ?? []).map((m) => `${m.line}:${m.column} ${m.message}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await ssotDiagnostics(server, copy)).toEqual(expected);
  });

  it('with the plugin named only in the solution tsconfig.json: tsserver never loads it for the file', async () => {
    const { copy, server } = startServer('tsconfig.json');
    expect(await ssotDiagnostics(server, copy)).toEqual([]);
  });
});
