// node bench/concurrency-memory.mjs [--files N] [--runs N] [--seed N]: peak memory, wall and CPU time of the typed
// run (ssot recommended-type-checked over projectService) with ESLint's --concurrency off, 2 and auto, on the
// generated project. Each worker thread builds its own TypeScript program, so memory grows with the workers;
// the figures say by how much, and whether the wall time pays for it. Also part of `npm run bench`.
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateProject } from './generator/index.mjs';
import { measureEslintVariants } from './lib/eslint-variants.mjs';

const CONCURRENCY = ['off', '2', 'auto'];

/** The typed ssot run once per --concurrency value, alternating for `runs` rounds; medians per value, in order. */
export function measureConcurrency({ cwd, runs, log = () => {} }) {
  const variants = CONCURRENCY.map((value) => ({
    id: `concurrency-${value}`,
    label: `(f) ssot recommended-type-checked, --concurrency ${value}`,
    config: 'typed-ssot.mjs',
    args: ['--concurrency', value],
  }));
  const figures = measureEslintVariants({ cwd, runs, variants, log });
  const off = figures['concurrency-off'];
  return CONCURRENCY.map((value) => {
      const { label, medianMs, medianCpuMs, peakMiB, findings } = figures[`concurrency-${value}`];
      if (findings.length !== off.findings.length) {
        throw new Error(`--concurrency ${value} found ${findings.length} problems, --concurrency off ${off.findings.length}`);
      }
      return { concurrency: value, label, medianMs, medianCpuMs, peakMiB, findings: findings.length };
  });
}

/** The figures as one line per --concurrency value. */
export function concurrencyLines(figures) {
  return figures.map(
    (f) =>
      `typed, --concurrency ${f.concurrency.padEnd(4)}: wall ${(f.medianMs / 1000).toFixed(1)} s, CPU ${(f.medianCpuMs / 1000).toFixed(1)} s, ` +
      `peak RSS ${Math.round(f.peakMiB)} MiB, ${f.findings} findings`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  const files = option('files', 1000);
  const runs = option('runs', 3);
  const project = generateProject({ files, seed: option('seed', 1) });
  console.log(`${files} generated files, ${runs} rounds, ${os.cpus().length} CPUs (auto = ESLint's choice for them)`);
  const figures = measureConcurrency({ cwd: project.dir, runs, log: console.log });
  console.log(['', ...concurrencyLines(figures)].join('\n'));
}
