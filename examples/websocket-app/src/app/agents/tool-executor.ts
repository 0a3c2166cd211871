import type { UserId } from '@ws/types';
import { UnifiedWebSocketManager as Mgr } from '@ws/unified-manager';
import type { WebSocketManagerProtocol } from '@ws/websocket-manager-factory';

export type Tool = (input: string) => Promise<string>;

/** Runs a tool between the `tool_executing` and `tool_completed` events. */
export class ToolExecutor {
  readonly #events: WebSocketManagerProtocol;

  // Defaulting to a fresh manager means a tool's events can land on a manager nobody is connected to.
  constructor(events: WebSocketManagerProtocol = new Mgr()) {
    this.#events = events;
  }

  async execute(userId: UserId, name: string, tool: Tool, input: string): Promise<string> {
    await this.#events.emitCriticalEvent(userId, 'tool_executing', { tool: name, input });
    const output = await tool(input);
    await this.#events.emitCriticalEvent(userId, 'tool_completed', { tool: name, output });
    return output;
  }
}
