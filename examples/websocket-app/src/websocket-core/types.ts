/**
 * Canonical home of the types every WebSocket module shares.
 * They were extracted here (seeds: "Shared Types Extraction") so that the managers
 * stop importing each other just to name a connection.
 */

/** Brands stop a user id from being passed where a connection id is expected. */
export type UserId = string & { readonly __brand: 'UserId' };
export type ConnectionId = string & { readonly __brand: 'ConnectionId' };

export function asUserId(raw: string): UserId {
  return raw as UserId;
}

export function asConnectionId(raw: string): ConnectionId {
  return raw as ConnectionId;
}

/** The transport a manager writes to: a thin view of a real socket or a test double. */
export interface WebSocketConnection {
  readonly id: ConnectionId;
  readonly userId: UserId;
  readonly isOpen: boolean;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface ConnectionHealth {
  readonly connectionId: ConnectionId;
  readonly connected: boolean;
  readonly messagesSent: number;
  /** Epoch milliseconds of the last successful send; undefined until one happens. */
  readonly lastActivityAt: number | undefined;
}

/** The five events the chat UI must always receive, in this order, for every agent run. */
export const CRITICAL_EVENT_TYPES = [
  'agent_started',
  'agent_thinking',
  'tool_executing',
  'tool_completed',
  'agent_completed',
] as const;

export type CriticalEventType = (typeof CRITICAL_EVENT_TYPES)[number];

export type EventPayload = Readonly<Record<string, unknown>>;

export interface OutboundMessage {
  readonly type: string;
  readonly payload: EventPayload;
  readonly timestamp?: number;
}

export interface WebSocketManagerOptions {
  /** A user's connections beyond this many are refused. */
  readonly maxConnectionsPerUser?: number;
  /** Where send failures go; the manager never throws them at the caller. */
  readonly onError?: (error: unknown, connectionId: ConnectionId) => void;
}

/**
 * JSON for the wire that never throws: agent payloads carry bigints, errors and
 * cycles, and one bad payload must not kill the socket loop.
 */
export function serializeMessageSafely(message: OutboundMessage): string {
  // Repeated references are cut too; cheaper than tracking ancestors and fine for the wire.
  const seen = new WeakSet<object>();
  return JSON.stringify({ timestamp: Date.now(), ...message }, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Error) return { name: value.name, message: value.message };
    if (value instanceof Map) return Object.fromEntries(value);
    if (value instanceof Set) return [...value];
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  });
}
