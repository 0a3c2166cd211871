import * as ts from 'typescript';

export type Diagnostic = ts.server.protocol.Diagnostic;

interface ProtocolMessage {
  type: 'response' | 'event';
  request_seq?: number;
  success?: boolean;
  message?: string;
  event?: string;
  body?: unknown;
}

/**
 * tsserver's own Session in this process, over the real file system, spoken to in its JSON protocol. Plugins
 * load through require() from `pluginProbeLocation`, as in a tsserver process, so the tsconfig `plugins` entry
 * of an opened project decides what runs.
 */
export class InProcessTsServer {
  readonly logs: string[] = [];
  readonly events: string[] = [];
  private readonly session: ts.server.Session;
  private readonly responses = new Map<number, ProtocolMessage>();
  private readonly opened = new Set<string>();
  private seq = 0;

  constructor(pluginProbeLocation: string) {
    const sys = ts.sys as ts.server.ServerHost;
    const host: ts.server.ServerHost = {
      ...sys,
      watchFile: sys.watchFile.bind(sys),
      watchDirectory: sys.watchDirectory.bind(sys),
      setTimeout,
      clearTimeout,
      setImmediate,
      clearImmediate,
      write: (output) => {
        this.receive(output);
      },
    };
    const logs = this.logs;
    const logger: ts.server.Logger = {
      close() {},
      hasLevel: (level) => level <= ts.server.LogLevel.normal,
      loggingEnabled: () => true,
      perftrc() {},
      info: (message) => logs.push(message),
      msg: (message, type) => logs.push(`${type ?? 'Info'}: ${message}`),
      startGroup() {},
      endGroup() {},
      getLogFileName: () => undefined,
    };
    this.session = new ts.server.Session({
      host,
      cancellationToken: ts.server.nullCancellationToken,
      useSingleInferredProject: false,
      useInferredProjectPerProjectRoot: false,
      typingsInstaller: ts.server.nullTypingsInstaller,
      byteLength: Buffer.byteLength,
      hrtime: process.hrtime,
      logger,
      canUseEvents: true,
      globalPlugins: [],
      pluginProbeLocations: [pluginProbeLocation],
      allowLocalPluginLoads: false,
    });
  }

  /** Sends a request and returns the body of its response; throws with tsserver's message when it failed. */
  request<T>(command: string, args?: unknown): T {
    const seq = this.send(command, args);
    const response = this.responses.get(seq);
    this.responses.delete(seq);
    if (!response) throw new Error(`tsserver sent no response to ${command}`);
    if (response.success !== true) throw new Error(`${command} failed: ${response.message ?? ''}`);
    return response.body as T;
  }

  /** Opens a file from disk, as an editor does when it shows the file. */
  open(file: string): void {
    this.opened.add(file);
    this.send('open', { file });
  }

  semanticDiagnostics(file: string): Diagnostic[] {
    return this.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
  }

  /** Closes every opened file, so their projects close and stop watching. */
  close(): void {
    for (const file of this.opened) this.send('close', { file });
    this.opened.clear();
  }

  private send(command: string, args: unknown): number {
    const seq = ++this.seq;
    this.session.onMessage(JSON.stringify({ seq, type: 'request', command, arguments: args }));
    return seq;
  }

  /** Each output is `Content-Length: n` headers followed by one JSON message. */
  private receive(output: string): void {
    const message = JSON.parse(output.slice(output.indexOf('{'))) as ProtocolMessage;
    if (message.type === 'response' && message.request_seq !== undefined) this.responses.set(message.request_seq, message);
    else if (message.type === 'event' && message.event) this.events.push(message.event);
  }
}

/** Polls `condition` until it holds or `timeoutMs` passes. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
