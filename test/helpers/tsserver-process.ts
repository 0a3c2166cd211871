import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending {
  resolve(body: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface ProtocolMessage {
  type: string;
  request_seq?: number;
  success?: boolean;
  message?: string;
  command?: string;
  body?: unknown;
}

/**
 * A real tsserver process (`node <tsserverJs> ...args` in `cwd`), spoken to over stdio: requests go in as one
 * JSON line each, responses and events come out framed as `Content-Length: n\r\n\r\n<json>`.
 */
export class TsServerProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private output = Buffer.alloc(0);
  private stderr = '';
  private seq = 0;

  constructor(tsserverJs: string, args: string[], cwd: string) {
    this.child = spawn(process.execPath, [tsserverJs, ...args], { cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.read(chunk);
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', (code) => {
      for (const pending of this.pending.values()) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`tsserver exited (${code ?? 'signal'}): ${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  request<T>(command: string, args?: unknown, timeoutMs = 60_000): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`tsserver did not answer ${command} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(seq, { resolve: resolve as (body: unknown) => void, reject, timer });
      this.write(seq, command, args);
    });
  }

  /** A request that has no response, such as `open`. */
  notify(command: string, args?: unknown): void {
    this.write(++this.seq, command, args);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private write(seq: number, command: string, args: unknown): void {
    this.child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
  }

  private read(chunk: Buffer): void {
    this.output = Buffer.concat([this.output, chunk]);
    for (;;) {
      const headerEnd = this.output.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.output.subarray(0, headerEnd).toString('utf8'))?.[1]);
      const bodyEnd = headerEnd + 4 + length;
      if (Number.isNaN(length) || this.output.length < bodyEnd) return;
      const body = this.output.subarray(headerEnd + 4, bodyEnd).toString('utf8');
      this.output = this.output.subarray(bodyEnd);
      this.settle(JSON.parse(body) as ProtocolMessage);
    }
  }

  private settle(message: ProtocolMessage): void {
    if (message.type !== 'response' || message.request_seq === undefined) return;
    const pending = this.pending.get(message.request_seq);
    if (!pending) return;
    this.pending.delete(message.request_seq);
    clearTimeout(pending.timer);
    if (message.success === true) pending.resolve(message.body);
    else pending.reject(new Error(`${message.command ?? 'request'} failed: ${message.message ?? ''}`));
  }
}
