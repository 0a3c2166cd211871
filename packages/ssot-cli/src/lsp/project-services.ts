import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { normalizePath } from 'ssot-config';

/** The text of an open document, as the editor has it (saved or not). */
export interface OpenDocument {
  readonly text: string;
  readonly version: number;
}

/**
 * One TypeScript language service per tsconfig.json, over the files on disk with the open documents' unsaved
 * text laid over them: the program the checks see is the one the editor shows. A file not open is read from disk
 * and versioned by its modification time, so an edit on disk (a checkout, another tool) is seen at the next check.
 */
export class ProjectServices {
  private readonly services = new Map<string, { service: ts.LanguageService; host: ProjectHost }>();

  constructor(private readonly openDocument: (file: string) => OpenDocument | undefined) {}

  /** The program that holds `file` (that of the nearest tsconfig.json above it), or undefined. */
  programFor(file: string): ts.Program | undefined {
    const tsconfig = ts.findConfigFile(path.dirname(file), (candidate) => ts.sys.fileExists(candidate));
    if (!tsconfig) return undefined;
    const key = normalizePath(path.resolve(tsconfig));
    let entry = this.services.get(key);
    if (!entry) {
      const host = new ProjectHost(key, this.openDocument);
      entry = { service: ts.createLanguageService(host, ts.createDocumentRegistry()), host };
      this.services.set(key, entry);
    }
    return entry.service.getProgram();
  }

  /** Reads every tsconfig again (files were created or deleted, or a tsconfig changed). */
  reloadProjects(): void {
    for (const { host } of this.services.values()) host.reload();
  }

  dispose(): void {
    for (const { service } of this.services.values()) service.dispose();
    this.services.clear();
  }
}

class ProjectHost implements ts.LanguageServiceHost {
  private parsed: ts.ParsedCommandLine;

  constructor(
    private readonly tsconfig: string,
    private readonly openDocument: (file: string) => OpenDocument | undefined,
  ) {
    this.parsed = this.parse();
  }

  reload(): void {
    this.parsed = this.parse();
  }

  private parse(): ts.ParsedCommandLine {
    const parsed = ts.getParsedCommandLineOfConfigFile(this.tsconfig, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    return parsed ?? { options: {}, fileNames: [], errors: [] };
  }

  // No getProjectVersion: the service then asks each file's version on each check, which is what notices an
  // edit on disk that no client reported.
  getCompilationSettings = (): ts.CompilerOptions => this.parsed.options;
  getProjectReferences = (): readonly ts.ProjectReference[] | undefined => this.parsed.projectReferences;
  getScriptFileNames = (): string[] => [...this.parsed.fileNames];
  getScriptVersion = (file: string): string => {
    const document = this.openDocument(normalizePath(file));
    if (document) return `open:${document.version}`;
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? `disk:${stat.mtimeMs}:${stat.size}` : 'missing';
  };
  getScriptSnapshot = (file: string): ts.IScriptSnapshot | undefined => {
    const document = this.openDocument(normalizePath(file));
    if (document) return ts.ScriptSnapshot.fromString(document.text);
    const text = ts.sys.readFile(file);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  };
  getCurrentDirectory = (): string => path.dirname(this.tsconfig);
  getDefaultLibFileName = (options: ts.CompilerOptions): string => ts.getDefaultLibFilePath(options);
  fileExists = (file: string): boolean => this.openDocument(normalizePath(file)) !== undefined || ts.sys.fileExists(file);
  readFile = (file: string): string | undefined => this.openDocument(normalizePath(file))?.text ?? ts.sys.readFile(file);
  readDirectory = (...args: Parameters<typeof ts.sys.readDirectory>): string[] => ts.sys.readDirectory(...args);
  directoryExists = (dir: string): boolean => ts.sys.directoryExists(dir);
  getDirectories = (dir: string): string[] => ts.sys.getDirectories(dir);
  realpath = (file: string): string => ts.sys.realpath?.(file) ?? file;
  useCaseSensitiveFileNames = (): boolean => ts.sys.useCaseSensitiveFileNames;
}
