// Legacy barrel: every name here has a canonical home elsewhere.
export { WebSocketManager } from './websocket-manager';
export type { WebSocketConnection } from './types';
export type { WebSocketManagerProtocol } from './protocols';
export { createWebSocketManager } from './websocket-manager-factory';
// The seeds' global getter, kept under its old name.
export { createWebSocketManager as getWebSocketManager } from './websocket-manager-factory';
