import type { WebSocketConnection } from '../../websocket-core/connection-manager';
import { asConnectionId, asUserId, type ConnectionId, type UserId } from '../../websocket-core/types';

export interface SentMessage {
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

/** In-memory socket for the tests and the demo: it records what was sent. */
export class FakeSocket implements WebSocketConnection {
  static #next = 1;
  readonly id: ConnectionId;
  readonly userId: UserId;
  readonly sent: string[] = [];
  isOpen = true;

  constructor(user: string, id = `${user}-${FakeSocket.#next++}`) {
    this.userId = asUserId(user);
    this.id = asConnectionId(id);
  }

  send(data: string): void {
    if (!this.isOpen) throw new Error(`socket ${this.id} is closed`);
    this.sent.push(data);
  }

  close(): void {
    this.isOpen = false;
  }

  get messages(): SentMessage[] {
    return this.sent.map((data) => JSON.parse(data) as SentMessage);
  }
}
