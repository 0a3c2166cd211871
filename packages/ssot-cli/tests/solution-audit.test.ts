import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/audit-report';
import { removeCopy, runSsot, writeProject } from './helpers';

/**
 * `ssot audit` on a solution-style tsconfig.json (Vite's layout: `"files": []` and references): one program per
 * project it references, reported as one project. tsconfig.node.json lists `src/util` as well, so the app's
 * modules are in both programs: each file counts once, and the figures equal the findings of `ssot check`.
 * `defineConfig` is declared once in each project, so only a search across the programs finds its duplicate.
 */
const options = { strict: true, module: 'preserve', moduleResolution: 'bundler', noEmit: true, types: [] };
const files = {
  'package.json': '{ "private": true }\n',
  'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }] }),
  'tsconfig.app.json': JSON.stringify({ compilerOptions: options, include: ['src'] }),
  'tsconfig.node.json': JSON.stringify({ compilerOptions: options, include: ['vite.config.ts', 'src/util'] }),
  'ssot.config.json': JSON.stringify({
    symbols: [
      {
        name: 'Manager',
        module: './src/core/websocket-manager',
        legacy: [{ module: './src/core/manager' }],
        protocol: { module: './src/core/protocol', name: 'ManagerProtocol', maxImplementations: 1 },
      },
    ],
  }),
  'src/core/protocol.ts': 'export interface ManagerProtocol {\n  send(message: string): void;\n}\n',
  'src/core/websocket-manager.ts':
    "import type { ManagerProtocol } from './protocol';\n\nexport class Manager implements ManagerProtocol {\n  send(message: string): void {\n    console.log(message);\n  }\n}\n",
  'src/core/manager.ts': "export { Manager } from './websocket-manager';\n",
  'src/app.ts': "import { Manager } from './core/manager';\n\nexport function defineConfig(): Manager {\n  return new Manager();\n}\n",
  'src/util/helper.ts': "import { Manager } from '../core/manager';\n\nexport const helper = (): Manager => new Manager();\n",
  'vite.config.ts':
    "import { Manager } from './src/core/manager';\nimport type { ManagerProtocol } from './src/core/protocol';\n\nexport class DevManager implements ManagerProtocol {\n  send(message: string): void {\n    new Manager().send(message);\n  }\n}\n\nexport function defineConfig(): DevManager {\n  return new DevManager();\n}\n",
};

let dir: string;
let report: AuditReport;

beforeAll(() => {
  dir = writeProject('solution-audit', files);
  const run = runSsot(['audit', '.', '--json'], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  report = JSON.parse(run.stdout) as AuditReport;
});
afterAll(() => removeCopy(dir));

describe('ssot audit on a solution-style tsconfig.json', () => {
  it('reads the program of each project it references, and counts each file once, in a report the schema allows', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'audit-report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(report.project).toEqual({ tsconfig: 'tsconfig.json', projects: ['tsconfig.app.json', 'tsconfig.node.json'], files: 6 });
  });

  it('counts the legacy imports of both programs, the file they share once, as ssot check finds them', () => {
    expect(report.figures['totals.legacyImports']).toBe(3);
    expect(report.figures['symbols.Manager.legacyImports[./src/core/manager]']).toBe(3);
    expect(report.figures['totals.filesAffected']).toBe(3);
    const check = runSsot(['check', '--format', 'json'], { cwd: dir });
    const found = (JSON.parse(check.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).flatMap((entry) =>
      entry.messages.map((message) => `${message.ruleId} ${path.relative(dir, entry.filePath)}`),
    );
    expect(found.sort()).toEqual([
      'ssot/canonical-import src/app.ts',
      'ssot/canonical-import src/util/helper.ts',
      'ssot/canonical-import vite.config.ts',
      'ssot/single-implementation vite.config.ts',
    ]);
    expect(report.migration?.totals).toMatchObject({ legacyImports: 3, excessImplementations: 1, signatureDivergences: 0, directInstantiations: 0 });
  });

  it('lists the implementations of a protocol that either program finds, each once', () => {
    const manager = report.migration?.symbols.find((symbol) => symbol.name === 'Manager');
    expect(manager?.protocol?.implementations.map(({ name, module }) => `${name} ${module}`).sort()).toEqual([
      'DevManager vite.config.ts',
      'Manager src/core/websocket-manager.ts',
    ]);
    expect(report.figures['totals.implementations']).toBe(2);
  });

  it('finds a name declared in two projects, which neither program holds twice', () => {
    expect(report.discovery.duplicateNames).toEqual([
      {
        name: 'defineConfig',
        declarations: [
          { module: 'src/app.ts', line: 3, kind: 'function' },
          { module: 'vite.config.ts', line: 10, kind: 'function' },
        ],
      },
    ]);
  });

  it('names the projects in the table', () => {
    const run = runSsot(['audit', '.'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toBe('ssot audit: tsconfig.json (6 files in 2 projects: tsconfig.app.json, tsconfig.node.json)');
  });

  it('proposes with --init one config from the programs of both projects, which counts what the audit counts', () => {
    const copy = writeProject('solution-init', Object.fromEntries(Object.entries(files).filter(([file]) => file !== 'ssot.config.json')));
    try {
      const init = runSsot(['audit', '.', '--init'], { cwd: copy });
      expect(init.stderr).toBe('');
      expect(init.status).toBe(0);
      // vite.config.ts is in the program of tsconfig.node.json only: "3 of the 3" counts the importers of both.
      expect(init.stdout).toBe(
        [
          'Wrote ssot.config.json: 1 symbol(s) to review.',
          '  Manager (./src/core/websocket-manager): 1 legacy path(s)',
          '    canonical ./src/core/websocket-manager: it declares it (no path is @deprecated)',
          "    legacy    ./src/core/manager: another path to it; imported by 3 of the 3 project files that import one of Manager's modules: keep it instead if it is an entry point",
          '',
          'Review it: keep the symbols you mean to consolidate, choose each canonical module, add factories; then',
          'run `ssot audit` to measure the migration and `eslint --fix` (eslint-plugin-ssot) to move the imports.',
          '',
        ].join('\n'),
      );
      const audit = runSsot(['audit', '.', '--json'], { cwd: copy });
      expect(audit.stderr).toBe('');
      expect((JSON.parse(audit.stdout) as AuditReport).figures['symbols.Manager.legacyImports[./src/core/manager]']).toBe(3);
    } finally {
      removeCopy(copy);
    }
  });
});
