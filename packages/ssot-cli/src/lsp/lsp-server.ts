import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forgetFileReads } from 'ssot-core';
import { clearCache, findConfigFile, normalizePath } from 'ssot-config';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFile } from './file-checks';
import { codeActionsFor, FIX_ALL_KIND } from './lsp-code-actions';
import { diagnosticsOf } from './lsp-diagnostics';
import { ProjectServices } from './project-services';

/** How often a config file is polled, as the tsserver plugin polls it. */
const CONFIG_POLL_MS = 250;

/**
 * `ssot lsp --stdio`: a language server that publishes ssot's diagnostics with quick fixes and fix-all, for any
 * editor, beside the TypeScript language server (tsgo's or tsserver). It checks the open documents (their
 * unsaved text) against the program of their tsconfig.json, and checks them again after an edit of any open
 * document, of an ssot.config.json, or of a file on disk the client reports. It fails open: a broken config
 * gives one diagnostic naming it; an internal error is logged, never fatal.
 */
export function startLspServer(connection: Connection = createConnection(process.stdin, process.stdout)): void {
  const documents = new TextDocuments(TextDocument);
  const openByFile = new Map<string, TextDocument>();
  const projects = new ProjectServices(
    (file) => {
      const document = openByFile.get(file);
      return document && { text: document.getText(), version: document.version };
    },
    // An installed file changed (npm install): as when the client reports a change, everything read is read again.
    () => {
      forgetAndRecheck();
    },
  );
  const polledConfigs = new Set<string>();
  // Edits that arrive together (read in one go, or while a check runs) are checked once, right after them.
  let pending: NodeJS.Immediate | undefined;

  const fileOf = (uri: string) => normalizePath(fileURLToPath(uri));

  const publishAll = () => {
    pending = undefined;
    for (const document of documents.all()) {
      try {
        const file = fileOf(document.uri);
        watchConfigOf(file);
        const checks = checkFile(projects.programFor(file), file);
        void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnosticsOf(checks) });
      } catch (error) {
        connection.console.error(`ssot: checking ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  };
  const schedule = () => {
    if (pending) clearImmediate(pending);
    pending = setImmediate(publishAll);
  };
  const forgetAndRecheck = () => {
    clearCache();
    forgetFileReads();
    projects.reloadProjects();
    schedule();
  };
  const watchConfigOf = (file: string) => {
    const configFile = findConfigFile(file);
    if (!configFile || polledConfigs.has(configFile)) return;
    polledConfigs.add(configFile);
    fs.watchFile(configFile, { interval: CONFIG_POLL_MS }, forgetAndRecheck);
  };

  connection.onInitialize((params) => {
    const dynamicWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    connection.onInitialized(() => {
      if (!dynamicWatch) return;
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,json}' }],
        })
        // From here the client reports every change on disk: a file's version need not be asked at each check.
        .then(() => {
          projects.trustWatchedFiles();
        })
        .catch((error: unknown) => {
          connection.console.error(`ssot: the client did not take the file watchers: ${String(error)}`);
        });
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'ssot', version: (require('../../package.json') as { version: string }).version },
    };
  });

  documents.onDidOpen((event) => {
    openByFile.set(fileOf(event.document.uri), event.document);
    schedule();
  });
  documents.onDidChangeContent((event) => {
    openByFile.set(fileOf(event.document.uri), event.document);
    schedule();
  });
  documents.onDidClose((event) => {
    openByFile.delete(fileOf(event.document.uri));
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    schedule();
  });
  connection.onDidChangeWatchedFiles(forgetAndRecheck);

  connection.onCodeAction((params) => {
    try {
      const file = fileOf(params.textDocument.uri);
      const checks = checkFile(projects.programFor(file), file);
      if (checks.kind !== 'findings') return [];
      return codeActionsFor(params.textDocument.uri, checks.sourceFile, checks.findings, params.range, params.context.only);
    } catch (error) {
      connection.console.error(`ssot: code actions for ${params.textDocument.uri} failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });

  connection.onShutdown(() => {
    for (const configFile of polledConfigs) fs.unwatchFile(configFile);
    projects.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
