import { describe, it, expect, vi } from 'vitest';
import { SessionService } from '../src/app/services/session-service';
import { FakeSocket } from '../src/app/support/fake-socket';
import { WebSocketManager } from '../src/websocket-core/manager';
import type { WebSocketConnection } from '../src/websocket-core/unified-manager';

// Shared with the hoisted mock factory below.
const constructed = vi.hoisted(() => ({ count: 0 }));

// Count constructions of the canonical class, to see which code skips the factory. The mock stands on the
// canonical module: every path to the class goes through it, so moving imports off the legacy paths keeps them
// mocked (a mock of a legacy path would stop applying to each import ssot moves, so ssot would not move them).
vi.mock('../src/websocket-core/websocket-manager', async () => {
  const actual = await vi.importActual<typeof import('../src/websocket-core/websocket-manager')>('../src/websocket-core/websocket-manager');
  class CountingManager extends actual.WebSocketManager {
    constructor(...args: ConstructorParameters<typeof actual.WebSocketManager>) {
      super(...args);
      constructed.count += 1;
    }
  }
  return { ...actual, WebSocketManager: CountingManager };
});

describe('the legacy manager path', () => {
  it('is the canonical class under another name', () => {
    const manager = new WebSocketManager();
    expect(manager.getConnectionCount()).toBe(0);
  });

  it('shows SessionService constructing its own manager', () => {
    const before = constructed.count;
    new SessionService();
    expect(constructed.count).toBe(before + 1);
  });

  it('delivers all five critical events to the right user only', async () => {
    const manager = new WebSocketManager();
    const alice: WebSocketConnection = new FakeSocket('alice');
    const bob = new FakeSocket('bob');
    await manager.addConnection(alice.userId, alice);
    await manager.addConnection(bob.userId, bob);

    for (const type of ['agent_started', 'agent_thinking', 'tool_executing', 'tool_completed', 'agent_completed'] as const) {
      await manager.emitCriticalEvent(alice.userId, type, { run: 1 });
    }

    expect((alice as FakeSocket).messages.map((m) => m.type)).toEqual([
      'agent_started',
      'agent_thinking',
      'tool_executing',
      'tool_completed',
      'agent_completed',
    ]);
    expect(bob.sent).toEqual([]);
  });

  it('rejects a critical event nobody can receive', async () => {
    const manager = new WebSocketManager();
    const offline = new FakeSocket('carol');
    await expect(manager.emitCriticalEvent(offline.userId, 'agent_started', {})).rejects.toThrow(/reached no connection/);
  });
});
