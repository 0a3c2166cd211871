import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport, ReportWithRatchet } from '../src/report/audit-report';
import { copyExample, eslintFix, removeCopy, runSsot } from './helpers';

describe('the ratchet: audit, eslint --fix, audit again with --baseline', () => {
  let copy: string;
  let beforeFile: string;
  let afterFile: string;
  let before: AuditReport;
  let after: AuditReport;

  beforeAll(() => {
    copy = copyExample('websocket-app', 'ratchet');
    beforeFile = path.join(copy, 'before.json');
    afterFile = path.join(copy, 'after.json');
    const first = runSsot(['audit', copy, '--json']);
    fs.writeFileSync(beforeFile, first.stdout);
    before = JSON.parse(first.stdout) as AuditReport;
    eslintFix(copy);
    const second = runSsot(['audit', copy, '--json']);
    fs.writeFileSync(afterFile, second.stdout);
    after = JSON.parse(second.stdout) as AuditReport;
  });
  afterAll(() => removeCopy(copy));

  it('starts with legacy imports and direct instantiations', () => {
    expect(before.migration?.totals.legacyImports).toBeGreaterThan(0);
    expect(before.migration?.totals.directInstantiations).toBeGreaterThan(0);
  });

  it('shows 0 legacy imports and 0 direct instantiations after eslint --fix', () => {
    expect(after.migration?.totals.legacyImports).toBe(0);
    expect(after.migration?.totals.directInstantiations).toBe(0);
    for (const symbol of after.migration?.symbols ?? []) {
      expect(symbol.legacyImports.byPath.map((p) => p.count).every((count) => count === 0)).toBe(true);
    }
  });

  it('keeps what --fix cannot change: the six implementations and the shims', () => {
    expect(after.figures['totals.implementations']).toBe(6);
    expect(after.figures['totals.shims']).toBe(before.figures['totals.shims']);
  });

  it('prints each figure before -> after against the first report, and passes when none rose', () => {
    const result = runSsot(['audit', copy, '--baseline', beforeFile]);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Since .*before\.json$/m);
    expect(result.stdout).toMatch(/^ {2}figure +before -> after +change$/m);
    expect(result.stdout).toMatch(new RegExp(`^ {2}totals\\.legacyImports +${before.figures['totals.legacyImports']} -> 0 +▼ -\\d+$`, 'm'));
    expect(result.stdout).toMatch(/^ {2}totals\.directInstantiations +\d+ -> 0 +▼ -\d+$/m);
    expect(result.stdout).toMatch(/^ {2}totals\.implementations +6 -> 6 += *$/m);
    expect(result.stdout).toContain('OK: no figure rose, every limit holds');
  });

  it('fails with exit 1 when a figure rose since the baseline, and says which on stderr', () => {
    const result = runSsot(['audit', 'examples/websocket-app', '--baseline', afterFile, '--json']);
    const report = JSON.parse(result.stdout) as ReportWithRatchet;

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^ssot audit: totals\.legacyImports rose: 0 -> \d+$/m);
    expect(report.ratchet?.violations).toContain(`totals.legacyImports rose: 0 -> ${before.figures['totals.legacyImports']}`);
    expect(report.ratchet?.changes.find((change) => change.figure === 'totals.legacyImports')).toEqual({
      figure: 'totals.legacyImports',
      before: 0,
      after: before.figures['totals.legacyImports'],
    });
  });

  it('says, when a discovery figure rose, that a newer ssot finding more also raises it, and how to write the baseline again', () => {
    const lowered = path.join(copy, 'lowered.json');
    const figures = { ...after.figures, 'discovery.multiPathExports': (after.figures['discovery.multiPathExports'] ?? 0) - 1 };
    fs.writeFileSync(lowered, JSON.stringify({ ...after, figures }));
    const result = runSsot(['audit', copy, '--baseline', lowered]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `ssot audit: discovery.multiPathExports rose: ${figures['discovery.multiPathExports']} -> ${after.figures['discovery.multiPathExports']}\n` +
        'ssot audit: a discovery figure also rises when a newer ssot finds more of what was already there. ' +
        `Fix: if this change upgrades ssot and not the code, write the baseline again with it (\`ssot audit --json > ${lowered}\`).\n`,
    );
    // A migration figure that rose is the code's doing: no such hint.
    const withFewerShims = path.join(copy, 'fewer-shims.json');
    fs.writeFileSync(withFewerShims, JSON.stringify({ ...after, figures: { ...after.figures, 'totals.shims': (after.figures['totals.shims'] ?? 0) - 1 } }));
    const migrationRose = runSsot(['audit', copy, '--baseline', withFewerShims]);
    expect(migrationRose.status).toBe(1);
    expect(migrationRose.stderr).toBe(`ssot audit: totals.shims rose: ${(after.figures['totals.shims'] ?? 0) - 1} -> ${after.figures['totals.shims']}\n`);
  });

  it('--max-legacy passes at or under the limit and fails above it', () => {
    const legacy = before.figures['totals.legacyImports'] as number;

    expect(runSsot(['audit', copy, '--max-legacy', '0']).status).toBe(0);
    expect(runSsot(['audit', 'examples/websocket-app', '--max-legacy', String(legacy)]).status).toBe(0);
    const over = runSsot(['audit', 'examples/websocket-app', '--max-legacy', String(legacy - 1), '--markdown']);
    expect(over.status).toBe(1);
    expect(over.stdout).toContain(`**Failed:** ${legacy} legacy imports, more than --max-legacy ${legacy - 1}`);
  });
});
