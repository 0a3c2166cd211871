/**
 * Legacy shim (middle layer of manager -> unified-manager -> websocket-manager).
 * Pure re-exports: one old module standing in for three names whose canonical
 * homes differ (`websocket-manager` and `types`).
 */
export { WebSocketManager as UnifiedWebSocketManager } from './websocket-manager';
export type { WebSocketConnection } from './types';
export { serializeMessageSafely } from './types';
