/** Where an audit says how far it is. */
export interface Progress {
  /** A new phase, e.g. "building the program". */
  phase(label: string): void;
  /** `done` of `total` items of the current phase. */
  step(done: number, total: number): void;
  /** Clears the line; nothing more is written. */
  end(): void;
}

export const silentProgress: Progress = { phase: () => undefined, step: () => undefined, end: () => undefined };

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

interface ProgressOptions {
  /** Nothing is shown before this many milliseconds: short runs stay quiet. */
  readonly delayMs?: number;
  /** At most one redraw per this many milliseconds. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

/**
 * One line on stderr, redrawn in place (`\r`, erase line), only when stderr is a terminal: piped output and CI
 * logs never see it.
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  if (!stream.isTTY) return silentProgress;
  const { delayMs = 300, intervalMs = 80, now = Date.now } = options;
  const startedAt = now();
  let label = '';
  let lastDrawAt = Number.NEGATIVE_INFINITY;
  let shown = false;
  const draw = (text: string, force: boolean): void => {
    const time = now();
    if (time - startedAt < delayMs || (!force && time - lastDrawAt < intervalMs)) return;
    lastDrawAt = time;
    shown = true;
    stream.write(`\r\x1b[2K${text}`);
  };
  return {
    phase(next) {
      label = next;
      draw(`ssot audit: ${label}`, true);
    },
    step(done, total) {
      draw(`ssot audit: ${label} ${done}/${total}`, done === total);
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
