import type { WebSocketConnection } from '../../websocket-core/index';
import { WebSocketManager } from '../../websocket-core/manager';
import { asUserId, type UserId } from '../../websocket-core/types';

/** Login sessions: a user is online while one of their sockets is open. */
export class SessionService {
  // Skips the factory: the seeds' "direct instantiation" anti-pattern.
  readonly manager = new WebSocketManager({ maxConnectionsPerUser: 2 });

  async open(connection: WebSocketConnection): Promise<UserId> {
    await this.manager.addConnection(connection.userId, connection);
    await this.manager.sendMessage(connection.userId, { type: 'session_opened', payload: { id: connection.id } });
    return connection.userId;
  }

  async close(userId: UserId): Promise<void> {
    await this.manager.removeConnection(userId);
  }

  isOnline(user: string): boolean {
    return this.manager.isUserConnected(asUserId(user));
  }
}
