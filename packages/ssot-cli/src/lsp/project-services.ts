import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { governingTsconfig, normalizePath } from 'ssot-config';

/** The text of an open document, as the editor has it (saved or not). */
export interface OpenDocument {
  readonly text: string;
  readonly version: number;
}

/**
 * One TypeScript language service per tsconfig.json, over the files on disk with the open documents' unsaved
 * text laid over them: the program the checks see is the one the editor shows. A file not open is read from disk
 * and versioned by its modification time and size, asked once per check, so an edit on disk (a checkout, another
 * tool) is seen at the next check; its text is read again only when that version changes. When the client
 * watches files for the server (`trustWatchedFiles`), the version of a file outside node_modules is asked once
 * and then kept until the client reports a change (reloadProjects), as tsserver trusts its own file watchers.
 * Editors leave node_modules out of what they watch: the server watches the directories of the installed files
 * its programs read itself, and says so through `onDiskChange`.
 */
export class ProjectServices {
  private readonly services = new Map<string, { service: ts.LanguageService; host: ProjectHost }>();
  private readonly disk: DiskFiles;

  constructor(
    private readonly openDocument: (file: string) => OpenDocument | undefined,
    onDiskChange: () => void = () => undefined,
  ) {
    this.disk = new DiskFiles(onDiskChange);
  }

  /** The client reports every change of a file on disk (didChangeWatchedFiles): versions are kept until then. */
  trustWatchedFiles(): void {
    this.disk.trustWatcher = true;
  }

  /**
   * The program that holds `file`, or undefined: that of the nearest tsconfig.json above it, or of the project it
   * references that lists the file when it lists none itself (governingTsconfig), as tsserver opens.
   */
  programFor(file: string): ts.Program | undefined {
    const tsconfig = governingTsconfig(ts, file);
    if (!tsconfig) return undefined;
    const key = normalizePath(path.resolve(tsconfig));
    let entry = this.services.get(key);
    if (!entry) {
      const host = new ProjectHost(key, this.openDocument, this.disk);
      entry = { service: ts.createLanguageService(host, ts.createDocumentRegistry()), host };
      this.services.set(key, entry);
    }
    this.disk.watchInstalls(path.dirname(key));
    this.disk.beginCheck();
    return entry.service.getProgram();
  }

  /** Reads every tsconfig again (files were created or deleted, or a tsconfig changed). */
  reloadProjects(): void {
    this.disk.forgetVersions();
    for (const { host } of this.services.values()) host.reload();
  }

  dispose(): void {
    for (const { service } of this.services.values()) service.dispose();
    this.services.clear();
    this.disk.dispose();
  }
}

class ProjectHost implements ts.LanguageServiceHost {
  private parsed: ts.ParsedCommandLine;

  constructor(
    private readonly tsconfig: string,
    private readonly openDocument: (file: string) => OpenDocument | undefined,
    private readonly disk: DiskFiles,
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
    return document ? `open:${document.version}` : this.disk.versionOf(file);
  };
  getScriptSnapshot = (file: string): ts.IScriptSnapshot | undefined => {
    const document = this.openDocument(normalizePath(file));
    return document ? ts.ScriptSnapshot.fromString(document.text) : this.disk.snapshotOf(file);
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
  // Where an import leads to a referenced project's built declarations, read its sources, as tsserver does.
  useSourceOfProjectReferenceRedirect = (): boolean => true;
}

/**
 * Files on disk as the language services see them: a version (modification time and size) asked at most once
 * per check (the service asks each file's twice), or, when the client watches files, once until a change is
 * reported; and the text read for that version, read again only when the version changes. The client's watchers
 * report changes outside node_modules; inside, the server watches each directory it read an installed file from
 * (its own watchers, as tsserver has), whatever the client watches: a change there checks the documents again.
 * A directory it cannot watch has its files' versions asked at each check.
 */
class DiskFiles {
  trustWatcher = false;
  private readonly versions = new Map<string, string>();
  private readonly snapshots = new Map<string, { readonly version: string; readonly snapshot: ts.IScriptSnapshot | undefined }>();
  /** Directories of installed files: their watcher, or undefined where one could not be set. */
  private readonly watchers = new Map<string, fs.FSWatcher | undefined>();
  /**
   * Every directory an installed file was read from, watched again at each check after a change there: once a
   * package's files are gone, no program asks for them, and its reinstallation must still be seen.
   */
  private readonly installedDirs = new Set<string>();

  constructor(private readonly onChange: () => void) {}

  /**
   * The node_modules directories a project's packages are found in (its own, and each one above it), watched so
   * that a package installed while none of its files is read yet (a config naming a package not installed)
   * checks the documents again: npm's last write of an install is node_modules/.package-lock.json.
   */
  watchInstalls(projectDir: string): void {
    // Its own, even while missing (its nearest existing ancestor is watched until then), and those above that exist.
    const dirs = [path.join(projectDir, 'node_modules')];
    for (let dir = path.dirname(projectDir); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules');
      if (fs.existsSync(candidate)) dirs.push(candidate);
    }
    for (const dir of dirs) if (!this.installedDirs.has(dir)) this.watchDirectory(dir);
  }

  /** A new check: without watchers, every version is asked again; with them, those no watcher covers. */
  beginCheck(): void {
    for (const dir of this.installedDirs) this.watchDirectory(dir);
    if (!this.trustWatcher) {
      this.versions.clear();
      return;
    }
    for (const file of this.versions.keys()) {
      if (isInstalled(file) && this.watchers.get(path.dirname(file)) === undefined) this.versions.delete(file);
    }
  }

  forgetVersions(): void {
    this.versions.clear();
  }

  versionOf(file: string): string {
    let version = this.versions.get(file);
    if (version === undefined) {
      // Watched before the version is read: a change in between is reported, not missed.
      if (isInstalled(file)) this.watchDirectory(path.dirname(file));
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      version = stat ? `disk:${stat.mtimeMs}:${stat.size}` : 'missing';
      this.versions.set(file, version);
    }
    return version;
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher?.close();
    this.watchers.clear();
    this.installedDirs.clear();
  }

  /**
   * Watches `dir` (or, while it does not exist, its nearest ancestor that does) until something there changes.
   * Then the watcher is dropped, as the directory itself may be gone or new (npm replaces a package's
   * directory): the next check reads its files' versions afresh and watches it again, as it is then.
   */
  private watchDirectory(dir: string): void {
    if (this.watchers.has(dir)) return;
    this.installedDirs.add(dir);
    let watcher: fs.FSWatcher | undefined;
    const changed = () => {
      if (this.watchers.get(dir) !== watcher) return; // A change already reported by this watcher.
      watcher?.close();
      this.watchers.delete(dir);
      for (const file of this.versions.keys()) if (path.dirname(file) === dir) this.versions.delete(file);
      this.onChange();
    };
    try {
      watcher = fs.watch(nearestExisting(dir), { persistent: false }, changed);
      watcher.on('error', changed);
      this.watchers.set(dir, watcher);
    } catch {
      this.watchers.set(dir, undefined); // No watcher (no inotify left): its files are asked at each check.
    }
  }

  snapshotOf(file: string): ts.IScriptSnapshot | undefined {
    const version = this.versionOf(file);
    const known = this.snapshots.get(file);
    if (known?.version === version) return known.snapshot;
    const text = ts.sys.readFile(file);
    const snapshot = text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    this.snapshots.set(file, { version, snapshot });
    return snapshot;
  }
}

function isInstalled(file: string): boolean {
  return file.includes('/node_modules/');
}

function nearestExisting(dir: string): string {
  let existing = dir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return existing;
}
