import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/report/audit-report';
import { writeFiles } from '../../ts-plugin-ssot/tests/helpers/paths';
import { copyExample, removeCopy, repoRoot, runSsot } from './helpers';

/**
 * The audit counts what the rules report: its totals come from the engine, never from a count of its own. Each
 * project is linted by the real ESLint CLI (all five rules, with type information) and audited; per check, the
 * number of ESLint messages equals the audit's figure.
 */
const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

const TYPED_CONFIG = `import tseslint from 'typescript-eslint';
import ssot from 'eslint-plugin-ssot';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  ssot.configs['recommended-type-checked'],
];
`;

function eslintCounts(dir: string): Record<string, number> {
  const result = spawnSync(process.execPath, [eslintBin, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint failed (${result.status}): ${result.stderr}`);
  const counts: Record<string, number> = {};
  for (const file of JSON.parse(result.stdout) as { messages: { ruleId: string | null }[] }[]) {
    for (const { ruleId } of file.messages) if (ruleId?.startsWith('ssot/')) counts[ruleId] = (counts[ruleId] ?? 0) + 1;
  }
  return counts;
}

function audit(dir: string): AuditReport {
  const run = runSsot(['audit', '.', '--json'], { cwd: dir });
  if (run.status !== 0) throw new Error(`ssot audit failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as AuditReport;
}

/** The audit's figure for each rule's findings. */
function auditCounts(report: AuditReport): Record<string, number> {
  const totals = report.migration?.totals;
  if (!totals) throw new Error('the audit found no config');
  return {
    'ssot/canonical-import': totals.legacyImports,
    'ssot/use-factory': totals.directInstantiations + totals.subclasses,
    'ssot/shim-purity': totals.shimViolations,
    'ssot/protocol-conformance': totals.signatureDivergences,
    'ssot/single-implementation': totals.excessImplementations,
  };
}

const withZeros = (counts: Record<string, number>) => ({
  'ssot/canonical-import': 0,
  'ssot/use-factory': 0,
  'ssot/shim-purity': 0,
  'ssot/protocol-conformance': 0,
  'ssot/single-implementation': 0,
  ...counts,
});

describe('the audit counts what ESLint reports', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) removeCopy(dir);
  });

  it.each(['websocket-app', 'rxjs-migration'])('examples/%s, all five rules with type information', (example) => {
    const dir = copyExample(example, `parity-${example}`);
    dirs.push(dir);
    fs.rmSync(path.join(dir, 'eslint.config.js'), { force: true });
    fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), TYPED_CONFIG);
    const fromEslint = withZeros(eslintCounts(dir));
    expect(Object.values(fromEslint).some((count) => count > 0)).toBe(true);
    expect(auditCounts(audit(dir))).toEqual(fromEslint);
  });

  describe('a protocol with abstract, ambient, expression, subclass and test-file classes', () => {
    let dir: string;
    let report: AuditReport;
    let fromEslint: Record<string, number>;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'audit-implementations-'));
      dirs.push(dir);
      const files: Record<string, string> = {
        'package.json': '{ "private": true, "type": "module" }\n',
        'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler', noEmit: true, types: [] }, include: ['src'] }),
        'ssot.config.json': JSON.stringify({ symbols: [{ name: 'MemoryStore', module: './src/memory-store', protocol: { module: './src/store', name: 'Store' } }] }),
        'eslint.config.mjs': TYPED_CONFIG,
        'src/store.ts': 'export interface Store {\n  get(key: string): string | undefined;\n}\n',
        'src/memory-store.ts': "import type { Store } from './store';\n\nexport class MemoryStore implements Store {\n  get(key: string): string | undefined {\n    return key;\n  }\n}\n",
        'src/base-store.ts': "import type { Store } from './store';\n\nexport abstract class BaseStore implements Store {\n  abstract get(key: string): string | undefined;\n}\n",
        'src/ambient-store.ts': "import type { Store } from './store';\n\nexport declare class AmbientStore implements Store {\n  get(key: string): string | undefined;\n}\n",
        'src/expression-store.ts': "import type { Store } from './store';\n\nexport const ExpressionStore = class implements Store {\n  get(key: string): string | undefined {\n    return key;\n  }\n};\n",
        'src/sub-store.ts': "import { MemoryStore } from './memory-store';\n\nexport class SubStore extends MemoryStore {}\n",
        'src/fake.test.ts': "import type { Store } from './store';\n\nexport class FakeStore implements Store {\n  get(): string | undefined {\n    return undefined;\n  }\n}\n",
      };
      writeFiles(dir, files);
      fromEslint = withZeros(eslintCounts(dir));
      report = audit(dir);
    });

    it('lists the classes single-implementation counts: concrete, outside tests, subclasses included', () => {
      const store = report.migration?.symbols.find((symbol) => symbol.name === 'MemoryStore');
      expect(store?.protocol?.implementations.map((impl) => [impl.name, impl.module, impl.how])).toEqual([
        ['MemoryStore', 'src/memory-store.ts', 'canonical'],
        ['ExpressionStore', 'src/expression-store.ts', 'explicit'],
        ['SubStore', 'src/sub-store.ts', 'inherited'],
      ]);
    });

    it('totals what ESLint reports, rule by rule', () => {
      expect(fromEslint['ssot/single-implementation']).toBe(2);
      expect(auditCounts(report)).toEqual(fromEslint);
    });
  });
});
