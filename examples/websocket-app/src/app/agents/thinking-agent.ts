// CommonJS-era import form, still accepted under "module": "preserve".
import ws = require('../../websocket-core/manager');
import type { WebSocketConnection } from '../../websocket-core/migration-adapter';
import type { UserId } from '../../websocket-core/types';

/** Streams intermediate thoughts as `agent_thinking` events. */
export class ThinkingAgent {
  readonly #manager: ws.WebSocketManager;

  constructor(manager: ws.WebSocketManager = new ws.WebSocketManager({ maxConnectionsPerUser: 1 })) {
    this.#manager = manager;
  }

  async connect(connection: WebSocketConnection): Promise<void> {
    await this.#manager.addConnection(connection.userId, connection);
  }

  async think(userId: UserId, thoughts: readonly string[]): Promise<void> {
    for (const [step, thought] of thoughts.entries()) {
      await this.#manager.emitCriticalEvent(userId, 'agent_thinking', { step, thought });
    }
  }
}
