import * as ts from 'typescript';

type Protocol = typeof ts.server.protocol;
export type { Protocol };

interface Message {
  type: 'response' | 'event';
  command?: string;
  event?: string;
  request_seq?: number;
  success?: boolean;
  message?: string;
  body?: unknown;
}

export interface InProcessServerOptions {
  globalPlugins?: string[];
  pluginProbeLocations?: string[];
  allowLocalPluginLoads?: boolean;
  /** tsserver started with `--logVerbosity requestTime`: its logger has that level (`normal` otherwise). */
  logRequestTimes?: boolean;
}

/**
 * tsserver's own Session in this process, over the real file system (ts.sys), spoken to in the real protocol:
 * JSON requests in through onMessage, responses and events out through host.write. Plugins load through
 * require() from the probe locations, as in the tsserver process.
 */
export class InProcessServer {
  readonly logs: string[] = [];
  readonly events: { event: string; body: unknown }[] = [];
  private readonly session: ts.server.Session;
  private readonly responses = new Map<number, Message>();
  private seq = 0;
  private readonly opened = new Set<string>();

  constructor(options: InProcessServerOptions) {
    const sys = ts.sys as ts.server.ServerHost;
    const host: ts.server.ServerHost = {
      ...sys,
      watchFile: sys.watchFile.bind(sys),
      watchDirectory: sys.watchDirectory.bind(sys),
      setTimeout,
      clearTimeout,
      setImmediate,
      clearImmediate,
      write: (output) => { this.onOutput(output); },
      require: sys.require?.bind(sys),
    };
    const logs = this.logs;
    const logLevel = options.logRequestTimes ? ts.server.LogLevel.requestTime : ts.server.LogLevel.normal;
    const logger: ts.server.Logger = {
      close() {},
      hasLevel: (level) => level <= logLevel,
      loggingEnabled: () => true,
      perftrc(message) {
        logs.push(`Perf: ${message}`);
      },
      info(message) {
        logs.push(message);
      },
      startGroup() {},
      endGroup() {},
      msg(message, type) {
        logs.push(`${type ?? 'Info'}: ${message}`);
      },
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
      globalPlugins: options.globalPlugins ?? [],
      pluginProbeLocations: options.pluginProbeLocations ?? [],
      allowLocalPluginLoads: options.allowLocalPluginLoads ?? false,
    });
  }

  /** Sends one request; returns the response body, or throws with tsserver's message when it failed. */
  request<T = unknown>(command: string, args?: unknown): T {
    const seq = ++this.seq;
    this.session.onMessage(JSON.stringify({ seq, type: 'request', command, arguments: args }));
    const response = this.responses.get(seq);
    this.responses.delete(seq);
    if (!response) throw new Error(`no response to ${command}`);
    if (!response.success) throw new Error(`${command} failed: ${response.message ?? ''}`);
    return response.body as T;
  }

  /** Notifications such as `open` have no response. */
  notify(command: string, args?: unknown): void {
    this.session.onMessage(JSON.stringify({ seq: ++this.seq, type: 'request', command, arguments: args }));
  }

  /** Opens a file (from disk) in the server, as an editor does when it shows the file. */
  open(file: string): void {
    this.opened.add(file);
    this.notify('open', { file });
  }

  /** Closes every opened file; their projects close and stop watching. */
  close(): void {
    for (const file of this.opened) this.notify('close', { file });
    this.opened.clear();
  }

  private onOutput(output: string): void {
    const json = output.slice(output.indexOf('{'));
    const message = JSON.parse(json) as Message;
    if (message.type === 'response' && message.request_seq !== undefined) this.responses.set(message.request_seq, message);
    else if (message.type === 'event' && message.event) this.events.push({ event: message.event, body: message.body });
  }
}
