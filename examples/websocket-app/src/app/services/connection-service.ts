import { ConnectionManager, type WebSocketConnection } from '@ws/connection-manager';
import { createWebSocketManager } from '@ws/index';
import type { UnifiedWebSocketManager } from '@ws/unified-manager';

/** Keeps the old registry and the manager in step until the registry can go. */
export class ConnectionService {
  readonly registry = new ConnectionManager();
  readonly manager: UnifiedWebSocketManager = createWebSocketManager();

  async register(connection: WebSocketConnection): Promise<void> {
    await this.registry.addConnection(connection.userId, connection);
    await this.manager.addConnection(connection.userId, connection);
  }

  async unregister(connection: WebSocketConnection): Promise<void> {
    await this.registry.removeConnection(connection.userId, 'logout');
    await this.manager.removeConnection(connection.userId);
  }
}
