import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit/run-audit';
import type { AuditReport } from '../src/report/audit-report';
import { fixturePath } from './helpers';

function auditFixture(): AuditReport {
  return runAudit({ tsconfig: path.join(fixturePath('discovery'), 'tsconfig.json') }).report;
}

describe('discovery (no config)', () => {
  const report = auditFixture();
  const { discovery } = report;

  it('has no migration without a config, and counts only project source files', () => {
    expect(report.migration).toBeNull();
    expect(report.project.files).toBe(13);
  });

  it('lists every module path to an export with its re-export chain, the declaring module first', () => {
    const store = discovery.multiPathExports.find((found) => found.name === 'Store');

    expect(store).toEqual({
      name: 'Store',
      kind: 'class',
      declaredIn: 'src/core/store.ts',
      paths: [
        { module: 'src/core/store.ts', exportName: 'Store', hops: 0, chain: [{ module: 'src/core/store.ts', name: 'Store' }] },
        {
          module: 'src/legacy/store.ts',
          exportName: 'LegacyStore',
          hops: 1,
          chain: [
            { module: 'src/legacy/store.ts', name: 'LegacyStore' },
            { module: 'src/core/store.ts', name: 'Store' },
          ],
        },
        {
          module: 'src/local.ts',
          exportName: 'LocalStore',
          hops: 1,
          chain: [
            { module: 'src/local.ts', name: 'LocalStore' },
            { module: 'src/core/store.ts', name: 'Store' },
          ],
        },
        {
          module: 'src/legacy/old.ts',
          exportName: 'Store',
          hops: 2,
          chain: [
            { module: 'src/legacy/old.ts', name: 'Store' },
            { module: 'src/legacy/store.ts', name: 'LegacyStore' },
            { module: 'src/core/store.ts', name: 'Store' },
          ],
        },
        {
          module: 'src/index.ts',
          exportName: 'Store',
          hops: 3,
          chain: [
            { module: 'src/index.ts', name: 'Store' },
            { module: 'src/legacy/old.ts', name: 'Store' },
            { module: 'src/legacy/store.ts', name: 'LegacyStore' },
            { module: 'src/core/store.ts', name: 'Store' },
          ],
        },
      ],
    });
  });

  it('does not list exports with one path', () => {
    expect(discovery.multiPathExports.map((found) => found.name)).toEqual(['Store']);
  });

  it('lists re-export chains longer than one hop, longest first', () => {
    expect(discovery.reexportChains.map((chain) => [chain.module, chain.hops])).toEqual([
      ['src/index.ts', 3],
      ['src/legacy/old.ts', 2],
    ]);
  });

  it('finds interfaces implemented by more than one class, explicitly or structurally', () => {
    expect(discovery.sharedInterfaces).toEqual([
      {
        name: 'Repository',
        module: 'src/core/repository.ts',
        line: 1,
        implementations: [
          { name: 'MemoryStore', module: 'src/core/memory-store.ts', line: 2, how: 'structural' },
          { name: 'Store', module: 'src/core/store.ts', line: 3, how: 'explicit' },
        ],
      },
    ]);
  });

  it('skips trivial interfaces (fewer than two required members) and classes whose member types differ', () => {
    const names = discovery.sharedInterfaces.map((shared) => shared.name);
    const repository = discovery.sharedInterfaces[0];

    expect(names).not.toContain('Named');
    expect(repository?.implementations.map((impl) => impl.name)).not.toContain('NumberStore');
  });

  it('finds classes and functions of the same name in several modules, overloads counted once', () => {
    expect(discovery.duplicateNames).toEqual([
      {
        name: 'format',
        declarations: [
          { module: 'src/a/format.ts', line: 1, kind: 'function' },
          { module: 'src/b/format.ts', line: 1, kind: 'function' },
        ],
      },
      {
        name: 'Helper',
        declarations: [
          { module: 'src/a/format.ts', line: 5, kind: 'class' },
          { module: 'src/b/format.ts', line: 7, kind: 'class' },
        ],
      },
      {
        name: 'Widget',
        declarations: [
          { module: 'src/a/widget.ts', line: 1, kind: 'class' },
          { module: 'src/b/widget.ts', line: 1, kind: 'class' },
        ],
      },
    ]);
  });

  it('names an `export default class` by its own name, not its export name `default`', () => {
    const names = discovery.duplicateNames.map((duplicate) => duplicate.name);

    expect(names).not.toContain('default');
    expect(names).not.toContain('Panel');
  });

  it('leaves test files out (the default testFiles globs): their re-exports, implementations and names', () => {
    const modules = [
      ...discovery.multiPathExports.flatMap((found) => found.paths.map((exportPath) => exportPath.module)),
      ...discovery.sharedInterfaces.flatMap((shared) => shared.implementations.map((impl) => impl.module)),
      ...discovery.duplicateNames.flatMap((duplicate) => duplicate.declarations.map((declaration) => declaration.module)),
    ];

    expect(modules.filter((module) => module.endsWith('.spec.ts'))).toEqual([]);
  });

  it('names each discovery figure', () => {
    expect(report.figures).toEqual({
      'discovery.multiPathExports': 1,
      'discovery.sharedInterfaces': 1,
      'discovery.duplicateNames': 3,
      'discovery.reexportChains': 2,
    });
  });
});

describe('discovery under an ssot.config.json', () => {
  const { discovery } = runAudit({ tsconfig: path.join(fixturePath('discovery-config'), 'tsconfig.json') }).report;

  it('leaves out the files of its testFiles and ignore globs, which replace the default test globs', () => {
    expect(discovery.duplicateNames).toEqual([
      {
        name: 'Thing',
        declarations: [
          { module: 'src/a.ts', line: 1, kind: 'class' },
          { module: 'src/b.spec.ts', line: 1, kind: 'class' },
        ],
      },
    ]);
  });
});
