import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checksMayReport,
  loadTypescript7,
  onePassEdits,
  openTypescript7Host,
  requiresTypes,
  checkNames,
  runCheck,
  type EngineInput,
  type Typescript7Host,
} from 'ssot-core';
import { getResolverForFile, type ModuleResolver } from 'ssot-config';
import { findModuleSites, loadModeOfSite } from '../../packages/ssot-core/src/module-sites';
import { projectVariants } from './generators/project-variants';
import { fileSpec, renderFile, type RenderedFile } from './generators/test-file';
import { BATCH_SIZE, propertySettings, useProjectPool } from './harness/fix-property';

// The TypeScript 7 backend against the TypeScript 6 one on generated files: where each specifier leads comes from
// TypeScript 7's program on one side and TypeScript's resolver on the other, and the checks must give the same
// findings, messages, fixes, suggestions and fixed text. The files are those of the fix property (every form and
// style of site, in the bundler and nodenext projects), written to disk so that TypeScript 7 reads them.

const repoRoot = path.resolve(__dirname, '..', '..');
const syntaxChecks = checkNames.filter((check) => !requiresTypes(check));
/** A quarter as many files as the fix property checks: each batch is written, read by TypeScript 7 and removed. */
const settings = propertySettings(0.25, 'test/property/typescript7-parity.test.ts', 7);

describe('TypeScript 7 backend = TypeScript 6 backend on generated files', () => {
  const pool = useProjectPool('typescript7', projectVariants);

  it(`the same findings and fixed text on ${settings.cases} generated files`, () => {
    const projects = pool.projects();
    const hosts = new Map<string, Typescript7Host>();
    /** Files of earlier batches removed since the project's last pass: the compiler is told with the next one. */
    const removed = new Map<string, string[]>();
    const typescript7 = loadTypescript7(repoRoot);
    const counts = { files: 0, unparsed: 0, findings: 0, fixed: 0, asked: 0, answeredByResolver: 0 };
    try {
      const batches = fc.sample(fc.array(fileSpec, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), {
        seed: settings.seed,
        numRuns: Math.ceil(settings.cases / BATCH_SIZE),
      });
      for (const specs of batches) {
        const files = specs.map((spec, n) => renderFile(spec, projects, n));
        for (const file of files) {
          fs.mkdirSync(path.dirname(file.fileName), { recursive: true });
          fs.writeFileSync(file.fileName, file.text);
        }
        try {
          for (const [root, projectFiles] of groupByProject(files)) {
            const tsconfig = path.join(root, 'tsconfig.json');
            let host = hosts.get(root);
            if (!host) hosts.set(root, (host = openTypescript7Host(ts, tsconfig, typescript7)));
            const pass = host.pass({
              changed: [...(removed.get(root) ?? []), ...projectFiles.map((file) => file.fileName)],
              mayReport: (fileName, text, targets) => checksMayReport(ts, fileName, text, targets),
            });
            removed.set(root, []);
            // Counts what the checks ask; the resolver's own count says how many TypeScript 7 could not answer.
            const modules: ModuleResolver = {
              ...pass.modules,
              resolve: (...args) => {
                counts.asked += 1;
                return pass.modules.resolve(...args);
              },
            };
            for (const file of projectFiles) {
              expect(pass.fileNames, `${file.fileName} is in TypeScript 7's program`).toContain(file.fileName);
              const fromTypescript7 = pass.files.find((sourceFile) => sourceFile.fileName === file.fileName);
              if (!fromTypescript7) {
                // Left unparsed, as a file in which no check can report: TypeScript 6's backend reports nothing there.
                const typescript6Findings = findingsOf({ ts, sourceFile: parse(file) });
                expect(typescript6Findings.report, `${file.fileName} was left unparsed:\n${file.text}\n${JSON.stringify(typescript6Findings.report)}`).toEqual([]);
                counts.files += 1;
                counts.unparsed += 1;
                continue;
              }
              const lookups = pass.modules.stats.lookups;
              const typescript7Findings = findingsOf({ ts, sourceFile: fromTypescript7, modules });
              counts.answeredByResolver += pass.modules.stats.lookups - lookups;
              const typescript6Findings = findingsOf({ ts, sourceFile: parse(file) });
              expect(typescript7Findings.report, replayOf(file, fromTypescript7, pass.modules)).toEqual(typescript6Findings.report);
              expect(typescript7Findings.output).toBe(typescript6Findings.output);
              counts.files += 1;
              counts.findings += typescript6Findings.count;
              if (typescript6Findings.output !== file.text) counts.fixed += 1;
            }
          }
        } finally {
          for (const file of files) {
            fs.rmSync(file.fileName, { force: true });
            removed.set(file.project.root, [...(removed.get(file.project.root) ?? []), file.fileName]);
          }
        }
      }
    } finally {
      for (const host of hosts.values()) host.close();
    }
    console.log(
      `TypeScript 7 parity: ${counts.files} files (${counts.unparsed} left unparsed), ${counts.findings} findings, ${counts.fixed} files fixed alike; ` +
        `of ${counts.asked} resolutions the checks asked, TypeScript 7 answered ${counts.asked - counts.answeredByResolver} ` +
        `(seed ${settings.seed})`,
    );
    // Not vacuous: the files have findings and fixes, and TypeScript 7's answers were the ones mostly used.
    expect(counts.findings).toBeGreaterThan(counts.files);
    expect(counts.fixed).toBeGreaterThan(counts.files / 2);
    expect(counts.asked - counts.answeredByResolver).toBeGreaterThan(counts.answeredByResolver);
    // Files were left unparsed, and most were parsed: both ways were compared.
    expect(counts.unparsed).toBeGreaterThan(0);
    expect(counts.unparsed).toBeLessThan(counts.files / 2);
  });
});

function groupByProject(files: readonly RenderedFile[]): Map<string, RenderedFile[]> {
  const groups = new Map<string, RenderedFile[]>();
  for (const file of files) groups.set(file.project.root, [...(groups.get(file.project.root) ?? []), file]);
  return groups;
}

function parse(file: RenderedFile): ts.SourceFile {
  return ts.createSourceFile(file.fileName, ts.sys.readFile(file.fileName) ?? '', ts.ScriptTarget.Latest, true);
}

/** Every syntax check's findings on one file as comparable records, and the text one fix pass makes of it. */
function findingsOf(input: EngineInput): { report: string[]; output: string; count: number } {
  const findings = syntaxChecks.flatMap((check) => runCheck(check, input).map((finding) => ({ check, ...finding })));
  const report = findings.map((finding) => JSON.stringify(finding));
  const edits = onePassEdits(findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])));
  return { report, output: applyEdits(input.sourceFile.text, edits), count: findings.length };
}

/** What a failure shows: the file, its spec and seed, its text, and where each of its specifiers leads on each side. */
function replayOf(file: RenderedFile, sourceFile: ts.SourceFile, modules: ModuleResolver): string {
  const format = modules.fileFormat(file.fileName);
  const typescript6 = getResolverForFile(ts, file.fileName);
  const sites = findModuleSites(ts, sourceFile).map((site) => {
    const mode = loadModeOfSite(ts, site, format);
    const specifier = site.specifier.text;
    return `  ${site.kind} '${specifier}' (${mode ?? 'no mode'}): TypeScript 7 ${modules.resolve(specifier, file.fileName, mode)}, TypeScript 6 ${typescript6.resolve(specifier, file.fileName, mode)}`;
  });
  return [`${file.fileName} (seed ${settings.seed}, spec ${JSON.stringify(file.spec)})`, file.text, ...sites].join('\n');
}
