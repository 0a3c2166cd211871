import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appText,
  appTextFixed,
  fixtureConfig,
  fixtureConfigWithoutOldThing,
  writeFixtureProject,
} from './helpers/fixture-project';
import { InProcessServer } from './helpers/in-process-server';
import { makeTempDir, pluginProbeLocation, removeDir, waitFor, writeFiles } from './helpers/paths';
import { applyCodeEdits, type FileCodeEdits } from './helpers/text-edits';

type Diagnostic = ts.server.protocol.Diagnostic;
type CodeFixAction = ts.server.protocol.CodeFixAction;
type CompletionInfo = ts.server.protocol.CompletionInfo;
type CompletionEntryDetails = ts.server.protocol.CompletionEntryDetails;

const completionPreferences = { includeCompletionsForModuleExports: true, includeCompletionsWithInsertText: true };

function startServer(logRequestTimes = false): InProcessServer {
  const server = new InProcessServer({ pluginProbeLocations: [pluginProbeLocation], logRequestTimes });
  server.request('configure', { preferences: completionPreferences });
  return server;
}

function diagnosticsOf(server: InProcessServer, file: string): Diagnostic[] {
  return server.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
}

const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ code, source, start, text }) => ({ code, source, line: start.line, offset: start.offset, text }));

const tsError = {
  code: 2322,
  source: undefined,
  line: 4,
  offset: 14,
  text: "Type 'string' is not assignable to type 'number'.",
};
const legacyModuleFinding = {
  code: 93001,
  source: 'ssot',
  line: 1,
  offset: 23,
  text: "Import 'Thing' from './core/thing', not from legacy module './legacy-thing'.",
};
const legacyNameFinding = {
  code: 93001,
  source: 'ssot',
  line: 2,
  offset: 26,
  text: "Import 'Thing' (legacy name 'OldThing') from './core/thing', not from legacy module './core/mixed'.",
};

function fixesAt(server: InProcessServer, file: string, diagnostic: Diagnostic): CodeFixAction[] {
  return server.request<CodeFixAction[]>('getCodeFixes', {
    file,
    startLine: diagnostic.start.line,
    startOffset: diagnostic.start.offset,
    endLine: diagnostic.end.line,
    endOffset: diagnostic.end.offset,
    errorCodes: [diagnostic.code],
  });
}

function completionAtEnd(server: InProcessServer, file: string, text: string): CompletionInfo {
  const line = text.split('\n')[0] ?? '';
  return server.request<CompletionInfo>('completionInfo', { file, line: 1, offset: line.length + 1 });
}

