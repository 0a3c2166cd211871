import { WebSocketManager } from '../../websocket-core/index';
import type { WebSocketManagerProtocol } from '../../websocket-core/interfaces';
import type { OutboundMessage } from '../../websocket-core/types';
import { serializeMessageSafely, type WebSocketConnection } from '../../websocket-core/unified-manager';

/** System-wide announcements. */
export class BroadcastService {
  readonly #manager: WebSocketManagerProtocol;

  constructor(manager: WebSocketManagerProtocol = new WebSocketManager()) {
    this.#manager = manager;
  }

  async connectAll(connections: readonly WebSocketConnection[]): Promise<void> {
    for (const connection of connections) await this.#manager.addConnection(connection.userId, connection);
  }

  /** Resolves to the number of sockets that took the announcement. */
  async announce(text: string): Promise<number> {
    return this.#manager.broadcastMessage(announcement(text));
  }

  /** What the announcement looks like on the wire, for the admin preview. */
  preview(text: string): string {
    return serializeMessageSafely(announcement(text));
  }
}

function announcement(text: string): OutboundMessage {
  return { type: 'announcement', payload: { text } };
}
