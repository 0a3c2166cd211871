import * as path from 'node:path';
import type * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_INPUT_EDITS } from '../../../test/helpers/finding-input-edits';
import { eslintSsotMessages } from './helpers/eslint-report';
import { copyExample, pluginProbeLocation, removeDir, typeScriptFiles } from './helpers/paths';
import { TsServerProcess } from './helpers/tsserver-process';

type Diagnostic = ts.server.protocol.Diagnostic;

/**
 * The editor after edits made on disk (a `git checkout`, another tool, a save in another window): a real
 * tsserver process with the plugin keeps the example's files open while each edit of ssot's other inputs lands
 * (the config, the protocol, a canonical module, a shim, a new class). Without a restart, its ssot diagnostics
 * must come to equal a cold ESLint run of the same tree. The edited files are the ones left closed: tsserver
 * reads an open file from the editor, not from disk.
 */
const EDITED = new Set(['src/websocket-core/protocols.ts', 'src/websocket-core/types.ts', 'src/websocket-core/manager.ts']);
/** How long tsserver and the plugin may take to notice a change on disk (their watchers poll at 250 ms to 2 s). */
const SETTLE_MS = 20_000;

let copy: string;
let server: TsServerProcess;
let open: string[];

beforeAll(() => {
  copy = copyExample('websocket-app', 'ts-plugin-disk-edits');
  server = new TsServerProcess(
    ['--globalPlugins', 'ts-plugin-ssot', '--pluginProbeLocations', pluginProbeLocation, '--disableAutomaticTypingAcquisition'],
    copy,
  );
  open = typeScriptFiles(copy).filter((file) => !EDITED.has(file));
  for (const file of open) server.notify('open', { file: path.join(copy, file) });
}, 120_000);

afterAll(() => {
  server?.kill();
  removeDir(copy);
});

/** Findings of the open files as lines (file, position, text), sorted. */
async function tsserverFindings(): Promise<string[]> {
  const lines: string[] = [];
  for (const file of open) {
    const all = await server.request<Diagnostic[]>('semanticDiagnosticsSync', { file: path.join(copy, file) });
    for (const d of all.filter((diagnostic) => diagnostic.source === 'ssot')) {
      lines.push(`${file}:${d.start.line}:${d.start.offset} ${d.text}`);
    }
  }
  return lines.sort();
}

function eslintFindings(): string[] {
  return [...eslintSsotMessages(copy)]
    .filter(([file]) => open.includes(file))
    .flatMap(([file, messages]) => messages.map((m) => `${file}:${m.line}:${m.column} ${m.message}`))
    .sort();
}

/** tsserver's findings once they equal `expected`, or its last ones when SETTLE_MS passes first. */
async function settledFindings(expected: string[]): Promise<string[]> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const found = await tsserverFindings();
    if (JSON.stringify(found) === JSON.stringify(expected) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('a real tsserver process with the plugin, after edits on disk of what findings depend on', () => {
  it('starts equal to ESLint', async () => {
    const expected = eslintFindings();
    expect(expected.length).toBeGreaterThan(0);
    expect(await settledFindings(expected)).toEqual(expected);
  });

  it.each(FINDING_INPUT_EDITS)('$name: equals a cold ESLint run, without a restart', async (edit) => {
    const before = eslintFindings();
    edit.apply(copy);
    const expected = eslintFindings();
    expect(expected).not.toEqual(before);
    expect(await settledFindings(expected)).toEqual(expected);
  });
});
