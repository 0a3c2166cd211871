import { describe, expect, it } from 'vitest';
import * as typescript6 from 'typescript';
import { CliError } from '../src/cli-error';
import { assertTypescriptLibrary } from '../src/typescript-library';

// A project whose `typescript` is 7 gives ssot a package with no library in it: one message with the fix, before
// any command reaches for `ts.sys` and fails with a stack.
describe('assertTypescriptLibrary', () => {
  it('accepts the TypeScript library (the workspace has 6, or 5.9 in the lowest-version run)', () => {
    expect(() => assertTypescriptLibrary(typescript6)).not.toThrow();
  });

  it("refuses TypeScript 7's package (the workspace's typescript7 alias), naming its version and the fix", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the real package, as `require('typescript')` would load it
    const typescript7 = require('typescript7') as { version: string };
    expect(() => assertTypescriptLibrary(typescript7)).toThrow(CliError);
    expect(() => assertTypescriptLibrary(typescript7)).toThrow(
      new RegExp(`is TypeScript ${typescript7.version.replace(/\./g, '\\.')}, .+ Fix: in package\\.json, "typescript": "npm:@typescript/typescript6@\\^6"`),
    );
  });
});
