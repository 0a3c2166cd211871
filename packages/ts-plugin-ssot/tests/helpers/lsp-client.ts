import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createFrameReader } from './framed-stream';

interface RpcMessage {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

/** A minimal Language Server Protocol client: JSON-RPC over a spawned server's stdio. */
export class LspClient {
  readonly notifications: { method: string; params: unknown }[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Set<() => void>();
  private nextId = 0;
  stderr = '';

  constructor(command: string, args: string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: 'pipe', env: { ...process.env } });
    this.child.stdout.on(
      'data',
      createFrameReader((body) => {
        this.onMessage(JSON.parse(body) as RpcMessage);
      }),
    );
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', (code) => {
      for (const pending of this.pending.values()) pending.reject(new Error(`server exited (${code ?? 'signal'}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) that `match` accepts. */
  waitForNotification<T>(match: (method: string, params: unknown) => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        for (const { method, params } of this.notifications) {
          const found = match(method, params);
          if (found !== undefined) {
            this.listeners.delete(check);
            clearTimeout(timer);
            resolve(found);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`no matching notification within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private send(message: unknown): void {
    const body = JSON.stringify(message);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  private onMessage(message: RpcMessage): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (configuration, progress, capability registration): answer plainly.
      const items = (message.params as { items?: unknown[] } | undefined)?.items;
      const result = message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
      for (const listener of [...this.listeners]) listener();
      return;
    }
    if (typeof message.id !== 'number') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  }
}
