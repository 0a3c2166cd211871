import * as path from 'node:path';
import type * as TS from 'typescript';

type Typescript = typeof TS;

/**
 * The file of the tsconfig's program that declares `declare module 'name' { ... }` as an ambient module (in a
 * script, not an augmentation inside a module), or undefined. Only asked when a bare specifier does not
 * resolve: a legacy package that exists only as such a declaration can still be named as legacy.
 */
export function findAmbientModule(ts: Typescript, tsconfig: string | undefined, name: string): string | undefined {
  if (tsconfig === undefined) return undefined;
  const json: unknown = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file)).config;
  const parsed = ts.parseJsonConfigFileContent(json ?? {}, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  const quoted = new RegExp(`declare\\s+module\\s+(['"])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`);
  for (const file of parsed.fileNames) {
    const text = ts.sys.readFile(file);
    if (text === undefined || !quoted.test(text)) continue;
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    if (ts.isExternalModule(sourceFile)) continue;
    const declares = sourceFile.statements.some(
      (statement) => ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name) && statement.name.text === name,
    );
    if (declares) return file.replace(/\\/g, '/');
  }
  return undefined;
}
