import * as path from 'node:path';
import * as parser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import * as ts from 'typescript';

/**
 * A fixture project in which a rule doc's code blocks are linted. Each block stands in one file of the project (its
 * `file=`); with type information, every parse builds a program of the project with that file's text replaced, so
 * a block never sees an earlier block's text (a project service would keep it) and each pass of `--fix` is typed
 * against the text it fixes.
 */
export interface DocsProject {
  readonly dir: string;
  /** An ESLint parser: @typescript-eslint/parser, with a fresh program when `typed`. */
  parser(typed: boolean): Linter.Parser;
}

export function createDocsProject(dir: string): DocsProject {
  const configFile = ts.findConfigFile(dir, ts.sys.fileExists);
  if (!configFile) throw new Error(`no tsconfig.json in ${dir}`);
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`${configFile} cannot be read`);
  // Read from disk once and shared by every program of the project: only the linted file's text changes.
  const sourceFiles = new Map<string, ts.SourceFile>();

  const programWith = (fileName: string, text: string): ts.Program => {
    const host = ts.createCompilerHost(parsed.options, true);
    const readFromDisk = host.getSourceFile.bind(host);
    host.getSourceFile = (name, languageVersion, onError) => {
      if (path.resolve(name) === fileName) return ts.createSourceFile(name, text, languageVersion, true);
      let sourceFile = sourceFiles.get(name);
      if (!sourceFile) {
        sourceFile = readFromDisk(name, languageVersion, onError);
        if (sourceFile) sourceFiles.set(name, sourceFile);
      }
      return sourceFile;
    };
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
    const rootNames = parsed.fileNames.map((name) => path.resolve(name));
    if (!rootNames.includes(fileName)) rootNames.push(fileName);
    return ts.createProgram({ rootNames, options: parsed.options, host });
  };

  const typedParser: Linter.Parser = {
    meta: { name: 'ssot-docs-typed-parser' },
    parseForESLint(code: string, options?: Record<string, unknown>) {
      const fileName = path.resolve(String(options?.filePath));
      return parser.parseForESLint(code, { ...options, programs: [programWith(fileName, code)] }) as ReturnType<
        NonNullable<Linter.Parser['parseForESLint']>
      >;
    },
  } as Linter.Parser;

  return { dir, parser: (typed) => (typed ? typedParser : (parser as unknown as Linter.Parser)) };
}