describe('ts-plugin-ssot in tsserver\'s Session (real protocol, real plugin loading)', () => {
  let project: ReturnType<typeof writeFixtureProject>;
  let server: InProcessServer;
  let app: string;

  beforeAll(() => {
    project = writeFixtureProject('ts-plugin-session');
    app = project.file('src/app.ts');
    server = startServer();
    server.open(app);
  });
  afterAll(() => {
    server?.close();
    removeDir(project.dir);
  });

  it('is loaded from the tsconfig plugins entry through require()', () => {
    expect(server.logs.some((line) => line.includes('[ts-plugin-ssot] active for') && line.includes(project.dir))).toBe(
      true,
    );
  });

  it('appends one diagnostic per finding to TypeScript\'s own, with source "ssot" and ESLint\'s message', () => {
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding, legacyNameFinding]);
  });

  it('lists every check\'s code in getSupportedCodeFixes asked without a file, as editors ask', () => {
    const codes = server.request<string[]>('getSupportedCodeFixes');
    expect(codes).toEqual(expect.arrayContaining(['93001', '93002', '93003', '93004', '93005']));
    expect(codes).toContain('2304'); // TypeScript's own are still there
  });

  it('offers the safe fix of a finding as a code action, with a fix-all id; imports that merge fix together', () => {
    const [, first, second] = diagnosticsOf(server, app);
    const firstFixes = fixesAt(server, app, first as Diagnostic);
    expect(firstFixes).toHaveLength(1);
    expect(firstFixes[0]).toMatchObject({
      fixName: 'ssot/canonical-import',
      description: 'Fix this ssot/canonical-import problem and 1 more it shares an edit with',
      fixId: 'ssot/canonical-import',
      fixAllDescription: 'Fix all ssot/canonical-import problems in this file',
    });
    // Both imports move to ./core/thing, so they gather in one declaration: each finding's fix is that one edit.
    const edits = (firstFixes[0]?.changes ?? []).flatMap((change) => change.textChanges);
    expect(applyCodeEdits(appText, edits)).toBe(appTextFixed);
    const secondEdits = fixesAt(server, app, second as Diagnostic).flatMap((fix) =>
      fix.changes.flatMap((change) => change.textChanges),
    );
    expect(applyCodeEdits(appText, secondEdits)).toBe(appTextFixed);
  });

  it('fixes every finding of a check in the file with getCombinedCodeFix and our fix id', () => {
    const combined = server.request<{ changes: FileCodeEdits[] }>('getCombinedCodeFix', {
      scope: { type: 'file', args: { file: app } },
      fixId: 'ssot/canonical-import',
    });
    expect(combined.changes.map((change) => change.fileName)).toEqual([app]);
    expect(applyCodeEdits(appText, combined.changes[0]?.textChanges ?? [])).toBe(appTextFixed);
  });

  it('still answers TypeScript\'s own fix ids after ours', () => {
    const missing = project.file('src/missing.ts');
    server.open(missing);
    const combined = server.request<{ changes: FileCodeEdits[] }>('getCombinedCodeFix', {
      scope: { type: 'file', args: { file: missing } },
      fixId: 'fixMissingImport',
    });
    const text = fs.readFileSync(missing, 'utf8');
    expect(applyCodeEdits(text, combined.changes[0]?.textChanges ?? [])).toContain('from "./core/thing"');
  });

  it('steers TypeScript\'s missing-import quick fix to the canonical module', () => {
    const missing = project.file('src/missing.ts');
    server.open(missing);
    const [cannotFind] = diagnosticsOf(server, missing);
    expect(cannotFind?.code).toBe(2304);
    const descriptions = fixesAt(server, missing, cannotFind as Diagnostic).map((fix) => fix.description);
    expect(descriptions).toContain('Add import from "./core/thing"');
    expect(descriptions.filter((description) => description.includes('legacy-thing'))).toEqual([]);
  });

  it('steers auto-import completions to the canonical module and sorts a legacy name last, deprecated', () => {
    const complete = project.file('src/complete.ts');
    server.open(complete);
    const { entries } = completionAtEnd(server, complete, fs.readFileSync(complete, 'utf8'));
    const thing = entries.find((entry) => entry.name === 'Thing');
    expect(thing).toMatchObject({ source: './core/thing', sortText: '16' });
    expect(thing?.kindModifiers?.split(',')).not.toContain('deprecated');
    const oldThing = entries.find((entry) => entry.name === 'OldThing');
    expect(oldThing).toMatchObject({ source: './core/mixed', sortText: 'z16' });
    expect(oldThing?.kindModifiers?.split(',')).toContain('deprecated');
  });

  it('keeps a module that only shares its file name with a legacy module importable', () => {
    const complete = project.file('src/complete-gadget.ts');
    server.open(complete);
    const { entries } = completionAtEnd(server, complete, fs.readFileSync(complete, 'utf8'));
    const gadget = entries.find((entry) => entry.name === 'Gadget');
    expect(gadget).toMatchObject({ source: './other/legacy-thing', sortText: '16' });
    expect(gadget?.kindModifiers?.split(',')).not.toContain('deprecated');
  });

  it('keeps a legacy module that still holds its own code importable for that code', () => {
    const complete = project.file('src/complete-helper.ts');
    server.open(complete);
    const { entries } = completionAtEnd(server, complete, fs.readFileSync(complete, 'utf8'));
    const helper = entries.find((entry) => entry.name === 'Helper');
    expect(helper).toMatchObject({ source: './core/mixed', sortText: '16' });
    expect(helper?.kindModifiers?.split(',')).not.toContain('deprecated');
  });

  it('writes the canonical import in completionEntryDetails', () => {
    const complete = project.file('src/complete.ts');
    const text = fs.readFileSync(complete, 'utf8');
    const { entries } = completionAtEnd(server, complete, text);
    const thing = entries.find((entry) => entry.name === 'Thing');
    const [details] = server.request<CompletionEntryDetails[]>('completionEntryDetails', {
      file: complete,
      line: 1,
      offset: (text.split('\n')[0] ?? '').length + 1,
      entryNames: [{ name: 'Thing', source: thing?.source, data: thing?.data }],
    });
    const edits = (details?.codeActions ?? []).flatMap((action) => action.changes.flatMap((change) => change.textChanges));
    expect(applyCodeEdits(text, edits)).toBe(`import { Thing } from "./core/thing";\n\n${text}`);
  });

  it('takes a client\'s configurePlugin request: "config" names the config every file is checked against', () => {
    fs.mkdirSync(project.file('alt'), { recursive: true });
    fs.writeFileSync(project.file('alt/ssot.config.json'), '{ "symbols": [] }\n');
    server.request('configurePlugin', { pluginName: 'ts-plugin-ssot', configuration: { config: './alt/ssot.config.json' } });
    expect(server.logs.some((line) => line.includes(`every file of the project is checked against ${project.file('alt/ssot.config.json')}`))).toBe(true);
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError]);
    server.request('configurePlugin', { pluginName: 'ts-plugin-ssot', configuration: {} });
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding, legacyNameFinding]);
  });

  it('never doubles diagnostics when the project is reloaded, twice', () => {
    server.request('reloadProjects');
    server.request('reloadProjects');
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding, legacyNameFinding]);
    expect(server.logs.filter((line) => line.includes('not decorating twice')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('ssot.config.json changes in the editor', () => {
  let project: ReturnType<typeof writeFixtureProject>;
  let server: InProcessServer;
  let app: string;
  const configFile = () => project.file('ssot.config.json');

  beforeAll(() => {
    project = writeFixtureProject('ts-plugin-config');
    app = project.file('src/app.ts');
    server = startServer();
    server.open(app);
  });
  afterAll(() => {
    server?.close();
    removeDir(project.dir);
  });
  afterEach(() => {
    fs.writeFileSync(configFile(), fixtureConfig);
  });

  /** Writes the config, then waits for the plugin's watcher to reload it and tell the editor to refresh. */
  async function editConfig(text: string): Promise<void> {
    const reloads = () => server.logs.filter((line) => line.includes('ssot.config.json changed: reloading')).length;
    const refreshes = () => server.events.filter((event) => event.event === 'projectsUpdatedInBackground').length;
    const [reloadsBefore, refreshesBefore] = [reloads(), refreshes()];
    fs.writeFileSync(configFile(), text);
    await waitFor(
      () => reloads() > reloadsBefore && refreshes() > refreshesBefore,
      20_000,
      'the plugin to reload the config and refresh diagnostics',
    );
  }

  it('takes an edit without a restart and tells the editor to refresh diagnostics', async () => {
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding, legacyNameFinding]);
    await editConfig(fixtureConfigWithoutOldThing);
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding]);
    await editConfig(fixtureConfig);
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding, legacyNameFinding]);
  });

  it('keeps TypeScript\'s diagnostics under a broken config and adds one naming the problem; a fix brings all back', async () => {
    await editConfig('{\n  "symbols": [\n    { "name": "Thing" "module": "./src/core/thing" }\n  ]\n}\n');
    const diagnostics = diagnosticsOf(server, app);
    expect(diagnostics.map(({ code, source }) => ({ code, source }))).toEqual([
      { code: 2322, source: undefined },
      { code: 93000, source: 'ssot' },
    ]);
    const configError = diagnostics[1] as Diagnostic;
    expect(configError.start).toEqual({ line: 1, offset: 1 });
    expect(configError.end).toEqual({ line: 1, offset: 1 });
    expect(configError.text).toContain(`${configFile()} has an error; ssot checks cannot run until it is fixed.`);
    expect(configError.text).toMatch(/ssot\.config\.json:3:\d+: .*comma expected/i);
    expect(configError.relatedInformation?.[0]?.span).toMatchObject({ file: configFile(), start: { line: 3 } });
    expect(server.logs.some((line) => line.includes('ssot checks are off until the config is fixed'))).toBe(true);

    await editConfig(fixtureConfig);
    expect(summary(diagnosticsOf(server, app))).toEqual([tsError, legacyModuleFinding, legacyNameFinding]);
  });
});

