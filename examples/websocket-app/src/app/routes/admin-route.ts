import type { WebSocketConnection } from '@ws/connection-manager';
import { WebSocketManager, createWebSocketManager, type WebSocketManagerProtocol } from '@ws/index';

export interface AdminStats {
  readonly connections: number;
  readonly canonical: boolean;
}

/** /admin: connection stats and forced disconnects. */
export class AdminRoute {
  readonly #manager: WebSocketManagerProtocol;

  constructor(manager: WebSocketManagerProtocol = createWebSocketManager()) {
    this.#manager = manager;
  }

  stats(): AdminStats {
    return {
      connections: this.#manager.getConnectionCount(),
      canonical: this.#manager instanceof WebSocketManager,
    };
  }

  async kick(connection: WebSocketConnection): Promise<void> {
    await this.#manager.removeConnection(connection.userId);
  }
}
