/**
 * @deprecated Legacy compatibility layer, the outer layer of the three-layer chain
 * manager -> unified-manager -> websocket-manager. Import `WebSocketManager` from
 * './websocket-manager' instead.
 */
export { UnifiedWebSocketManager as WebSocketManager } from './unified-manager';
