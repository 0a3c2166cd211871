import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';
import { copyReferenceProtocolProject, DIVERGING_FILE } from './helpers/reference-protocol';

interface Message {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}
interface Runner {
  repoRoot: string;
  copyExample(name: string, options?: { label?: string }): string;
  removeCopy(dir: string): void;
  lintJson(dir: string): { filePath: string; messages: Message[] }[];
}
const { repoRoot, copyExample, removeCopy, lintJson } = runner as Runner;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  message: string;
  code: number;
  source: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  edit: { changes: Record<string, TextEdit[]> };
}

/**
 * `ssot lsp --stdio` driven by a real JSON-RPC client (vscode-jsonrpc, the library VS Code's language client is
 * built on) over the server's stdio, on a copy of examples/websocket-app: what it publishes and fixes is checked
 * against the ESLint CLI on the same files.
 */
const FILE = 'src/app/bootstrap.ts';
/** How long the server may take to publish after an event (it polls a config every 250 ms). */
const SETTLE_MS = 15_000;

interface Server {
  readonly dir: string;
  readonly uri: string;
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /** Every set of diagnostics published, by document. */
  readonly published: Map<string, Diagnostic[][]>;
  /** The methods the server asked the client to register. */
  readonly registered: string[];
}

/**
 * `ssot lsp --stdio` on a fresh copy of the example, with FILE open. `watch`: the client watches files for the
 * server when asked, as VS Code and Neovim do. `prepare` changes the copy before the server starts. `project`
 * takes another project than the example, and the file of it to open.
 */
async function startServer(
  label: string,
  watch: boolean,
  prepare?: (dir: string) => void,
  project: { copy: () => string; file: string } = { copy: () => copyExample('websocket-app', { label }), file: FILE },
): Promise<Server> {
  const dir = project.copy();
  prepare?.(dir);
  const file = project.file;
  const uri = pathToFileURL(path.join(dir, file)).href;
  const child = spawn(process.execPath, [path.join(repoRoot, 'packages', 'ssot-cli', 'bin', 'ssot.js'), 'lsp', '--stdio'], { cwd: dir });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const server: Server = { dir, uri, child, connection, published: new Map(), registered: [] };
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    server.published.set(params.uri, [...(server.published.get(params.uri) ?? []), params.diagnostics]);
  });
  connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
    server.registered.push(...params.registrations.map((registration) => registration.method));
    return null;
  });
  connection.listen();
  const capabilities = watch ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {};
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'typescript', version: 1, text: fs.readFileSync(path.join(dir, file), 'utf8') },
  });
  return server;
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  await server.connection.sendRequest('shutdown').catch(() => undefined);
  await server.connection.sendNotification('exit').catch(() => undefined);
  server.connection.dispose();
  server.child.kill();
  removeCopy(server.dir);
}

let main: Server;
let dir: string;
let child: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
let uri: string;
let published: Map<string, Diagnostic[][]>;

beforeAll(async () => {
  main = await startServer('lsp', true);
  ({ dir, child, connection, uri, published } = main);
}, 60_000);

afterAll(() => stopServer(main));

