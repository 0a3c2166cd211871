// The added latency of the editor plugin, from the edits of several pairs of servers pooled together.
//
// One tsserver answers a single-character edit of the 300-line file in anything from 20 to 140 ms, as its
// garbage collector and the new program's checker happen to fall. The p95 of one pair's 30 edits is about the
// second-slowest edit of each server, so one pair's p95 difference swings by tens of milliseconds either way.
// Pooling the pairs' edits and asking how far resampling moves the figure gives an estimate, and its spread.
import { createRandom } from '../generator/random.mjs';
import { addedAt, percentile } from '../../packages/ts-plugin-ssot/bench/tsserver-latency.mjs';

export { addedAt };

const RESAMPLES = 1000;

/** Every pair's samples of one kind (`edited` or `unchanged`), joined per server and sorted. */
export function poolSamples(measurements, kind) {
  const pool = (server) => measurements.flatMap((measurement) => measurement.samples[kind][server]).sort((a, b) => a - b);
  return { off: pool('off'), on: pool('on') };
}

/**
 * The range that holds the middle 95% of `addedAt(samples, p)` over `RESAMPLES` bootstrap resamples (each server's
 * list drawn again with replacement, from a fixed seed so the same samples give the same range).
 */
export function addedInterval(samples, p, seed = 1) {
  const random = createRandom(seed);
  const redraw = (list) => Array.from(list, () => list[random.int(list.length)]).sort((a, b) => a - b);
  const estimates = Array.from({ length: RESAMPLES }, () => addedAt({ off: redraw(samples.off), on: redraw(samples.on) }, p));
  estimates.sort((a, b) => a - b);
  return { low: percentile(estimates, 2.5), high: percentile(estimates, 97.5) };
}
