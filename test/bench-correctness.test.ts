import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- JavaScript modules shared with `npm run bench`; their shapes are checked by use here.
import { generateProject, repoRoot } from '../bench/generator/index.mjs';
// @ts-expect-error -- as above.
import { compareWithManifest } from '../bench/lib/correctness.mjs';
// @ts-expect-error -- as above.
import { runEslint } from '../bench/lib/eslint-variants.mjs';
// @ts-expect-error -- as above.
import { countResolutions } from '../bench/lib/resolver-count.mjs';

// The benchmark's correctness half, without its timing: on a small generated monorepo (fixed seed), the ESLint
// CLI with ssot's recommended config reports exactly the findings the generator recorded, matched on file, line
// and rule; the near-miss decoys (similar paths, same export names, legacy paths in comments and strings,
// same-named classes) report nothing. Benchmarks are never timed assertions.

interface Finding {
  file: string;
  line: number;
  rule: string;
  kind?: string;
}
interface Generated {
  dir: string;
  files: string[];
  manifest: { files: number; expected: Finding[]; imports: { byKind: Record<string, number> } };
}
interface FileSplit {
  files: number;
  ms: number;
}
interface InProcessRun {
  findings: Finding[];
  checksByFile: { withFindings: FileSplit; withoutFindings: FileSplit };
}
interface Score {
  precision: number;
  recall: number;
  missing: Finding[];
  unexpected: Finding[];
}
const generate = generateProject as (options: { dir: string; files: number; seed: number }) => Generated;
const compare = compareWithManifest as (findings: Finding[], expected: Finding[]) => Score;
const eslint = runEslint as (variant: { id: string; config: string }, cwd: string) => { findings: Finding[] };
const inProcess = countResolutions as (files: string[]) => InProcessRun;

const FILES = 120;
const SEED = 7;

describe(`bench: ssot recommended on a generated monorepo (${FILES} files, seed ${SEED})`, () => {
  let parent: string;
  let project: Generated;

  beforeAll(() => {
    const tmp = path.join(repoRoot as string, '.tmp');
    fs.mkdirSync(tmp, { recursive: true });
    parent = fs.mkdtempSync(path.join(tmp, 'bench-correctness-'));
    project = generate({ dir: path.join(parent, 'first'), files: FILES, seed: SEED });
  });
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('writes the requested number of files, with every legacy spelling and every decoy', () => {
    const { manifest } = project;
    expect(manifest.files).toBe(FILES);
    for (const kind of ['legacy:relative', 'legacy:alias', 'legacy:package-subpath', 'legacy:barrel']) {
      expect(manifest.imports.byKind[kind], kind).toBeGreaterThan(0);
    }
    for (const kind of ['decoy:similar-module', 'decoy:same-export-name', 'decoy:canonical-module']) {
      expect(manifest.imports.byKind[kind], kind).toBeGreaterThan(0);
    }
    expect(manifest.expected.some((finding) => finding.rule === 'ssot/use-factory')).toBe(true);
  });

  it('is deterministic: the same seed writes the same manifest', () => {
    const again = generate({ dir: path.join(parent, 'second'), files: FILES, seed: SEED });
    expect(again.manifest).toEqual(project.manifest);
  });

  it('reports every expected finding and nothing else: precision = recall = 1', () => {
    const { findings } = eslint({ id: 'ssot', config: 'ssot.mjs' }, project.dir);
    const score = compare(findings, project.manifest.expected);
    expect({ missing: score.missing, unexpected: score.unexpected }).toEqual({ missing: [], unexpected: [] });
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
  });

  it('splits the in-process checks between the files with a finding and the files with none', () => {
    const cwd = process.cwd();
    let run: InProcessRun;
    try {
      process.chdir(project.dir);
      run = inProcess(project.files);
    } finally {
      process.chdir(cwd);
    }
    const relative = run.findings.map((finding) => ({ ...finding, file: path.relative(project.dir, finding.file).replace(/\\/g, '/') }));
    expect(compare(relative, project.manifest.expected)).toMatchObject({ missing: [], unexpected: [] });
    const withFindings = new Set(project.manifest.expected.map((finding) => finding.file)).size;
    expect([run.checksByFile.withFindings.files, run.checksByFile.withoutFindings.files]).toEqual([withFindings, project.files.length - withFindings]);
  });
});
