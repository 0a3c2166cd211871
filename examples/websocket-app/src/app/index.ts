// App barrel. The first two lines re-export the socket layer through legacy paths.
export { WebSocketManager } from '../websocket-core/manager';
export type { WebSocketConnection } from '@ws/connection-manager';
export { bootstrap } from './bootstrap';
export { ChatRoute, createLegacyChatRoute } from './routes/chat-route';
export { SessionService } from './services/session-service';
export { BroadcastService } from './services/broadcast-service';
export { NotificationService } from './services/notification-service';
