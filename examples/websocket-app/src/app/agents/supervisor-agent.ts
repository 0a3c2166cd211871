import { WebSocketManager } from '../../websocket-core/manager';
import type { WebSocketManagerProtocol } from '../../websocket-core/interfaces';
import { asUserId, type UserId } from '../../websocket-core/types';
import type { WebSocketConnection } from '../../websocket-core/unified-manager';
import { managerOptions } from '../config';
import { ToolExecutor, type Tool } from './tool-executor';

/** Runs one agent turn and streams the five critical events to its user. */
export class SupervisorAgent {
  // Seeds' anti-pattern kept on purpose: the agent builds its own manager instead of using the factory.
  readonly events: WebSocketManagerProtocol = new WebSocketManager(managerOptions);
  readonly #tools: ToolExecutor;

  constructor(tools?: ToolExecutor) {
    this.#tools = tools ?? new ToolExecutor(this.events);
  }

  async attach(connection: WebSocketConnection): Promise<UserId> {
    await this.events.addConnection(connection.userId, connection);
    return connection.userId;
  }

  async run(user: string, prompt: string, tool: Tool): Promise<string> {
    const userId = asUserId(user);
    await this.events.emitCriticalEvent(userId, 'agent_started', { prompt });
    await this.events.emitCriticalEvent(userId, 'agent_thinking', { step: 'choosing a tool' });
    const answer = await this.#tools.execute(userId, 'search', tool, prompt);
    await this.events.emitCriticalEvent(userId, 'agent_completed', { answer });
    return answer;
  }
}
