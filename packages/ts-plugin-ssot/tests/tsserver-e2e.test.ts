import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eslintSsotMessages, type EslintMessage } from './helpers/eslint-report';
import { copyExample, pluginProbeLocation, removeDir, typeScriptFiles } from './helpers/paths';
import { applyCodeEdits, applyRangeFix } from './helpers/text-edits';
import { TsServerProcess } from './helpers/tsserver-process';

type Diagnostic = ts.server.protocol.Diagnostic;
type CodeFixAction = ts.server.protocol.CodeFixAction;

/**
 * The contract between the two adapters, checked with the real binaries on a copy of examples/websocket-app:
 * the ESLint CLI with the example's own config, and a tsserver process that loads the plugin from the
 * repository's node_modules (`--globalPlugins ts-plugin-ssot --pluginProbeLocations <repo>`).
 */
const files = typeScriptFiles(path.join(pluginProbeLocation, 'examples', 'websocket-app'));

let copy: string;
let server: TsServerProcess;
let logFile: string;
let eslint: Map<string, EslintMessage[]>;
const diagnostics = new Map<string, Diagnostic[]>();

beforeAll(async () => {
  copy = copyExample('websocket-app', 'ts-plugin-e2e');
  logFile = path.join(copy, 'tsserver.log');
  eslint = eslintSsotMessages(copy);
  server = new TsServerProcess(
    [
      '--globalPlugins',
      'ts-plugin-ssot',
      '--pluginProbeLocations',
      pluginProbeLocation,
      '--disableAutomaticTypingAcquisition',
      '--logVerbosity',
      'requestTime',
      '--logFile',
      logFile,
    ],
    copy,
  );
  for (const file of files) {
    const fileName = path.join(copy, file);
    server.notify('open', { file: fileName });
    const all = await server.request<Diagnostic[]>('semanticDiagnosticsSync', { file: fileName });
    diagnostics.set(file, all.filter((diagnostic) => diagnostic.source === 'ssot'));
  }
}, 180_000);

afterAll(() => {
  server?.kill();
  removeDir(copy);
});

function fixesFor(file: string, diagnostic: Diagnostic): Promise<CodeFixAction[]> {
  return server.request<CodeFixAction[]>('getCodeFixes', {
    file: path.join(copy, file),
    startLine: diagnostic.start.line,
    startOffset: diagnostic.start.offset,
    endLine: diagnostic.end.line,
    endOffset: diagnostic.end.offset,
    errorCodes: [diagnostic.code],
  });
}

/** The diagnostic at exactly the place of an ESLint message. */
function diagnosticAt(file: string, message: EslintMessage): Diagnostic | undefined {
  return diagnostics.get(file)?.find(
    (diagnostic) =>
      diagnostic.start.line === message.line &&
      diagnostic.start.offset === message.column &&
      diagnostic.end.line === message.endLine &&
      diagnostic.end.offset === message.endColumn &&
      diagnostic.text === message.message,
  );
}

describe('a real tsserver process with the plugin, on a copy of examples/websocket-app', () => {
  it('loads the plugin through --globalPlugins', () => {
    expect(fs.readFileSync(logFile, 'utf8')).toContain('[ts-plugin-ssot] active for');
  });

  it('logs the time of its own part of each request, as tsserver logs request times', () => {
    const times = fs.readFileSync(logFile, 'utf8').match(/\[ts-plugin-ssot\] getSemanticDiagnostics: \d+\.\d{3} ms/g);
    expect(times).toHaveLength(files.length);
  });

  it('finds problems in the example at all', () => {
    const total = [...eslint.values()].reduce((sum, messages) => sum + messages.length, 0);
    expect(total).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s: as many ssot diagnostics as ESLint ssot problems', (file) => {
    expect(diagnostics.get(file)?.length).toBe(eslint.get(file)?.length ?? 0);
  });

  it.each(files)('%s: a code fix for each problem ESLint can fix', async (file) => {
    for (const message of (eslint.get(file) ?? []).filter((candidate) => candidate.fix)) {
      const diagnostic = diagnosticAt(file, message);
      expect(diagnostic, `${file}:${message.line}:${message.column} ${message.message}`).toBeDefined();
      const fixes = await fixesFor(file, diagnostic as Diagnostic);
      expect(fixes.map((fix) => fix.fixName)).toContain(message.ruleId);
    }
  });
});

