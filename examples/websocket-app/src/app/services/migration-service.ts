import type { WebSocketManagerProtocol } from '@ws/interfaces';
import { UnifiedWebSocketManager } from '@ws/unified-manager';
import { WebSocketManagerAdapter, type WebSocketConnection } from '../../websocket-core/migration-adapter';

/** Moves the sockets held by the old adapter onto a protocol manager; returns what moved. */
export async function migrateAdapter(
  adapter: WebSocketManagerAdapter,
  target: WebSocketManagerProtocol,
): Promise<WebSocketConnection[]> {
  const moved: WebSocketConnection[] = [];
  for (const [userId, connection] of adapter.drain()) {
    await target.addConnection(userId, connection);
    moved.push(connection);
  }
  return moved;
}

export function isUnified(manager: WebSocketManagerProtocol): manager is UnifiedWebSocketManager {
  return manager instanceof UnifiedWebSocketManager;
}