describe('when the engine throws', () => {
  let project: ReturnType<typeof writeFixtureProject>;
  let server: InProcessServer;
  let restore: (() => void) | undefined;

  beforeAll(() => {
    project = writeFixtureProject('ts-plugin-throws');
    server = startServer();
    server.open(project.file('src/app.ts'));
    server.open(project.file('src/complete.ts'));
    // The engine module the plugin loaded (tsserver require()s the plugin, which requires ssot-core).
    const pluginRequire = createRequire(require.resolve('ts-plugin-ssot', { paths: [pluginProbeLocation] }));
    const engine = pluginRequire(path.join(path.dirname(pluginRequire.resolve('ssot-core')), 'engine.js')) as {
      runCheck: (...args: unknown[]) => unknown;
    };
    const original = engine.runCheck;
    engine.runCheck = () => {
      throw new Error('injected engine failure');
    };
    restore = () => {
      engine.runCheck = original;
    };
  });
  afterAll(() => {
    restore?.();
    server?.close();
    removeDir(project.dir);
  });

  it('keeps TypeScript\'s diagnostics and logs the error', () => {
    expect(summary(diagnosticsOf(server, project.file('src/app.ts')))).toEqual([tsError]);
    expect(
      server.logs.some(
        (line) => line.startsWith('Err:') && line.includes('getSemanticDiagnostics failed') && line.includes('injected engine failure'),
      ),
    ).toBe(true);
  });

  it('keeps completions', () => {
    const complete = project.file('src/complete.ts');
    const { entries } = completionAtEnd(server, complete, fs.readFileSync(complete, 'utf8'));
    expect(entries.find((entry) => entry.name === 'Thing')).toMatchObject({ source: './core/thing' });
  });

  it('keeps TypeScript\'s code fixes for our codes empty rather than failing the request', () => {
    const app = project.file('src/app.ts');
    const fixes = server.request<CodeFixAction[]>('getCodeFixes', {
      file: app,
      startLine: 1,
      startOffset: 23,
      endLine: 1,
      endOffset: 39,
      errorCodes: [93001],
    });
    expect(fixes).toEqual([]);
    const combined = server.request<{ changes: unknown[] }>('getCombinedCodeFix', {
      scope: { type: 'file', args: { file: app } },
      fixId: 'ssot/canonical-import',
    });
    expect(combined.changes).toEqual([]);
  });
});

