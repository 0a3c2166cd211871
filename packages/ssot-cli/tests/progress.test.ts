import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe('createProgress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    const progress = createProgress(stream, { delayMs: 0, now: () => 1000 });

    progress.phase('checking files');
    progress.step(3, 3);
    progress.end();

    expect(writes).toEqual([]);
  });

  it('redraws one line in place on a terminal, and clears it at the end', () => {
    const { stream, writes } = fakeStream(true);
    let time = 0;
    const progress = createProgress(stream, { delayMs: 0, intervalMs: 10, now: () => time });

    progress.phase('checking files');
    time = 5;
    progress.step(1, 3); // within the interval: skipped
    time = 20;
    progress.step(2, 3);
    time = 21;
    progress.step(3, 3); // the last step is always drawn
    progress.end();

    expect(writes).toEqual([
      '\r\x1b[2Kssot audit: checking files',
      '\r\x1b[2Kssot audit: checking files 2/3',
      '\r\x1b[2Kssot audit: checking files 3/3',
      '\r\x1b[2K',
    ]);
  });

  it('stays quiet on runs shorter than the delay', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress(stream, { delayMs: 300, now: () => 100 });

    progress.phase('building the program');
    progress.step(1, 1);
    progress.end();

    expect(writes).toEqual([]);
  });
});
