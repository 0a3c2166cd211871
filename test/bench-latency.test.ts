import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a JavaScript module shared with `npm run bench`; its shape is checked by use here.
import { addedAt, addedInterval, poolSamples } from '../bench/lib/latency-statistics.mjs';

// The editor plugin's added latency: the edits of several pairs of servers pooled, and how far resampling them
// moves the figure, so one pair's slow edit neither decides nor hides the verdict.

interface Samples {
  off: number[];
  on: number[];
}
interface Interval {
  low: number;
  high: number;
}
const added = addedAt as (samples: Samples, p: number) => number;
const interval = addedInterval as (samples: Samples, p: number, seed?: number) => Interval;
const pool = poolSamples as (measurements: { samples: Record<string, Samples> }[], kind: string) => Samples;

/** 1..n ms, plus `shift`. */
const latencies = (n: number, shift = 0) => Array.from({ length: n }, (_, i) => i + 1 + shift);

describe('tsserver latency statistics', () => {
  it('takes the added time at a percentile as the difference of the two servers\' percentiles', () => {
    const samples = { off: latencies(100), on: latencies(100, 4) };
    expect(added(samples, 50)).toBe(4);
    expect(added(samples, 95)).toBe(4);
  });

  it('pools every pair\'s edits of one kind per server, sorted', () => {
    const measurements = [
      { samples: { edited: { off: [30, 50], on: [40, 60] }, unchanged: { off: [1], on: [2] } } },
      { samples: { edited: { off: [20, 90], on: [10, 70] }, unchanged: { off: [3], on: [4] } } },
    ];
    expect(pool(measurements, 'edited')).toEqual({ off: [20, 30, 50, 90], on: [10, 40, 60, 70] });
    expect(pool(measurements, 'unchanged')).toEqual({ off: [1, 3], on: [2, 4] });
  });

  it('gives the same bootstrap range for the same samples and seed, around the estimate', () => {
    const samples = { off: latencies(150), on: latencies(150, 6) };
    const range = interval(samples, 95);
    expect(interval(samples, 95)).toEqual(range);
    expect(range.low).toBeLessThanOrEqual(6);
    expect(range.high).toBeGreaterThanOrEqual(6);
    expect(range.high - range.low).toBeGreaterThan(0);
  });

  it('narrows the range as more edits are pooled', () => {
    const width = ({ low, high }: Interval) => high - low;
    const spread = (n: number) => ({ off: latencies(n).map((ms) => ms * (150 / n)), on: latencies(n).map((ms) => ms * (150 / n) + 5) });
    expect(width(interval(spread(600), 95))).toBeLessThan(width(interval(spread(30), 95)));
  });
});
