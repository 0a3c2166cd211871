import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ts from 'typescript';
import type { AuditReport } from '../packages/ssot-cli/src/report/audit-report';
import { copyReferenceProtocolProject, copyReferencesProject, DIVERGING_FILE } from './helpers/reference-protocol';
import { pluginProbeLocation } from '../packages/ts-plugin-ssot/tests/helpers/paths';
import { TsServerProcess } from '../packages/ts-plugin-ssot/tests/helpers/tsserver-process';
// @ts-expect-error -- a JavaScript module shared with `npm run demo`; its shapes are checked by use here.
import * as runner from '../scripts/lib/example-runner.mjs';

interface Runner {
  repoRoot: string;
  runEslint(args: string[], options?: { cwd?: string }): { status: number; stdout: string; stderr: string };
}
const { repoRoot, runEslint } = runner as Runner;

/*
 * test/fixtures/project-references: a monorepo of TypeScript project references, as `tsc -b` builds it. The
 * workspace package @acme/core (composite, outDir dist) exports `.` and `./legacy` as its built files, whose
 * types are dist/*.d.ts; @acme/app references it and imports `Manager` from '@acme/core/legacy'. The config moves
 * '@acme/core/legacy' to '@acme/core'. Such an import leads to a declaration file of the referenced project,
 * built or not: the module is the source file it is emitted from, as tsserver reads it.
 */
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const ssotBin = path.join(repoRoot, 'packages', 'ssot-cli', 'bin', 'ssot.js');
const main = path.join('packages', 'app', 'src', 'main.ts');

let dir: string;
beforeAll(() => {
  dir = copyReferencesProject(repoRoot);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(bin: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** ssot's findings in an ESLint-shaped JSON report: file, line, column, rule, fix text. */
function findings(report: string): string[] {
  const results = JSON.parse(report) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; fix?: { text: string } }[] }[];
  return results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(dir, result.filePath)}:${m.line}:${m.column} ${m.ruleId} -> ${m.fix?.text ?? '(no fix)'}`),
  );
}

const expected = [`${main}:1:25 ssot/canonical-import -> @acme/core`];

describe('an import of a referenced project, through its package', () => {
  it('is reported before the project is built, by ESLint and by ssot check on either TypeScript', () => {
    expect(fs.existsSync(path.join(dir, 'packages', 'core', 'dist'))).toBe(false);
    const eslint = runEslint(['--format', 'json', '.'], { cwd: dir });
    expect(eslint.stderr).toBe('');
    expect(findings(eslint.stdout)).toEqual(expected);
    for (const typescript of ['6', '7']) {
      const check = run(ssotBin, ['check', '--typescript', typescript, '--format', 'json']);
      expect(check.status, check.output).toBe(1);
      expect(findings(check.output), `ssot check --typescript ${typescript}`).toEqual(expected);
    }
  });

  it('is reported in the editor, by a real tsserver with the plugin, before the build', async () => {
    expect(fs.existsSync(path.join(dir, 'packages', 'core', 'dist'))).toBe(false);
    const server = new TsServerProcess(
      ['--globalPlugins', 'ts-plugin-ssot', '--pluginProbeLocations', pluginProbeLocation, '--disableAutomaticTypingAcquisition'],
      dir,
    );
    try {
      server.notify('open', { file: path.join(dir, main) });
      const diagnostics = await server.request<ts.server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file: path.join(dir, main) });
      expect(diagnostics.map((d) => `${d.start.line}:${d.start.offset} ${d.source ?? 'ts'} ${d.text}`)).toEqual([
        "1:25 ssot Import 'Manager' from '@acme/core', not from legacy module '@acme/core/legacy'.",
      ]);
    } finally {
      server.kill();
    }
  });

  it('is reported the same once built, and its fix builds and runs as before', () => {
    const build = run(tsc, ['-b']);
    expect(build.status, build.output).toBe(0);
    const before = run(path.join(dir, 'packages', 'app', 'dist', 'main.js'), []);
    expect(before).toEqual({ status: 0, output: 'sent hello\n' });
    for (const typescript of ['6', '7']) {
      expect(findings(run(ssotBin, ['check', '--typescript', typescript, '--format', 'json']).output)).toEqual(expected);
    }
    const eslint = runEslint(['--format', 'json', '.'], { cwd: dir });
    expect(findings(eslint.stdout)).toEqual(expected);

    expect(runEslint(['--fix', '.'], { cwd: dir }).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, main), 'utf8')).toBe("import { Manager } from '@acme/core';\n\nconsole.log(new Manager().send('hello'));\n");
    const rebuild = run(tsc, ['-b']);
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(run(path.join(dir, 'packages', 'app', 'dist', 'main.js'), [])).toEqual(before);
  });
});

/*
 * A protocol declared in @acme/core and implemented in @acme/app with a signature that breaks it. The program of
 * @acme/app reads @acme/core's sources where its imports lead to the built declarations, as tsserver and
 * typescript-eslint's project service do: `ssot check` on TypeScript 6 then finds the divergence, built or not,
 * as ESLint with type information and TypeScript 7 do, and the audit counts both implementations.
 */
describe('a protocol of a referenced project, implemented in the project that references it', () => {
  let protocolDir: string;
  beforeAll(() => {
    protocolDir = copyReferenceProtocolProject(repoRoot);
  });
  afterAll(() => fs.rmSync(protocolDir, { recursive: true, force: true }));

  const divergence = `${path.normalize(DIVERGING_FILE)}:4:3 ssot/protocol-conformance -> (no fix)`;
  const inDir = (bin: string, args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: protocolDir, encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr, stdout: result.stdout };
  };
  const relativeFindings = (report: string) =>
    findings(report).map((line) => line.replace(`${path.relative(dir, protocolDir)}${path.sep}`, ''));

  it.each(['unbuilt', 'built'])('is held to the protocol %s, by ESLint with type information and by ssot check on either TypeScript', (state) => {
    if (state === 'built') {
      // tsc -b fails on @acme/app, whose class breaks the interface, once @acme/core is built.
      expect(inDir(tsc, ['-b']).output).toContain("error TS2416: Property 'send' in type 'DevSender'");
      expect(fs.existsSync(path.join(protocolDir, 'packages', 'core', 'dist', 'protocol.d.ts'))).toBe(true);
    }
    const eslint = runEslint(['--format', 'json', '.'], { cwd: protocolDir });
    expect(relativeFindings(eslint.stdout)).toContain(divergence);
    for (const typescript of ['6', '7']) {
      const check = inDir(ssotBin, ['check', '--typescript', typescript, '--format', 'json']);
      expect(check.status, check.output).toBe(1);
      expect(relativeFindings(check.stdout).sort(), `ssot check --typescript ${typescript}`).toEqual(
        relativeFindings(eslint.stdout).sort(),
      );
    }
    const audit = inDir(ssotBin, ['audit', '.', '--json']);
    expect(audit.status, audit.output).toBe(0);
    const report = JSON.parse(audit.stdout) as AuditReport;
    expect([report.figures['symbols.Manager.implementations'], report.figures['symbols.Manager.signatureDivergences']]).toEqual([2, 1]);
    // Discovery, with no config needed, finds the interface of @acme/core implemented in both packages.
    expect(report.discovery.sharedInterfaces).toEqual([
      {
        name: 'Sender',
        module: 'packages/core/src/protocol.ts',
        line: 1,
        implementations: [
          { name: 'DevSender', module: DIVERGING_FILE, line: 3, how: 'explicit' },
          { name: 'Manager', module: 'packages/core/src/manager.ts', line: 1, how: 'structural' },
        ],
      },
    ]);
  });
});
