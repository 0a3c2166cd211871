import type { WebSocketManagerProtocol } from './protocols';
import {
  serializeMessageSafely,
  type ConnectionHealth,
  type ConnectionId,
  type CriticalEventType,
  type EventPayload,
  type OutboundMessage,
  type UserId,
  type WebSocketConnection,
  type WebSocketManagerOptions,
} from './types';

interface ConnectionRecord {
  readonly connection: WebSocketConnection;
  messagesSent: number;
  lastActivityAt: number | undefined;
}

/**
 * THE WebSocket manager: the single source of truth the other five classes are
 * being consolidated onto. Imports only `types` and `protocols`, never a legacy
 * module, which is what breaks the old import cycle.
 */
export class WebSocketManager implements WebSocketManagerProtocol {
  readonly #maxConnectionsPerUser: number;
  readonly #onError: WebSocketManagerOptions['onError'];
  readonly #byId = new Map<ConnectionId, ConnectionRecord>();
  // Per-user index: isolation means a user's messages only ever go to that user's sockets.
  readonly #byUser = new Map<UserId, Set<ConnectionId>>();

  constructor(options: WebSocketManagerOptions = {}) {
    this.#maxConnectionsPerUser = options.maxConnectionsPerUser ?? Number.POSITIVE_INFINITY;
    this.#onError = options.onError;
  }

  async addConnection(userId: UserId, connection: WebSocketConnection): Promise<void> {
    const ids = this.#byUser.get(userId) ?? new Set<ConnectionId>();
    if (!ids.has(connection.id) && ids.size >= this.#maxConnectionsPerUser) {
      throw new RangeError(`user ${userId} already has ${ids.size} connection(s)`);
    }
    ids.add(connection.id);
    this.#byUser.set(userId, ids);
    this.#byId.set(connection.id, { connection, messagesSent: 0, lastActivityAt: undefined });
  }

  async removeConnection(userId: UserId): Promise<void> {
    for (const id of this.#byUser.get(userId) ?? []) {
      this.#byId.get(id)?.connection.close(1000, 'removed');
      this.#byId.delete(id);
    }
    this.#byUser.delete(userId);
  }

  getConnection(connectionId: ConnectionId): WebSocketConnection | undefined {
    return this.#byId.get(connectionId)?.connection;
  }

  getConnectionHealth(connectionId: ConnectionId): ConnectionHealth {
    const record = this.#byId.get(connectionId);
    return {
      connectionId,
      connected: record?.connection.isOpen ?? false,
      messagesSent: record?.messagesSent ?? 0,
      lastActivityAt: record?.lastActivityAt,
    };
  }

  isUserConnected(userId: UserId): boolean {
    return this.#recordsOf(userId).some((record) => record.connection.isOpen);
  }

  async sendMessage(userId: UserId, message: OutboundMessage): Promise<boolean> {
    const data = serializeMessageSafely(message);
    let delivered = false;
    for (const record of this.#recordsOf(userId)) {
      delivered = this.#deliver(record, data) || delivered;
    }
    return delivered;
  }

  async broadcastMessage(message: OutboundMessage): Promise<number> {
    const data = serializeMessageSafely(message);
    let delivered = 0;
    for (const record of this.#byId.values()) {
      if (this.#deliver(record, data)) delivered += 1;
    }
    return delivered;
  }

  async emitCriticalEvent(userId: UserId, eventType: CriticalEventType, data: EventPayload): Promise<void> {
    const delivered = await this.sendMessage(userId, { type: eventType, payload: data });
    if (!delivered) throw new Error(`critical event ${eventType} reached no connection of user ${userId}`);
  }

  getConnectionCount(): number {
    return this.#byId.size;
  }

  #recordsOf(userId: UserId): ConnectionRecord[] {
    const ids = [...(this.#byUser.get(userId) ?? [])];
    return ids.flatMap((id) => this.#byId.get(id) ?? []);
  }

  #deliver(record: ConnectionRecord, data: string): boolean {
    if (!record.connection.isOpen) return false;
    try {
      record.connection.send(data);
    } catch (error) {
      this.#onError?.(error, record.connection.id);
      return false;
    }
    record.messagesSent += 1;
    record.lastActivityAt = Date.now();
    return true;
  }
}
