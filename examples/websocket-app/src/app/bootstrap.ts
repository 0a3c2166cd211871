// Kept from the Python port, where importing manager.py emitted the deprecation warning at startup.
import '../websocket-core/manager';
import { getWebSocketManager } from '@ws/index';
import { managerOptions } from './config';
import { AdminRoute } from './routes/admin-route';
import { ChatRoute } from './routes/chat-route';
import { SocketRoute } from './routes/socket-route';
import { BroadcastService } from './services/broadcast-service';
import { NotificationService } from './services/notification-service';

/** Wires the app. Note how many managers exist afterwards: the fragmentation the seeds describe. */
export function bootstrap() {
  const shared = getWebSocketManager(managerOptions);
  return {
    shared,
    socket: new SocketRoute(),
    chat: new ChatRoute(shared),
    admin: new AdminRoute(shared),
    broadcast: new BroadcastService(shared),
    notifications: new NotificationService(shared),
  };
}
