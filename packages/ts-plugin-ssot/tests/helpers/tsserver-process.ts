import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createFrameReader } from './framed-stream';
import { tsserverPath } from './paths';

interface Pending {
  resolve(body: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * A real tsserver process, spoken to over stdio in its protocol: the repository's
 * node_modules/typescript/lib/tsserver.js unless another (an installed project's) is given.
 */
export class TsServerProcess {
  readonly events: { event: string; body: unknown }[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private stderr = '';

  constructor(args: string[], cwd: string, tsserverJs: string = tsserverPath) {
    this.child = spawn(process.execPath, [tsserverJs, ...args], { cwd, stdio: 'pipe', env: { ...process.env } });
    const read = createFrameReader((body) => {
      this.onMessage(body);
    });
    this.child.stdout.on('data', read);
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', (code) => {
      for (const pending of this.pending.values()) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`tsserver exited (${code ?? 'signal'}): ${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  request<T = unknown>(command: string, args?: unknown, timeoutMs = 60_000): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`tsserver did not answer ${command} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(seq, { resolve: resolve as (body: unknown) => void, reject, timer });
      this.write({ seq, type: 'request', command, arguments: args });
    });
  }

  /** A request without a response (open, close, configure with no body). */
  notify(command: string, args?: unknown): void {
    this.write({ seq: ++this.seq, type: 'request', command, arguments: args });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private write(message: unknown): void {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  private onMessage(body: string): void {
    const message = JSON.parse(body) as {
      type: string;
      request_seq?: number;
      success?: boolean;
      message?: string;
      body?: unknown;
      event?: string;
      command?: string;
    };
    if (message.type === 'event' && message.event) {
      this.events.push({ event: message.event, body: message.body });
      return;
    }
    if (message.type !== 'response' || message.request_seq === undefined) return;
    const pending = this.pending.get(message.request_seq);
    if (!pending) return;
    this.pending.delete(message.request_seq);
    clearTimeout(pending.timer);
    if (message.success) pending.resolve(message.body);
    else pending.reject(new Error(`${message.command ?? 'request'} failed: ${message.message ?? ''}`));
  }
}
