import { getWebSocketManager } from '../../websocket-core/index';
import type { UserId, WebSocketConnection } from '../../websocket-core/types';
import { managerOptions } from '../config';

/** The upgrade endpoint: every accepted socket is registered with the shared manager. */
export class SocketRoute {
  readonly manager = getWebSocketManager(managerOptions);

  async onOpen(connection: WebSocketConnection): Promise<void> {
    await this.manager.addConnection(connection.userId, connection);
  }

  async onClose(userId: UserId): Promise<void> {
    await this.manager.removeConnection(userId);
  }
}

/** Fallback from the CommonJS build, kept for the worker threads that still load it. */
export function loadManagerClassSync() {
  const { WebSocketManager } = require('../../websocket-core/manager') as typeof import('../../websocket-core/manager');
  return WebSocketManager;
}
