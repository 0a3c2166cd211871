// What users write today: core no-restricted-imports naming each legacy module of the project's
// ssot.config.json (its `modules[].legacy`, as written there) as a path.
import * as fs from 'node:fs';
import * as path from 'node:path';
import floor from './floor.mjs';

const config = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'ssot.config.json'), 'utf8'));
const paths = (config.modules ?? []).map((move) => ({ name: move.legacy, message: `Import from '${move.canonical}'.` }));

/** The rule as configured here, for the typed variant too. */
export const coreRule = { rules: { 'no-restricted-imports': ['error', { paths }] } };

export default [...floor, coreRule];
