import {
  serializeMessageSafely,
  type CriticalEventType,
  type EventPayload,
  type OutboundMessage,
  type UserId,
  type WebSocketConnection,
} from './types';

// Legacy path of the connection type (seeds: "WebSocketConnection: 4 import paths").
export type { WebSocketConnection } from './types';

/**
 * Legacy: the adapter from the synchronous era, a separate implementation (not an
 * alias) with one connection per user. It does not declare the protocol and
 * could not: it is synchronous and four members are missing.
 */
export class WebSocketManagerAdapter {
  readonly #connections = new Map<UserId, WebSocketConnection>();

  // Divergence: returns `void`, the protocol returns `Promise<void>`.
  addConnection(userId: UserId, connection: WebSocketConnection): void {
    this.#connections.set(userId, connection);
  }

  isUserConnected(userId: UserId): boolean {
    return this.#connections.get(userId)?.isOpen ?? false;
  }

  // Divergence: synchronous `boolean`, the protocol returns `Promise<boolean>`.
  sendMessage(userId: UserId, message: OutboundMessage): boolean {
    const connection = this.#connections.get(userId);
    if (!connection?.isOpen) return false;
    connection.send(serializeMessageSafely(message));
    return true;
  }

  // Divergence: no `userId`, so the event goes to EVERY user (the cross-user leak
  // the seeds' isolation tests caught); also synchronous.
  emitCriticalEvent(eventType: CriticalEventType, data: EventPayload): void {
    for (const userId of this.#connections.keys()) {
      this.sendMessage(userId, { type: eventType, payload: data });
    }
  }

  getConnectionCount(): number {
    return this.#connections.size;
  }

  /** Hands the connections over during migration; the adapter is empty afterwards. */
  drain(): Array<[UserId, WebSocketConnection]> {
    const entries = [...this.#connections];
    this.#connections.clear();
    return entries;
  }
  // Missing from the protocol: removeConnection, getConnection, getConnectionHealth, broadcastMessage.
}
