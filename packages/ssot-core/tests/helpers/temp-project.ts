import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';

/** A fresh directory under the OS temp dir, by its real path (TypeScript reports real paths). */
export function makeTempRoot(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes `text` to `relative` under `root`, making its directories; returns the file's path. */
export function writeFile(root: string, relative: string, text: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** The project's tsconfig.json, parsed; throws with TypeScript's message when it does not parse. */
export function parseTsconfig(root: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('the tsconfig did not parse');
  return parsed;
}

/**
 * Programs one after the other, as tsserver makes them after each edit: a file whose text did not change keeps
 * its source file object (tsserver's document registry does the same), and the old program's structure is reused.
 */
export function createProgramSeries(root: string): () => ts.Program {
  const { fileNames, options } = parseTsconfig(root);
  const host = ts.createCompilerHost(options);
  const readSourceFile = host.getSourceFile.bind(host);
  const sourceFiles = new Map<string, ts.SourceFile>();
  host.getSourceFile = (fileName, ...rest) => {
    const known = sourceFiles.get(fileName);
    if (known && known.text === ts.sys.readFile(fileName)) return known;
    const sourceFile = readSourceFile(fileName, ...rest);
    if (sourceFile) sourceFiles.set(fileName, sourceFile);
    return sourceFile;
  };
  let previous: ts.Program | undefined;
  return () => {
    previous = ts.createProgram({ rootNames: fileNames, options, host, oldProgram: previous });
    return previous;
  };
}
