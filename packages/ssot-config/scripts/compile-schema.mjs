// Compiles schema.json into schema-validator.js with Ajv's standalone code generation, so loading a config
// does not compile the schema at run time (about 90 ms per ESLint process). Run after editing schema.json;
// a test fails while the two disagree.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The generated module's text for the current schema.json. */
export function compileSchema() {
  const { default: Ajv } = require('ajv');
  const { default: standaloneCode } = require('ajv/dist/standalone');
  const schema = JSON.parse(fs.readFileSync(path.join(packageDir, 'schema.json'), 'utf8'));
  // The same options the errors are formatted for: every error, with its data and parent schema.
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, code: { source: true } });
  const header = '// Generated from schema.json by scripts/compile-schema.mjs. Do not edit; run `npm run generate -w ssot-config`.\n';
  return header + standaloneCode(ajv, ajv.compile(schema)) + '\n';
}

export const validatorPath = path.join(packageDir, 'schema-validator.js');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(validatorPath, compileSchema());
  console.log(`wrote ${path.relative(process.cwd(), validatorPath)}`);
}
