// The legacy modules of the generated project, as the generator wrote them beside it (bench-restrictions.json):
// `patterns`, every spelling of each as a string; `files`, each legacy file.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const restrictions = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'bench-restrictions.json'), 'utf8'));
