import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/audit-report';
import { removeCopy, repoRoot, runSsot, writeProject } from './helpers';

/**
 * A monorepo of project references (npm workspaces, `tsc -b`): @acme/core declares `Manager` and exports it from
 * its entry point; @acme/app references it and re-exports it as `AppManager`, the path its own files use. That
 * re-export is one more path to core's class, which only the program of @acme/app sees, and whose declaration is
 * not @acme/app's own: discovery counts it, and `--init` (on @acme/app, or on the solution) makes the package's
 * entry point canonical (the way @acme/app reaches the package), not core's internal module.
 */
const base = { strict: true, module: 'nodenext', composite: true, declaration: true, skipLibCheck: true, types: [] };
const files = {
  'package.json': '{ "private": true, "workspaces": ["packages/*"] }\n',
  'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './packages/core' }, { path: './packages/app' }] }),
  'tsconfig.base.json': JSON.stringify({ compilerOptions: base }),
  'packages/core/package.json': JSON.stringify({
    name: '@acme/core',
    type: 'module',
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  }),
  'packages/core/tsconfig.json': JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'] }),
  'packages/core/src/manager.ts': "export class Manager {\n  send(message: string): string {\n    return `sent ${message}`;\n  }\n}\n",
  'packages/core/src/status.ts': "export type Status = 'open' | 'closed';\n",
  'packages/core/src/index.ts': "export { Manager } from './manager.js';\nexport type { Status } from './status.js';\n",
  'packages/app/package.json': JSON.stringify({ name: '@acme/app', type: 'module', dependencies: { '@acme/core': '*' } }),
  'packages/app/tsconfig.json': JSON.stringify({
    extends: '../../tsconfig.base.json',
    compilerOptions: { rootDir: 'src', outDir: 'dist' },
    include: ['src'],
    references: [{ path: '../core' }],
  }),
  'packages/app/src/managers.ts': "export { Manager as AppManager } from '@acme/core';\n",
  'packages/app/src/main.ts': "import { AppManager } from './managers.js';\n\nconsole.log(new AppManager().send('hello'));\n",
};

let dir: string;
beforeAll(() => {
  dir = writeProject('reference-exports', files);
  linkWorkspace(dir);
});
afterAll(() => removeCopy(dir));

/** What npm's workspaces install: the package linked into node_modules. */
function linkWorkspace(root: string): void {
  fs.mkdirSync(path.join(root, 'node_modules', '@acme'), { recursive: true });
  fs.symlinkSync(path.join('..', '..', 'packages', 'core'), path.join(root, 'node_modules', '@acme', 'core'), 'dir');
}

function audit(args: string[], cwd: string): AuditReport {
  const run = runSsot(['audit', ...args, '--json'], { cwd });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as AuditReport;
}

const coreChain = [
  { module: 'packages/core/src/index.ts', name: 'Manager' },
  { module: 'packages/core/src/manager.ts', name: 'Manager' },
];

describe('an export of a referenced project, re-exported by the project that references it', () => {
  it('is one more path to the declaration, in the audit of the solution', () => {
    const report = audit(['.'], dir);
    expect(report.discovery.multiPathExports).toEqual([
      {
        name: 'Manager',
        kind: 'class',
        declaredIn: 'packages/core/src/manager.ts',
        paths: [
          { module: 'packages/core/src/manager.ts', exportName: 'Manager', chain: coreChain.slice(1), hops: 0 },
          { module: 'packages/core/src/index.ts', exportName: 'Manager', chain: coreChain, hops: 1 },
          {
            module: 'packages/app/src/managers.ts',
            exportName: 'AppManager',
            chain: [{ module: 'packages/app/src/managers.ts', name: 'AppManager' }, ...coreChain],
            hops: 2,
          },
        ],
      },
      {
        name: 'Status',
        kind: 'type',
        declaredIn: 'packages/core/src/status.ts',
        paths: [
          { module: 'packages/core/src/status.ts', exportName: 'Status', chain: [{ module: 'packages/core/src/status.ts', name: 'Status' }], hops: 0 },
          {
            module: 'packages/core/src/index.ts',
            exportName: 'Status',
            chain: [
              { module: 'packages/core/src/index.ts', name: 'Status' },
              { module: 'packages/core/src/status.ts', name: 'Status' },
            ],
            hops: 1,
          },
        ],
      },
    ]);
    expect(report.discovery.reexportChains.map((chain) => `${chain.module}#${chain.exportName} (${chain.hops} hops)`)).toEqual([
      'packages/app/src/managers.ts#AppManager (2 hops)',
    ]);
  });

  it("is listed in the audit of the project that re-exports it, which leaves the other project's own paths to it", () => {
    const report = audit(['.'], path.join(dir, 'packages', 'app'));
    expect(report.discovery.multiPathExports.map(({ name, declaredIn, paths }) => [name, declaredIn, paths.map((p) => p.module)])).toEqual([
      ['Manager', '../core/src/manager.ts', ['../core/src/manager.ts', '../core/src/index.ts', 'src/managers.ts']],
    ]);
  });

  it.each([
    ['on the project that re-exports it', 'packages/app', '../core/src/index.js', './src/managers.js'],
    ['on the solution, from the programs of both projects', '.', './packages/core/src/index', './packages/app/src/managers'],
  ])("makes --init %s propose the package's entry point as canonical, which the fix reaches by the package's name; the fixed code builds and runs", (_, where, canonical, legacy) => {
    const copy = writeProject('reference-exports-init', files);
    try {
      linkWorkspace(copy);
      const cwd = path.join(copy, where);
      const init = runSsot(['audit', '.', '--init'], { cwd });
      expect(init.status, init.stderr).toBe(0);
      expect(init.stdout).toContain(
        `canonical ${canonical}: an entry point of its package (package.json "exports"); other packages pass it on, and reach its package there (no path is @deprecated)`,
      );
      expect(JSON.parse(fs.readFileSync(path.join(cwd, 'ssot.config.json'), 'utf8'))).toMatchObject({
        symbols: [{ name: 'Manager', module: canonical, legacy: [{ module: legacy, name: 'AppManager' }] }],
      });
      const fix = runSsot(['check', '--fix'], { cwd });
      expect(fix.stderr).toBe('ssot check --fix: 1 fix applied; nothing left.\n');
      expect(fix.status).toBe(0);
      expect(fs.readFileSync(path.join(copy, 'packages', 'app', 'src', 'main.ts'), 'utf8')).toBe(
        "import { Manager as AppManager } from '@acme/core';\n\nconsole.log(new AppManager().send('hello'));\n",
      );
      const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], { cwd: copy, encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
      const built = spawnSync(process.execPath, [path.join(copy, 'packages', 'app', 'dist', 'main.js')], { cwd: copy, encoding: 'utf8' });
      expect(built.stdout).toBe('sent hello\n');
    } finally {
      removeCopy(copy);
    }
  });
});
