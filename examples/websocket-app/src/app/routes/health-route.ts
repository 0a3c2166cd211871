import type { WebSocketConnection } from '@ws/index';
import type { ConnectionHealth } from '@ws/types';

// The socket layer is loaded lazily so the route table does not pull it in at startup.

/** GET /health: per-connection health, or undefined when the manager is not the canonical one. */
export async function connectionHealth(
  manager: unknown,
  connections: readonly WebSocketConnection[],
): Promise<ConnectionHealth[] | undefined> {
  const { WebSocketManager } = await import('../../websocket-core/manager');
  if (!(manager instanceof WebSocketManager)) return undefined;
  return connections.map((connection) => manager.getConnectionHealth(connection.id));
}

/** GET /health/ready: a throwaway manager proves the socket layer loads. */
export async function socketLayerReady(): Promise<boolean> {
  const Manager = (await import('@ws/manager')).WebSocketManager;
  return new Manager().getConnectionCount() === 0;
}
