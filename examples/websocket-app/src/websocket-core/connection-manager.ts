import type { LegacyWebSocketManager } from './legacy-manager';
import type { ConnectionId, EventPayload, UserId, WebSocketConnection } from './types';

// Legacy path of the connection type.
export type { WebSocketConnection } from './types';

/**
 * Legacy: the connection registry that grew manager methods. Separate
 * implementation; half of the protocol is missing and three signatures differ.
 * It and `legacy-manager` import each other: the seeds' circular dependency.
 */
export class ConnectionManager {
  readonly #byId = new Map<ConnectionId, WebSocketConnection>();
  readonly #owner: LegacyWebSocketManager | undefined;

  constructor(owner?: LegacyWebSocketManager) {
    this.#owner = owner;
  }

  async addConnection(userId: UserId, connection: WebSocketConnection): Promise<void> {
    if (connection.userId !== userId) throw new Error(`connection ${connection.id} belongs to another user`);
    this.#byId.set(connection.id, connection);
  }

  // Divergence: an extra required `reason` parameter.
  async removeConnection(userId: UserId, reason: string): Promise<void> {
    for (const [id, connection] of this.#byId) {
      if (connection.userId !== userId) continue;
      connection.close(1000, reason);
      this.#byId.delete(id);
    }
  }

  // Divergence: `null` instead of `undefined` when absent.
  getConnection(connectionId: ConnectionId): WebSocketConnection | null {
    return this.#byId.get(connectionId) ?? null;
  }

  // Divergence: no `userId` (the second of the two emitCriticalEvent signatures).
  async emitCriticalEvent(eventType: string, data: EventPayload): Promise<void> {
    // Without a user the registry can only hand the event to its owner, if any.
    await this.#owner?.broadcastMessage({ type: eventType, payload: data });
  }

  getConnectionCount(): number {
    return this.#byId.size;
  }
  // Missing from the protocol: getConnectionHealth, isUserConnected, sendMessage, broadcastMessage.
}
