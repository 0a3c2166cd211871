import type { CriticalEventType, EventPayload } from '@ws/types';
import { UnifiedWebSocketManager, serializeMessageSafely, type WebSocketConnection } from '@ws/unified-manager';

/** The wire form of every critical event, kept for the golden-path audit. */
export class AgentEventLog {
  readonly entries: string[] = [];

  record(eventType: CriticalEventType, data: EventPayload): void {
    this.entries.push(serializeMessageSafely({ type: eventType, payload: data }));
  }
}

/** Agents accept any manager, but only the canonical one guarantees isolation. */
export function isCanonicalManager(value: unknown): value is UnifiedWebSocketManager {
  return value instanceof UnifiedWebSocketManager;
}

export function describeConnection(connection: WebSocketConnection): string {
  return `${connection.userId}/${connection.id} (${connection.isOpen ? 'open' : 'closed'})`;
}
