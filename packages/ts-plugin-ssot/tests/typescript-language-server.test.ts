import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './helpers/lsp-client';
import { copyExample, pluginProbeLocation, removeDir, repoRoot } from './helpers/paths';

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  code?: number | string;
  source?: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  edit?: unknown;
}

const serverBin = path.join(repoRoot, 'node_modules', 'typescript-language-server', 'lib', 'cli.mjs');
const tsserverPath = path.join(repoRoot, 'node_modules', 'typescript', 'lib', 'tsserver.js');

/** A real LSP client session with typescript-language-server, the server Neovim and many editors use. */
describe('typescript-language-server with the plugin, on a copy of examples/websocket-app', () => {
  let copy: string;
  let client: LspClient;
  let uri: string;

  beforeAll(async () => {
    copy = copyExample('websocket-app', 'ts-plugin-lsp');
    client = new LspClient(process.execPath, [serverBin, '--stdio'], copy);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(copy).href,
      workspaceFolders: [{ uri: pathToFileURL(copy).href, name: 'websocket-app' }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'refactor'] } },
          },
        },
      },
      initializationOptions: {
        plugins: [{ name: 'ts-plugin-ssot', location: pluginProbeLocation }],
        tsserver: { path: tsserverPath },
      },
    });
    client.notify('initialized', {});
    const file = path.join(copy, 'src', 'app', 'services', 'websocket.ts');
    uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
  }, 120_000);

  afterAll(() => {
    client?.kill();
    removeDir(copy);
  });

  let diagnostic: LspDiagnostic;

  it('publishes the plugin\'s diagnostics with source "ssot"', async () => {
    diagnostic = await client.waitForNotification((method, params) => {
      const published = params as { uri?: string; diagnostics?: LspDiagnostic[] };
      if (method !== 'textDocument/publishDiagnostics' || published.uri !== uri) return undefined;
      return published.diagnostics?.find((candidate) => candidate.source === 'ssot');
    }, 90_000);
    expect(diagnostic).toMatchObject({
      code: 93001,
      message: "'../../websocket-core/manager' is a legacy module; use '../../websocket-core/websocket-manager'.",
    });
  }, 120_000);

  it('offers the fix at the diagnostic as a quick fix', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((action) => action.title === 'Fix this ssot/canonical-import problem');
    expect(fix).toMatchObject({ kind: 'quickfix' });
    expect(JSON.stringify(fix?.edit)).toContain('../../websocket-core/websocket-manager');
  }, 60_000);
});