describe('parity: ESLint and tsserver over every file of examples/websocket-app', () => {
  it.each(files)('%s: the same findings (rule, range, message)', (file) => {
    const fromEslint = (eslint.get(file) ?? []).map((message) => ({
      rule: message.ruleId,
      start: [message.line, message.column],
      end: [message.endLine, message.endColumn],
      message: message.message,
    }));
    const fromTsserver = (diagnostics.get(file) ?? []).map((diagnostic) => ({
      rule: ruleOfCode(diagnostic.code),
      start: [diagnostic.start.line, diagnostic.start.offset],
      end: [diagnostic.end.line, diagnostic.end.offset],
      message: diagnostic.text,
    }));
    expect(sortFindings(fromTsserver)).toEqual(sortFindings(fromEslint));
  });

  // An editor asks for the fixes of a range and a code; several findings of one check can share a range (each
  // missing member of a class is reported at its name), so the actions for a range are those of all of them.
  it.each(files)('%s: the same fix and suggestion edits', async (file) => {
    const text = fs.readFileSync(path.join(copy, file), 'utf8');
    const groups = new Map<string, EslintMessage[]>();
    for (const message of eslint.get(file) ?? []) {
      const key = JSON.stringify([message.ruleId, message.line, message.column, message.endLine, message.endColumn]);
      groups.set(key, [...(groups.get(key) ?? []), message]);
    }
    for (const messages of groups.values()) {
      const [first] = messages as [EslintMessage];
      const diagnostic = diagnosticAt(file, first);
      expect(diagnostic).toBeDefined();
      const actions = await fixesFor(file, diagnostic as Diagnostic);
      const apply = (action: CodeFixAction) =>
        applyCodeEdits(text, action.changes.flatMap((change) => change.textChanges));
      const rule = first.ruleId ?? '';
      expect(actions.filter((action) => action.fixName === rule).map(apply)).toEqual(
        messages.flatMap((message) => (message.fix ? [applyRangeFix(text, message.fix)] : [])),
      );
      expect(
        actions
          .filter((action) => action.fixName === `${rule}/suggestion`)
          .map((action) => ({ desc: action.description, text: apply(action) })),
      ).toEqual(
        messages.flatMap((message) =>
          (message.suggestions ?? []).map((suggestion) => ({
            desc: suggestion.desc,
            text: applyRangeFix(text, suggestion.fix),
          })),
        ),
      );
    }
  });
});

describe('fix-all in a file, per check', () => {
  // What one pass of `eslint --fix` applies for one rule: its fixes in order, skipping any that overlaps.
  function applyOnePass(text: string, messages: EslintMessage[]): string {
    const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
    fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let output = '';
    let lastEnd = Number.NEGATIVE_INFINITY;
    let copied = 0;
    for (const fix of fixes) {
      if (fix.range[0] <= lastEnd) continue;
      output += text.slice(copied, fix.range[0]) + fix.text;
      copied = fix.range[1];
      lastEnd = fix.range[1];
    }
    return output + text.slice(copied);
  }

  it.each(files)('%s: getCombinedCodeFix does what one ESLint --fix pass of the rule does', async (file) => {
    const text = fs.readFileSync(path.join(copy, file), 'utf8');
    const rules = new Set((eslint.get(file) ?? []).filter((message) => message.fix).map((message) => message.ruleId ?? ''));
    for (const rule of rules) {
      const combined = await server.request<{ changes: ts.server.protocol.FileCodeEdits[] }>('getCombinedCodeFix', {
        scope: { type: 'file', args: { file: path.join(copy, file) } },
        fixId: rule,
      });
      const edits = combined.changes.flatMap((change) => change.textChanges);
      const expected = applyOnePass(text, (eslint.get(file) ?? []).filter((message) => message.ruleId === rule));
      expect(applyCodeEdits(text, edits)).toBe(expected);
    }
  });
});

const ruleByCode: Record<number, string> = {
  93001: 'ssot/canonical-import',
  93002: 'ssot/use-factory',
  93003: 'ssot/protocol-conformance',
  93004: 'ssot/single-implementation',
  93005: 'ssot/shim-purity',
};

function ruleOfCode(code: number | undefined): string | undefined {
  return code === undefined ? undefined : ruleByCode[code];
}

function sortFindings<T extends { start: unknown[]; message: string }>(findings: T[]): T[] {
  return [...findings].sort((a, b) => JSON.stringify([a.start, a.message]).localeCompare(JSON.stringify([b.start, b.message])));
}
