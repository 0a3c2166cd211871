const INLINE_WIDTH = 100;

/**
 * JSON as a person would write a config: arrays and objects of plain values on one line when they fit, the
 * rest indented by two spaces.
 *
 *   "legacy": [
 *     { "module": "./src/websocket-core/manager" },
 *     { "module": "./src/websocket-core/unified-manager", "name": "UnifiedWebSocketManager" }
 *   ]
 */
export function formatConfigJson(value: unknown, indent = ''): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.length === 0) return '[]';
    const inline = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (items.every(isPlain) && indent.length + inline.length <= INLINE_WIDTH) return inline;
    return `[\n${items.map((item) => inner + formatConfigJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const inline = `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(', ')} }`;
  if (entries.every(([, item]) => isPlain(item)) && indent.length + inline.length <= INLINE_WIDTH) return inline;
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatConfigJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

function isPlain(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}
