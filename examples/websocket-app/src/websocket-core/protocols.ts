import type {
  ConnectionHealth,
  ConnectionId,
  CriticalEventType,
  EventPayload,
  OutboundMessage,
  UserId,
  WebSocketConnection,
} from './types';

/**
 * The one contract every WebSocket manager honours (seeds/004, "Method Signature
 * Unification"). Canonical home; `interfaces`, `websocket-manager-factory` and the
 * `index` barrel still re-export it under legacy paths.
 */
export interface WebSocketManagerProtocol {
  addConnection(userId: UserId, connection: WebSocketConnection): Promise<void>;
  removeConnection(userId: UserId): Promise<void>;
  getConnection(connectionId: ConnectionId): WebSocketConnection | undefined;
  getConnectionHealth(connectionId: ConnectionId): ConnectionHealth;
  isUserConnected(userId: UserId): boolean;
  /** Resolves true when at least one of the user's connections took the message. */
  sendMessage(userId: UserId, message: OutboundMessage): Promise<boolean>;
  /** Resolves to the number of connections that took the message. */
  broadcastMessage(message: OutboundMessage): Promise<number>;
  /** Rejects when the event reached none of the user's connections: critical events must not vanish. */
  emitCriticalEvent(userId: UserId, eventType: CriticalEventType, data: EventPayload): Promise<void>;
  getConnectionCount(): number;
}
