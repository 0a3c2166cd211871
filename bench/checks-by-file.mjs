// node bench/checks-by-file.mjs <project>: ssot's checks in-process (canonical-import and use-factory, as
// `npm run bench` counts resolutions) over every .ts file of a project outside node_modules, their time split
// between the files with a finding, whose fixes they prove, and the files with none: what a file that imports
// nothing legacy costs. Run it from anywhere; the project's ssot.config.json governs its files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { countResolutions } from './lib/resolver-count.mjs';

const [project] = process.argv.slice(2);
if (!project || !fs.existsSync(project)) {
  console.error('usage: node bench/checks-by-file.mjs <project directory>');
  process.exit(2);
}
const root = path.resolve(project);
const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.[mc]?tsx?$/.test(file) && !file.endsWith('.d.ts')) files.push(file);
  }
};
walk(root);
process.chdir(root);
const { checksMs, checksByFile } = countResolutions(files);
const part = ({ files: count, ms }) => `${count} files, ${ms.toFixed(0)} ms (${(ms / Math.max(count, 1)).toFixed(3)} ms each)`;
console.log(`checks ${checksMs.toFixed(0)} ms; on files with a finding: ${part(checksByFile.withFindings)}; with none: ${part(checksByFile.withoutFindings)}`);
