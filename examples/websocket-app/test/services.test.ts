import { describe, it, expect, vi } from 'vitest';
import { BroadcastService } from '../src/app/services/broadcast-service';
import { NotificationService } from '../src/app/services/notification-service';
import { SessionService } from '../src/app/services/session-service';
import { FakeSocket } from '../src/app/support/fake-socket';
import { getWebSocketManager } from '../src/websocket-core/index';
import { WebSocketManager } from '../src/websocket-core/manager';
import { WebSocketManagerAdapter, type WebSocketConnection } from '../src/websocket-core/migration-adapter';
import { UnifiedWebSocketManager, serializeMessageSafely } from '../src/websocket-core/unified-manager';
import type { WebSocketManagerProtocol } from '../src/websocket-core/websocket-manager-factory';

// Spy on the constructor but hand back a real manager (a constructor may return an object). The spy stands on
// the canonical module, so it sees the constructions of every path to the class, legacy or moved.
vi.mock('../src/websocket-core/websocket-manager', async () => {
  const actual = await vi.importActual<typeof import('../src/websocket-core/websocket-manager')>('../src/websocket-core/websocket-manager');
  const WebSocketManager = vi.fn(function (...args: ConstructorParameters<typeof actual.WebSocketManager>) {
    return new actual.WebSocketManager(...args);
  });
  return { ...actual, WebSocketManager };
});

describe('services', () => {
  it('SessionService passes options the factory would accept', async () => {
    const sessions = new SessionService();
    expect(vi.mocked(WebSocketManager)).toHaveBeenCalledWith({ maxConnectionsPerUser: 2 });
    await sessions.open(new FakeSocket('dana'));
    expect(sessions.isOnline('dana')).toBe(true);
  });

  it('BroadcastService reaches every open socket', async () => {
    const manager: WebSocketManagerProtocol = getWebSocketManager();
    const broadcast = new BroadcastService(manager);
    const closed = new FakeSocket('erin');
    closed.close();
    await broadcast.connectAll([new FakeSocket('frank'), new FakeSocket('gina'), closed]);
    expect(await broadcast.announce('maintenance at noon')).toBe(2);
  });

  it('NotificationService queues what it cannot deliver', async () => {
    const notifications = new NotificationService(new UnifiedWebSocketManager());
    const offline = new FakeSocket('hana');
    expect(await notifications.notify(offline.userId, 'hello')).toBe(false);
    expect(notifications.pending(offline.userId)).toHaveLength(1);
  });

  it('serializeMessageSafely survives bigints and cycles', () => {
    const payload: Record<string, unknown> = { big: 10n };
    payload['self'] = payload;
    const wire = JSON.parse(serializeMessageSafely({ type: 'debug', payload }));
    expect(wire.payload).toEqual({ big: '10', self: '[Circular]' });
  });

  it('the legacy adapter leaks critical events across users', () => {
    const adapter = new WebSocketManagerAdapter();
    const ivan: WebSocketConnection = new FakeSocket('ivan');
    const jade = new FakeSocket('jade');
    adapter.addConnection(ivan.userId, ivan);
    adapter.addConnection(jade.userId, jade);
    adapter.emitCriticalEvent('agent_started', { for: 'ivan' });
    expect(jade.messages.map((m) => m.type)).toEqual(['agent_started']);
  });
});
