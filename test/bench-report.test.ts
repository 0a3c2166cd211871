import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run bench`; its shape is checked by use here.
import { targetsOf } from '../bench/lib/report.mjs';
// @ts-expect-error -- the same.
import { pairedTargetFigures } from '../bench/lib/paired-by-file.mjs';

// How the benchmark states a target: met or not by the medians, and for a ratio of two ESLint variants the
// range of the per-round ratios, so a verdict that the machine's noise could turn is marked as such.

interface Target {
  value: number | null;
  met: boolean | null;
  rounds?: { min: number; max: number };
  settled?: boolean | null;
}

/** Results with only the figures targetsOf reads: the ESLint variants' times, and (d) / (a) from their medians. */
function resultsWith(floor: number[], ssot: number[], ratioOverFloor: number) {
  const variant = (times: number[]) => ({ timesMs: times, cpuTimesMs: times });
  const ids = ['floor', 'noopRule', 'coreRule', 'importX', 'ssot', 'noopRuleSharedContext', 'ssotSharedContext', 'typedFloor', 'typedNoopRule', 'typedSsot', 'typedSsotSharedContext'];
  const variants = Object.fromEntries(ids.map((id) => [id, variant(floor)]));
  variants.ssot = variant(ssot);
  return { eslint: { ratioOverFloor, variants } };
}

const ratioOverFloor = (results: object): Target => (targetsOf(results) as Record<string, Target>)['eslint.ratioOverFloor'];

describe('benchmark targets', () => {
  it('is settled when every round agrees with the medians', () => {
    const target = ratioOverFloor(resultsWith([100, 100, 100], [105, 110, 112], 1.1));
    expect(target).toMatchObject({ value: 1.1, met: true, rounds: { min: 1.05, max: 1.12 }, settled: true });
  });

  it('is not settled when some rounds meet the target and some do not', () => {
    const target = ratioOverFloor(resultsWith([100, 100, 100], [104, 110, 130], 1.1));
    expect(target).toMatchObject({ met: true, rounds: { min: 1.04, max: 1.3 }, settled: false });
  });

  it('pairs the runs of one round: a slow round slows both variants and does not widen the range', () => {
    const target = ratioOverFloor(resultsWith([100, 200, 100], [120, 240, 120], 1.2));
    expect(target).toMatchObject({ met: false, rounds: { min: 1.2, max: 1.2 }, settled: true });
  });
});

describe('tsserver targets', () => {
  /** The bench's results with a p95 added latency and its bootstrap range. */
  const addedP95 = (addedMsP95: number, interval: { low: number; high: number }): Target =>
    (targetsOf({ ...resultsWith([100], [100], 1), tsserver: { addedMsP95, addedMsP95Interval: interval } }) as Record<string, Target>)[
      'tsserver.addedMsP95'
    ];

  it('is settled when the whole bootstrap range meets the target', () => {
    expect(addedP95(8, { low: 2, high: 13 })).toMatchObject({ value: 8, met: true, rounds: { min: 2, max: 13 }, settled: true });
  });

  it('is not settled when the bootstrap range spans the target', () => {
    expect(addedP95(8, { low: -20, high: 40 })).toMatchObject({ met: true, settled: false });
  });

  it('is not met, and settled, when the whole range misses the target', () => {
    expect(addedP95(30, { low: 18, high: 45 })).toMatchObject({ met: false, settled: true });
  });
});

describe('targets paired file by file', () => {
  /** A ratio's paired figures (median and per-round range) as `npm run bench` records them. */
  const ssotOverCore = (median: number, low: number, high: number): Target => {
    const ratio = { median, low, high };
    const figures = {
      ratios: { noopOverFloor: ratio, coreOverFloor: ratio, ssotOverNoop: ratio, ssotOverCore: ratio },
    };
    const paired = { untyped: pairedTargetFigures(figures), typed: pairedTargetFigures(figures) };
    return (targetsOf({ ...resultsWith([100], [100], 1), paired }) as Record<string, Target>)['paired.untyped.ssotOverCore'];
  };

  it('is not met, and settled, when every round of the pairing misses the target', () => {
    expect(ssotOverCore(1.09, 1.08, 1.13)).toMatchObject({ value: 1.09, met: false, rounds: { min: 1.08, max: 1.13 }, settled: true });
  });

  it('is not settled when the rounds fall on both sides of the target', () => {
    expect(ssotOverCore(1.01, 0.98, 1.04)).toMatchObject({ met: false, settled: false });
  });

  it('is met, and settled, when no round exceeds the target', () => {
    expect(ssotOverCore(0.97, 0.95, 1)).toMatchObject({ met: true, settled: true });
  });
});
