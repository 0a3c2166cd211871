import type { OutboundMessage, UserId } from '../../websocket-core/types';
import { serializeMessageSafely } from '../../websocket-core/unified-manager';

// Type-only references written as import types, the style of the old JSDoc-typed code.
type Manager = import('../../websocket-core/unified-manager').UnifiedWebSocketManager;
type Connection = import('@ws/unified-manager').WebSocketConnection;

/** Pushes notifications; what cannot be delivered waits in an outbox, serialized. */
export class NotificationService {
  readonly #manager: Manager;
  readonly #outbox = new Map<UserId, string[]>();

  constructor(manager: Manager) {
    this.#manager = manager;
  }

  async welcome(connection: Connection): Promise<void> {
    await this.#manager.addConnection(connection.userId, connection);
    await this.notify(connection.userId, 'welcome back');
  }

  async notify(userId: UserId, text: string): Promise<boolean> {
    const message: OutboundMessage = { type: 'notification', payload: { text } };
    const delivered = await this.#manager.sendMessage(userId, message);
    if (!delivered) this.#outbox.set(userId, [...this.pending(userId), serializeMessageSafely(message)]);
    return delivered;
  }

  pending(userId: UserId): readonly string[] {
    return this.#outbox.get(userId) ?? [];
  }
}
