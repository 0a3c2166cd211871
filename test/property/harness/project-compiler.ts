import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Builds programs over one generated project with some files replaced or added in memory, reusing every parsed
 * source file (the project's own modules are parsed and bound once): one program per batch stays cheap.
 */
export class ProjectCompiler {
  readonly options: ts.CompilerOptions;
  private readonly projectFiles: readonly string[];
  private readonly parsed = new Map<string, ts.SourceFile>();

  constructor(readonly root: string) {
    const configFile = path.join(root, 'tsconfig.json');
    const { config } = ts.readConfigFile(configFile, ts.sys.readFile) as { config: unknown };
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
    if (parsed.errors.length > 0) throw new Error(ts.formatDiagnostics(parsed.errors, formatHost));
    this.options = parsed.options;
    this.projectFiles = parsed.fileNames;
  }

  /** A program over the project's files and `overlay` (absolute path -> text), which are not on disk. */
  program(overlay: ReadonlyMap<string, string>, oldProgram?: ts.Program): ts.Program {
    const host = ts.createCompilerHost(this.options, true);
    // Like ts.sys.readFile, which drops a byte order mark.
    const readFile = (file: string) => overlay.get(file)?.replace(/^\uFEFF/, '') ?? ts.sys.readFile(file);
    host.readFile = readFile;
    host.fileExists = (file) => overlay.has(file) || ts.sys.fileExists(file);
    host.getSourceFile = (file, languageVersionOrOptions) => {
      const text = readFile(file);
      if (text === undefined) return undefined;
      const key = `${file}\0${JSON.stringify(languageVersionOrOptions)}\0${text}`;
      let sourceFile = this.parsed.get(key);
      if (!sourceFile) {
        sourceFile = ts.createSourceFile(file, text, languageVersionOrOptions, true);
        // Only the project's own files are worth keeping; generated files are seen once or twice.
        if (!overlay.has(file)) this.parsed.set(key, sourceFile);
      }
      return sourceFile;
    };
    const rootNames = [...this.projectFiles, ...overlay.keys()];
    return ts.createProgram({ rootNames, options: this.options, host, oldProgram });
  }
}

export const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => '\n',
};
