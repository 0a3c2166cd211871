import type { WebSocketManagerProtocol } from './protocols';
import {
  asConnectionId,
  serializeMessageSafely,
  type ConnectionHealth,
  type EventPayload,
  type OutboundMessage,
  type UserId,
  type WebSocketConnection,
  type WebSocketManagerOptions,
} from './types';
import { WebSocketManager } from './websocket-manager';

/**
 * The canonical way to get a manager. Same parameters as the constructor, so every
 * `new WebSocketManager(options)` can become `createWebSocketManager(options)`.
 */
export function createWebSocketManager(options: WebSocketManagerOptions = {}): WebSocketManager {
  return new WebSocketManager(options);
}

// Legacy path of the protocol (seeds: "WebSocketManagerProtocol: 3 import paths").
export type { WebSocketManagerProtocol } from './protocols';

/**
 * Legacy: a second, per-user implementation written for isolation before the
 * canonical manager had it. TypeScript accepts `implements` here although four
 * signatures differ from the protocol (wider parameters, an optional one).
 */
export class IsolatedWebSocketManager implements WebSocketManagerProtocol {
  readonly #connections = new Map<string, WebSocketConnection>();
  readonly #sent = new Map<string, number>();
  readonly #userId: UserId;

  constructor(userId: UserId, _options: WebSocketManagerOptions = {}) {
    this.#userId = userId;
  }

  async addConnection(userId: UserId, connection: WebSocketConnection): Promise<void> {
    if (userId !== this.#userId) throw new Error(`manager of ${this.#userId} refused ${userId}`);
    this.#connections.set(connection.id, connection);
  }

  async removeConnection(userId: UserId): Promise<void> {
    if (userId !== this.#userId) return;
    for (const connection of this.#connections.values()) connection.close();
    this.#connections.clear();
  }

  // Divergence: `string` instead of `ConnectionId`.
  getConnection(connectionId: string): WebSocketConnection | undefined {
    return this.#connections.get(connectionId);
  }

  // Divergence: `string` instead of `ConnectionId`.
  getConnectionHealth(connectionId: string): ConnectionHealth {
    const connection = this.#connections.get(connectionId);
    return {
      connectionId: asConnectionId(connectionId),
      connected: connection?.isOpen ?? false,
      messagesSent: this.#sent.get(connectionId) ?? 0,
      lastActivityAt: undefined,
    };
  }

  isUserConnected(userId: UserId): boolean {
    return userId === this.#userId && [...this.#connections.values()].some((c) => c.isOpen);
  }

  async sendMessage(userId: UserId, message: OutboundMessage): Promise<boolean> {
    if (userId !== this.#userId) return false;
    return (await this.broadcastMessage(message)) > 0;
  }

  // Divergence: the message is optional here, required in the protocol.
  async broadcastMessage(message?: OutboundMessage): Promise<number> {
    if (message === undefined) return 0;
    const data = serializeMessageSafely(message);
    let delivered = 0;
    for (const connection of this.#connections.values()) {
      if (!connection.isOpen) continue;
      connection.send(data);
      this.#sent.set(connection.id, (this.#sent.get(connection.id) ?? 0) + 1);
      delivered += 1;
    }
    return delivered;
  }

  // Divergence: `eventType: string` instead of `CriticalEventType`.
  async emitCriticalEvent(userId: UserId, eventType: string, data: EventPayload): Promise<void> {
    await this.sendMessage(userId, { type: eventType, payload: data });
  }

  getConnectionCount(): number {
    return this.#connections.size;
  }
}

/**
 * Legacy: a factory that is also half a manager (seeds: "Factory Fragmentation").
 * It does not declare the protocol and could not: members are missing and
 * `getConnectionCount` may return undefined.
 */
export class WebSocketManagerFactory {
  readonly #managers = new Map<string, IsolatedWebSocketManager>();
  readonly #options: WebSocketManagerOptions;

  constructor(options: WebSocketManagerOptions = {}) {
    this.#options = options;
  }

  createIsolatedManager(userId: UserId): IsolatedWebSocketManager {
    const manager = this.#managers.get(userId) ?? new IsolatedWebSocketManager(userId, this.#options);
    this.#managers.set(userId, manager);
    return manager;
  }

  getManagerByUser(userId: UserId): IsolatedWebSocketManager | undefined {
    return this.#managers.get(userId);
  }

  async cleanupManager(userId: UserId): Promise<void> {
    await this.#managers.get(userId)?.removeConnection(userId);
    this.#managers.delete(userId);
  }

  // Divergence: `string` instead of `UserId`.
  isUserConnected(userId: string): boolean {
    return (this.#managers.get(userId)?.getConnectionCount() ?? 0) > 0;
  }

  // Divergence: `number | undefined` (undefined before any manager exists) instead of `number`.
  getConnectionCount(): number | undefined {
    if (this.#managers.size === 0) return undefined;
    let total = 0;
    for (const manager of this.#managers.values()) total += manager.getConnectionCount();
    return total;
  }
}
