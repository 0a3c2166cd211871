import type { UserId } from '../../websocket-core/types';
import { UnifiedWebSocketManager } from '../../websocket-core/unified-manager';
import {
  createWebSocketManager,
  type WebSocketManagerProtocol,
} from '../../websocket-core/websocket-manager-factory';
import type { Tool } from '../agents/tool-executor';
import { SupervisorAgent } from '../agents/supervisor-agent';

export interface ChatRequest {
  readonly userId: UserId;
  readonly prompt: string;
}

export interface RouteResponse {
  readonly status: number;
  readonly body: string;
}

/** POST /chat: answers only users with an open socket, since the answer travels over it. */
export class ChatRoute {
  readonly #presence: WebSocketManagerProtocol;
  readonly #agent: SupervisorAgent;

  constructor(presence: WebSocketManagerProtocol = createWebSocketManager(), agent = new SupervisorAgent()) {
    this.#presence = presence;
    this.#agent = agent;
  }

  async handle(request: ChatRequest, tool: Tool): Promise<RouteResponse> {
    if (!this.#presence.isUserConnected(request.userId)) return { status: 409, body: 'connect a socket first' };
    return { status: 200, body: await this.#agent.run(request.userId, request.prompt, tool) };
  }
}

/** The pre-factory variant still wired into the v1 routes: it constructs the manager directly. */
export function createLegacyChatRoute(): ChatRoute {
  return new ChatRoute(new UnifiedWebSocketManager({ maxConnectionsPerUser: 1 }));
}
