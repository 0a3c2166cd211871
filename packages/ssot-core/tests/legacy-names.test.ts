import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, getResolverForFile } from 'ssot-config';
import { clearExportMapCache, runCheck } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// A named import is resolved only when it takes a name something legacy may give: a symbol's legacy name, or an
// export of a module moved as a whole. These cases pin which imports are still found, and the one left to tsc.

let root: string;

beforeEach(() => {
  clearCache();
  clearExportMapCache();
  root = makeTempRoot('ssot-legacy-names-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler', allowJs: true, strict: true } }));
  writeFile(root, 'ssot.config.json', JSON.stringify({ modules: [{ legacy: './src/old', canonical: './src/canon' }] }));
  writeFile(root, 'src/canon.ts', "export const map = 1;\nexport const tap = 2;\nexport const extra = 3;\n");
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function findings(text: string): string[] {
  const file = writeFile(root, 'src/user.ts', text);
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = runCheck('canonical-import', { ts, sourceFile });
  return found.map((finding) => `${finding.messageId}@${sourceFile.getLineAndCharacterOfPosition(finding.start).line + 1}`);
}

describe('which named imports are read for legacy names', () => {
  it('finds an import of a name the moved module exports, and skips one that takes no such name', () => {
    writeFile(root, 'src/old.ts', "export { map, tap } from './canon';\n");
    expect(findings("import { map } from './old';\nimport { other } from './elsewhere';\nconsole.log(map, other);\n")).toEqual(['legacyImport@1']);
  });

  it('finds a name the moved module offers through export *', () => {
    writeFile(root, 'src/old.ts', "export * from './canon';\n");
    expect(findings("import { extra } from './old';\nconsole.log(extra);\n")).toEqual(['legacyImport@1']);
  });

  it('reads every import when the moved module is JavaScript, whose exports its syntax may not show', () => {
    fs.rmSync(root + '/src/canon.ts');
    writeFile(root, 'src/canon.js', 'exports.map = 1;\n');
    writeFile(root, 'src/old.js', "module.exports = require('./canon');\n");
    expect(findings("import { map } from './old';\nconsole.log(map);\n")).toEqual(['legacyImportUnsafe@1']);
  });

  it('asks the resolver nothing for a file whose imports take no such name', () => {
    writeFile(root, 'src/old.ts', "export { map } from './canon';\n");
    const resolver = getResolverForFile(ts, `${root}/src/user.ts`);
    findings("import { map } from './old';\nconsole.log(map);\n");
    const before = resolver.stats.lookups;
    expect(findings("import { other } from './elsewhere';\nimport { more } from 'some-package';\nconsole.log(other, more);\n")).toEqual([]);
    expect(resolver.stats.lookups - before).toBe(0);
  });

  it('leaves to tsc an import of a name the moved module does not export (TS2305)', () => {
    writeFile(root, 'src/old.ts', "export { map } from './canon';\n");
    expect(findings("import { tap } from './old';\nconsole.log(tap);\n")).toEqual([]);
  });

  it('finds a namespace import, which takes no name', () => {
    writeFile(root, 'src/old.ts', "export { map } from './canon';\n");
    expect(findings("import * as old from './old';\nconsole.log(old);\n")).toEqual(['legacyModuleUnsafe@1']);
  });
});
