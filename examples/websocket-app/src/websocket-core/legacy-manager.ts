import { ConnectionManager } from './connection-manager';
import type { WebSocketManagerProtocol } from './protocols';
import {
  asConnectionId,
  serializeMessageSafely,
  type ConnectionHealth,
  type CriticalEventType,
  type EventPayload,
  type OutboundMessage,
  type UserId,
  type WebSocketConnection,
  type WebSocketManagerOptions,
} from './types';

/**
 * Legacy: the original manager, still a full separate implementation. It declares
 * the protocol and TypeScript accepts it, yet four signatures differ: plain
 * `string` ids (accepted by parameter bivariance) and an optional `data`.
 */
export class LegacyWebSocketManager implements WebSocketManagerProtocol {
  readonly #byId = new Map<string, WebSocketConnection>();
  readonly #byUser = new Map<string, Set<string>>();
  readonly #sent = new Map<string, number>();

  constructor(_options: WebSocketManagerOptions = {}) {}

  async addConnection(userId: UserId, connection: WebSocketConnection): Promise<void> {
    this.#byId.set(connection.id, connection);
    this.#byUser.set(userId, (this.#byUser.get(userId) ?? new Set()).add(connection.id));
  }

  async removeConnection(userId: UserId): Promise<void> {
    for (const id of this.#byUser.get(userId) ?? []) {
      this.#byId.get(id)?.close();
      this.#byId.delete(id);
    }
    this.#byUser.delete(userId);
  }

  // Divergence: `string` instead of `ConnectionId`.
  getConnection(connectionId: string): WebSocketConnection | undefined {
    return this.#byId.get(connectionId);
  }

  // Divergence: `string` instead of `ConnectionId`.
  getConnectionHealth(connectionId: string): ConnectionHealth {
    return {
      connectionId: asConnectionId(connectionId),
      connected: this.#byId.get(connectionId)?.isOpen ?? false,
      messagesSent: this.#sent.get(connectionId) ?? 0,
      lastActivityAt: undefined,
    };
  }

  isUserConnected(userId: UserId): boolean {
    return (this.#byUser.get(userId)?.size ?? 0) > 0;
  }

  // Divergence: `userId: string` instead of `UserId`.
  async sendMessage(userId: string, message: OutboundMessage): Promise<boolean> {
    const data = serializeMessageSafely(message);
    let delivered = false;
    for (const id of this.#byUser.get(userId) ?? []) delivered = this.#deliver(id, data) || delivered;
    return delivered;
  }

  async broadcastMessage(message: OutboundMessage): Promise<number> {
    const data = serializeMessageSafely(message);
    let delivered = 0;
    for (const id of this.#byId.keys()) if (this.#deliver(id, data)) delivered += 1;
    return delivered;
  }

  // Divergence: `data` is optional here, required in the protocol.
  async emitCriticalEvent(userId: UserId, eventType: CriticalEventType, data?: EventPayload): Promise<void> {
    await this.sendMessage(userId, { type: eventType, payload: data ?? {} });
  }

  getConnectionCount(): number {
    return this.#byId.size;
  }

  #deliver(id: string, data: string): boolean {
    const connection = this.#byId.get(id);
    if (!connection?.isOpen) return false;
    connection.send(data);
    this.#sent.set(id, (this.#sent.get(id) ?? 0) + 1);
    return true;
  }

  /** Migration helper: copies the connections into the registry that was meant to replace this class. */
  async toConnectionManager(): Promise<ConnectionManager> {
    const registry = new ConnectionManager(this);
    for (const connection of this.#byId.values()) await registry.addConnection(connection.userId, connection);
    return registry;
  }
}
