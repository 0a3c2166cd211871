import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('schema-validator.js', () => {
  it('is what scripts/compile-schema.mjs makes of the current schema.json (run `npm run generate -w ssot-config`)', async () => {
    const { compileSchema, validatorPath } = (await import('../scripts/compile-schema.mjs')) as {
      compileSchema(): string;
      validatorPath: string;
    };
    expect(fs.readFileSync(validatorPath, 'utf8')).toBe(compileSchema());
  });
});
