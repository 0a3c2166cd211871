// node bench/eslint-file-context.mjs [rounds]: what ESLint itself charges once any rule runs, in one process.
// ESLint's Linter lints every file of the generated project (run `npm run bench` first) with no rule, with one
// rule that has no listeners, and with ssot's recommended rules; the last two with ESLint's own
// FileContext#extend and with the shared-prototype one (lib/file-context-patch.cjs). Alternating, the first
// round discarded (it also fills ssot's resolution and export-map caches, so later rounds time ssot's per-file
// work only); prints median CPU ms and ratios over the floor. A side measurement, not part of `npm run bench`.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { median } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
const { FileContext, stockExtend, sharedExtend } = require('./lib/file-context-patch.cjs');
const ssot = require('eslint-plugin-ssot');
const projectDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.tmp', 'bench-project');
const rounds = Number(process.argv[2] ?? 6);

const files = fs
  .readdirSync(projectDir, { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.split(path.sep).includes('node_modules'))
  .map((file) => [path.join(projectDir, file), fs.readFileSync(path.join(projectDir, file), 'utf8')]);
if (files.length === 0) throw new Error(`no .ts files in ${projectDir}: run npm run bench first`);

const parsed = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };
const noListeners = { meta: { type: 'problem', schema: [] }, create: () => ({}) };
const withRule = [parsed, { files: ['**/*.ts'], plugins: { bench: { rules: { noListeners } } }, rules: { 'bench/noListeners': 'error' } }];
const variants = [
  { id: 'floor', config: [parsed], extend: stockExtend },
  { id: 'ruleStock', config: withRule, extend: stockExtend },
  { id: 'ruleShared', config: withRule, extend: sharedExtend },
  { id: 'ssotStock', config: [parsed, ssot.configs.recommended], extend: stockExtend },
  { id: 'ssotShared', config: [parsed, ssot.configs.recommended], extend: sharedExtend },
];

const linter = new Linter({ cwd: projectDir });
const cpuMs = Object.fromEntries(variants.map((variant) => [variant.id, []]));
for (let round = 0; round < rounds; round++) {
  for (const variant of variants) {
    FileContext.prototype.extend = variant.extend;
    const start = process.cpuUsage();
    for (const [filename, text] of files) linter.verify(text, variant.config, { filename });
    const used = process.cpuUsage(start);
    if (round > 0) cpuMs[variant.id].push((used.user + used.system) / 1000);
  }
}
FileContext.prototype.extend = stockExtend;

const floor = median(cpuMs.floor);
console.log(`${files.length} files, ${rounds - 1} rounds after a warm-up; median CPU ms and ratio over the floor:`);
for (const variant of variants) {
  const ms = median(cpuMs[variant.id]);
  console.log(`  ${variant.id.padEnd(11)} ${Math.round(ms).toString().padStart(6)} ms  ${(ms / floor).toFixed(2)}x`);
}