/** The latest diagnostics published for the file once `accept` takes them, or the latest when time runs out. */
/** Waits until `done` holds, or SETTLE_MS has passed. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  while (!done() && Date.now() <= deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function diagnosticsWhen(accept: (diagnostics: Diagnostic[]) => boolean, server: Server = main): Promise<Diagnostic[]> {
  const latest = () => server.published.get(server.uri)?.at(-1);
  await until(() => {
    const diagnostics = latest();
    return diagnostics !== undefined && accept(diagnostics);
  });
  return latest() ?? [];
}

const asLines = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message}`).sort();

function eslintMessages(from = dir): Message[] {
  return lintJson(from)
    .filter((result) => path.relative(from, result.filePath) === FILE)
    .flatMap((result) => result.messages.filter((message) => message.ruleId?.startsWith('ssot/')));
}

const CODES: Record<string, number> = {
  'ssot/canonical-import': 93001,
  'ssot/use-factory': 93002,
  'ssot/protocol-conformance': 93003,
  'ssot/single-implementation': 93004,
  'ssot/shim-purity': 93005,
};
const eslintAsLines = (messages: Message[]) =>
  messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${CODES[m.ruleId ?? '']} ${m.message}`).sort();

function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (position: Position) => {
    const lines = text.split('\n');
    return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  };
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((current, edit) => current.slice(0, offset(edit.range.start)) + edit.newText + current.slice(offset(edit.range.end)), text);
}

describe('ssot lsp --stdio, driven by a JSON-RPC client', () => {
  it('publishes, on open, what ESLint reports for the file: ranges, codes, messages, source', async () => {
    const expected = eslintAsLines(eslintMessages());
    expect(expected.length).toBeGreaterThan(0);
    const diagnostics = await diagnosticsWhen((d) => d.length > 0);
    expect(asLines(diagnostics)).toEqual(expected);
    expect(new Set(diagnostics.map((d) => d.source))).toEqual(new Set(['ssot']));
  });

  it('offers each proven fix as a quick fix that edits the file as ESLint would', async () => {
    const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
    const fixable = eslintMessages().filter((m) => m.fix);
    expect(fixable.length).toBeGreaterThan(0);
    const diagnostics = published.get(uri)?.at(-1) ?? [];
    for (const message of fixable) {
      const diagnostic = diagnostics.find((d) => d.range.start.line === message.line - 1 && d.range.start.character === message.column - 1 && d.message === message.message);
      expect(diagnostic).toBeDefined();
      const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic?.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const fixes = actions.filter((action) => action.title.startsWith('Fix this '));
      const fix = message.fix as { range: [number, number]; text: string };
      expect(fixes.map((action) => applyEdits(text, action.edit.changes[uri] ?? []))).toContain(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));
    }
  });

  it('follows unsaved edits: a line added above moves every diagnostic down one line', async () => {
    const before = published.get(uri)?.at(-1) ?? [];
    const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// an unsaved line\n' }],
    });
    const moved = before.map((d) => ({ ...d, range: { start: { ...d.range.start, line: d.range.start.line + 1 }, end: { ...d.range.end, line: d.range.end.line + 1 } } }));
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === asLines(moved).join()))).toEqual(asLines(moved));
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === asLines(before).join()))).toEqual(asLines(before));
  });

  it('fix-all (source.fixAll.ssot) makes what one eslint --fix pass makes of the file', async () => {
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.ssot'] },
    });
    expect(actions).toHaveLength(1);
    const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
    const onePass = [...eslintMessages().filter((m) => m.fix)]
      .map((m) => m.fix as { range: [number, number]; text: string })
      .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
      .reduce<{ out: string; last: number }>(
        (acc, fix) => (acc.last >= fix.range[0] ? acc : { out: acc.out + text.slice(Math.max(0, acc.last), fix.range[0]) + fix.text, last: fix.range[1] }),
        { out: '', last: -Infinity },
      );
    expect(applyEdits(text, actions[0]?.edit.changes[uri] ?? [])).toBe(onePass.out + text.slice(Math.max(0, onePass.last)));
  });

  it('follows ssot.config.json on disk: broken gives one diagnostic naming it, repaired gives the findings back', async () => {
    const configFile = path.join(dir, 'ssot.config.json');
    const good = fs.readFileSync(configFile, 'utf8');
    const findings = published.get(uri)?.at(-1) ?? [];
    fs.writeFileSync(configFile, '{ "symbols": [ { "name": 1 } ] }');
    const broken = await diagnosticsWhen((d) => d.length === 1 && d[0]?.code === 93000);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ code: 93000, source: 'ssot', range: { start: { line: 0, character: 0 } } });
    expect(broken[0]?.message).toContain('ssot.config.json');
    fs.writeFileSync(configFile, good);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === asLines(findings).join()))).toEqual(asLines(findings));
    expect(child.exitCode).toBe(null);
  });

  it('follows edits of other files on disk: a canonical export renamed changes the file\'s findings as in ESLint', async () => {
    expect(main.registered).toContain('workspace/didChangeWatchedFiles');
    const before = asLines(published.get(uri)?.at(-1) ?? []);
    const factory = path.join(dir, 'src', 'websocket-core', 'websocket-manager-factory.ts');
    fs.writeFileSync(factory, fs.readFileSync(factory, 'utf8').replaceAll('createWebSocketManager', 'makeWebSocketManager'));
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(factory).href, type: 2 }] });
    const expected = eslintAsLines(eslintMessages());
    expect(expected).not.toEqual(before);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === expected.join()))).toEqual(expected);
  });
});

describe('ssot lsp --stdio, with a client that does not watch files', () => {
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startServer('lsp-unwatched', false);
  }, 60_000);
  afterAll(() => stopServer(server));

  it('sees an edit on disk that no one reports at its next check', async () => {
    const { dir: copy, uri: document, connection: client, registered } = server as Server;
    expect(registered).toEqual([]);
    const first = await diagnosticsWhen((d) => d.length > 0, server);
    const factory = path.join(copy, 'src', 'websocket-core', 'websocket-manager-factory.ts');
    fs.writeFileSync(factory, fs.readFileSync(factory, 'utf8').replaceAll('createWebSocketManager', 'makeWebSocketManager'));
    // An edit of the open document makes the next check; the server hears nothing of the factory's.
    const text = fs.readFileSync(path.join(copy, FILE), 'utf8');
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: document, version: 2 }, contentChanges: [{ text: `${text}\n` }] });
    const expected = eslintAsLines(eslintMessages(copy));
    expect(expected).not.toEqual(asLines(first));
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === expected.join(), server))).toEqual(expected);
  });
});

describe('ssot lsp --stdio, when an installed package changes on disk (npm install)', () => {
  // Editors leave node_modules out of what they watch for the server: it watches the installed files it reads.
  const write = (dir: string, file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startServer('lsp-installed', true, (copy) => {
      write(copy, 'node_modules/fakepkg/package.json', '{ "name": "fakepkg", "version": "1.0.0", "types": "index.d.ts" }\n');
      write(copy, 'node_modules/fakepkg/index.d.ts', 'export declare function thing(): number;\n');
      write(copy, 'node_modules/fakepkg/old.d.ts', "export { thing } from './index';\n");
      const configFile = path.join(copy, 'ssot.config.json');
      const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { modules?: unknown[] };
      config.modules = [...(config.modules ?? []), { legacy: 'fakepkg/old', canonical: 'fakepkg' }];
      fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
      write(copy, FILE, `import { thing } from 'fakepkg/old';\nexport const fromPackage = thing();\n${fs.readFileSync(path.join(copy, FILE), 'utf8')}`);
    });
  }, 60_000);
  afterAll(() => stopServer(server));

  it('checks the open documents again, as ESLint sees the package now, with no edit and no report from the client, also once its directory is replaced', async () => {
    const { dir: copy, registered } = server as Server;
    const before = eslintAsLines(eslintMessages(copy));
    expect(before.some((line) => line.includes("'fakepkg/old'"))).toBe(true);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === before.join(), server))).toEqual(before);
    expect(registered).toContain('workspace/didChangeWatchedFiles');

    // The package's new version no longer exports `thing` from its main module.
    write(copy, 'node_modules/fakepkg/index.d.ts', 'export declare function other(): number;\n');
    write(copy, 'node_modules/fakepkg/old.d.ts', 'export declare function thing(): number;\n');
    const after = eslintAsLines(eslintMessages(copy));
    expect(after).not.toEqual(before);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === after.join(), server))).toEqual(after);

    // Installed again, as npm does it: the package's files removed, then its directory (the server may check
    // between the two), then all written anew. Without the package the config's modules do not resolve, which
    // ESLint reports as the config's error.
    for (const file of ['package.json', 'index.d.ts', 'old.d.ts']) fs.rmSync(path.join(copy, 'node_modules/fakepkg', file));
    const missing = await diagnosticsWhen((d) => d.length === 1 && d[0]?.code === 93000, server);
    expect(missing.map((d) => d.code)).toEqual([93000]);
    expect(missing[0]?.message).toContain('module "fakepkg/old" does not resolve');
    const checks = server?.published.get(server.uri)?.length ?? 0;
    fs.rmdirSync(path.join(copy, 'node_modules/fakepkg'));
    await until(() => (server?.published.get(server.uri)?.length ?? 0) > checks);
    write(copy, 'node_modules/fakepkg/package.json', '{ "name": "fakepkg", "version": "1.0.0", "types": "index.d.ts" }\n');
    write(copy, 'node_modules/fakepkg/index.d.ts', 'export declare function thing(): number;\n');
    write(copy, 'node_modules/fakepkg/old.d.ts', "export { thing } from './index';\n");
    expect(eslintAsLines(eslintMessages(copy))).toEqual(before);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === before.join(), server))).toEqual(before);
  });
});

describe('ssot lsp --stdio, when the config names a package installed only after the server started', () => {
  // No file of the package is read before it exists: the server watches the project's node_modules itself.
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startServer('lsp-install-later', true, (copy) => {
      const configFile = path.join(copy, 'ssot.config.json');
      const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { modules?: unknown[] };
      config.modules = [...(config.modules ?? []), { legacy: 'laterpkg/old', canonical: 'laterpkg' }];
      fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
      fs.writeFileSync(path.join(copy, FILE), `import { thing } from 'laterpkg/old';\nexport const fromPackage = thing();\n${fs.readFileSync(path.join(copy, FILE), 'utf8')}`);
    });
  }, 60_000);
  afterAll(() => stopServer(server));

  it('checks the open documents again once npm has installed it, with no edit and no report from the client', async () => {
    const { dir: copy } = server as Server;
    const missing = await diagnosticsWhen((d) => d.length === 1 && d[0]?.code === 93000, server);
    expect(missing[0]?.message).toContain('module "laterpkg/old" does not resolve');
    // As npm writes an install: the package's files, then node_modules/.package-lock.json.
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.writeFileSync(path.join(copy, file), text);
    };
    write('node_modules/laterpkg/package.json', '{ "name": "laterpkg", "version": "1.0.0", "types": "index.d.ts" }\n');
    write('node_modules/laterpkg/index.d.ts', 'export declare function thing(): number;\n');
    write('node_modules/laterpkg/old.d.ts', "export { thing } from './index';\n");
    write('node_modules/.package-lock.json', '{ "name": "websocket-app", "lockfileVersion": 3, "packages": {} }\n');
    const expected = eslintAsLines(eslintMessages(copy));
    expect(expected.some((line) => line.includes("'laterpkg/old'"))).toBe(true);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === expected.join(), server))).toEqual(expected);
  });
});

describe('ssot lsp --stdio, when tsconfig.json is a solution that references the project', () => {
  // Vite's templates: tsconfig.json lists no file and references tsconfig.app.json, whose options and files
  // apply, as tsserver and typescript-eslint's project service take them.
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startServer('lsp-solution', true, (copy) => {
      fs.renameSync(path.join(copy, 'tsconfig.json'), path.join(copy, 'tsconfig.app.json'));
      fs.writeFileSync(path.join(copy, 'tsconfig.json'), JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }] }));
    });
  }, 60_000);
  afterAll(() => stopServer(server));

  it("publishes ESLint's findings for the file, resolved with tsconfig.app.json", async () => {
    // (The main server's copy is edited by the tests above: this copy is compared with itself.)
    const expected = eslintAsLines(eslintMessages((server as Server).dir));
    // Among them one through the project's `@ws/*` alias, which only tsconfig.app.json sets.
    expect(expected.some((line) => line.includes("'@ws/index'"))).toBe(true);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === expected.join(), server))).toEqual(expected);
  });
});

describe('ssot lsp --stdio, in a monorepo of project references, unbuilt', () => {
  // A class of @acme/app implements an interface of @acme/core, which the config declares as the protocol: the
  // server's program reads @acme/core's sources, as tsserver does, and holds the class to it as ESLint does.
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startServer('lsp-references', true, undefined, { copy: () => copyReferenceProtocolProject(repoRoot), file: DIVERGING_FILE });
  }, 60_000);
  afterAll(() => stopServer(server));

  it("publishes ESLint's finding for the class that breaks the protocol", async () => {
    const from = (server as Server).dir;
    const expected = eslintAsLines(
      lintJson(from)
        .filter((result) => path.relative(from, result.filePath) === path.normalize(DIVERGING_FILE))
        .flatMap((result) => result.messages.filter((message) => message.ruleId?.startsWith('ssot/'))),
    );
    expect(expected).toEqual([expect.stringMatching(/^4:3-4:7 93003 DevSender\.send requires parameter 'level'/)]);
    expect(asLines(await diagnosticsWhen((d) => asLines(d).join() === expected.join(), server))).toEqual(expected);
  });
});
