// node bench/paired-by-file.mjs <project> [--runs N] [--generated] [--typed]: ssot's cost over core
// no-restricted-imports and over a rule that does nothing, each round one process in which every variant lints
// each file in turn (see bench/lib/paired-by-file.mjs), so that the machine's noise falls on all of them alike.
//
// The variants are bench/configs/real/*.mjs (a project with its own ssot.config.json that moves a module), or
// with --generated those of `npm run bench`'s generated project; --typed takes their typed-* configs.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePairedByFile, pairedLines } from './lib/paired-by-file.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 5 : Number(args[runsAt + 1]);
const [project] = args.filter((arg, i) => !arg.startsWith('--') && i !== runsAt + 1);
if (!project || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node bench/paired-by-file.mjs <project directory> [--runs N] [--generated] [--typed]');
  process.exit(2);
}
const figures = measurePairedByFile({
  cwd: path.resolve(project),
  runs,
  configDir: path.join(here, 'configs', args.includes('--generated') ? '' : 'real'),
  typed: args.includes('--typed'),
  log: console.log,
});
console.log(path.resolve(project));
for (const line of pairedLines(figures)) console.log(line);
