import type { WebSocketManagerOptions } from '../websocket-core/types';

/** Options every manager in the app is meant to share (and the direct constructions forget). */
export const managerOptions: WebSocketManagerOptions = {
  maxConnectionsPerUser: 3,
  onError: (error, connectionId) => console.warn(`send to ${connectionId} failed`, error),
};