describe('SSOT_TS_PLUGIN_DISABLE=1', () => {
  let project: ReturnType<typeof writeFixtureProject>;
  let server: InProcessServer;

  beforeAll(() => {
    project = writeFixtureProject('ts-plugin-disabled');
    process.env.SSOT_TS_PLUGIN_DISABLE = '1';
    try {
      server = startServer();
      server.open(project.file('src/app.ts'));
      server.open(project.file('src/complete.ts'));
      diagnosticsOf(server, project.file('src/app.ts')); // the project (and the plugin) load here
    } finally {
      delete process.env.SSOT_TS_PLUGIN_DISABLE;
    }
  });
  afterAll(() => {
    server?.close();
    removeDir(project.dir);
  });

  it('leaves the language service as TypeScript made it', () => {
    expect(summary(diagnosticsOf(server, project.file('src/app.ts')))).toEqual([tsError]);
    expect(server.logs.some((line) => line.includes('[ts-plugin-ssot] disabled by SSOT_TS_PLUGIN_DISABLE=1'))).toBe(true);
  });

  it('leaves auto-import unsteered: TypeScript picks the legacy shim on its own', () => {
    const complete = project.file('src/complete.ts');
    const { entries } = completionAtEnd(server, complete, fs.readFileSync(complete, 'utf8'));
    expect(entries.find((entry) => entry.name === 'Thing')).toMatchObject({ source: './legacy-thing' });
  });
});

