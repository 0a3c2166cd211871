// Writes the synthetic monorepo: `node bench/generator/index.mjs [--files 1000] [--seed 1] [--out dir]`.
// Returns (and writes as manifest.json) every finding ssot/canonical-import and ssot/use-factory must report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedSources } from './fixed-sources.mjs';
import { createImportPicker } from './imports.mjs';
import { renderModule } from './module-source.mjs';
import { planProject } from './plan.mjs';
import { writeProjectFiles } from './project-files.mjs';
import { createRandom } from './random.mjs';
import { createSnippetPicker } from './snippets.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultProjectDir = path.join(repoRoot, '.tmp', 'bench-project');

/**
 * @param {{ dir?: string, files?: number, seed?: number }} options `dir` must lie inside this repository, so that
 * `rxjs` resolves from its node_modules.
 */
export function generateProject({ dir = defaultProjectDir, files = 1000, seed = 1 } = {}) {
  const plan = planProject({ files });
  const random = createRandom(seed);
  const pickImports = createImportPicker(plan, random);
  const snippets = createSnippetPicker(plan, random);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  writeProjectFiles(dir, plan);

  const expected = [];
  const imports = { total: 0, byKind: {} };
  const sources = fixedSources(plan);
  for (const module of [...plan.packages.flatMap((pkg) => pkg.modules), ...plan.large]) {
    const large = module.targetLines !== undefined;
    const moduleImports = pickImports(module, { legacy: large });
    for (const entry of moduleImports) {
      imports.total++;
      const key = entry.kind === 'legacy' || entry.kind === 'decoy' ? `${entry.kind}:${entry.spelling}` : entry.kind;
      imports.byKind[key] = (imports.byKind[key] ?? 0) + 1;
    }
    const extras = { factory: snippets.factory(module.id, large), protocol: snippets.protocol(module.id), text: snippets.text(module.id) };
    const { text, expected: found } = renderModule(module, moduleImports, extras);
    sources.push({ path: module.path, text });
    for (const finding of found) expected.push({ file: module.path, ...finding });
  }
  let lines = 0;
  for (const source of sources) {
    fs.mkdirSync(path.dirname(path.join(dir, source.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, source.path), source.text);
    lines += source.text.split('\n').length - 1;
  }
  if (sources.length !== files) throw new Error(`generated ${sources.length} files, not ${files}`);
  const manifest = {
    seed,
    files: sources.length,
    lines,
    imports,
    legacyModules: plan.legacy.length,
    largeFiles: plan.large.map((module) => module.path),
    expected: expected.map(({ file, line, rule, kind }) => ({ file, line, rule, kind })),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, files: sources.map((source) => path.join(dir, source.path)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const { dir, manifest } = generateProject({
    dir: path.resolve(option('out', defaultProjectDir)),
    files: Number(option('files', 1000)),
    seed: Number(option('seed', 1)),
  });
  console.log(`${manifest.files} files, ${manifest.lines} lines, ${manifest.imports.total} imports, ${manifest.expected.length} expected findings in ${dir}`);
}