describe('request times in tsserver\'s log', () => {
  let project: ReturnType<typeof writeFixtureProject>;
  const pluginTimes = (server: InProcessServer) =>
    server.logs.filter((line) => /^Perf: \[ts-plugin-ssot\] getSemanticDiagnostics: \d+\.\d{3} ms$/.test(line));

  beforeAll(() => {
    project = writeFixtureProject('ts-plugin-request-times');
  });
  afterAll(() => {
    removeDir(project.dir);
  });

  it('logs the time of the plugin\'s own part of each request when tsserver logs request times', () => {
    const server = startServer(true);
    try {
      server.open(project.file('src/app.ts'));
      diagnosticsOf(server, project.file('src/app.ts'));
      diagnosticsOf(server, project.file('src/app.ts'));
      expect(pluginTimes(server)).toHaveLength(2);
    } finally {
      server.close();
    }
  });

  it('times nothing at the normal log level', () => {
    const server = startServer();
    try {
      server.open(project.file('src/app.ts'));
      diagnosticsOf(server, project.file('src/app.ts'));
      expect(server.logs.filter((line) => line.startsWith('Perf:'))).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('auto-import never steers onto a worse path than the legacy one it would hide', () => {
  // A module move whose canonical home exports another declaration under one of the moved names (as `rxjs`
  // exports a `merge` that is not the `merge` of `rxjs/operators`): hiding the legacy module would make
  // TypeScript offer the declaring file itself (an internal path). The legacy module stays offered, deprecated.
  let dir: string;
  let server: InProcessServer;
  beforeAll(() => {
    dir = makeTempDir('ts-plugin-worse-path');
    writeFiles(dir, {
      'package.json': '{ "private": true }\n',
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler', noEmit: true, types: [], plugins: [{ name: 'ts-plugin-ssot' }] },
        include: ['src'],
      }),
      'ssot.config.json': '{ "modules": [{ "legacy": "./src/ops", "canonical": "./src/main" }] }\n',
      'src/internal/merge-operator.ts': "export function merge(): string {\n  return 'operator';\n}\n",
      'src/internal/merge-creation.ts': "export function merge(): string {\n  return 'creation';\n}\n",
      'src/ops.ts': "export { merge } from './internal/merge-operator';\n",
      'src/main.ts': "export { merge } from './internal/merge-creation';\n",
      'src/use.ts': 'export const m = merg\n',
    });
    server = startServer();
  });
  afterAll(() => {
    server?.close();
    removeDir(dir);
  });

  it('offers the legacy path, deprecated, and never the internal file of the declaration', () => {
    const use = path.join(dir, 'src/use.ts');
    server.open(use);
    const { entries } = completionAtEnd(server, use, fs.readFileSync(use, 'utf8'));
    const sources = entries.filter((entry) => entry.name === 'merge').map((entry) => entry.source);
    expect(sources).toContain('./ops');
    expect(sources).not.toContain('./internal/merge-operator');
    expect(entries.find((entry) => entry.source === './ops')?.kindModifiers?.split(',')).toContain('deprecated');
  });
});
