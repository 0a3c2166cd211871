import { findNodeAtLocation, type Node as JsonNode, type Segment } from 'jsonc-parser';
import type { ConfigLocation } from './types';

/** Maps offsets and JSON paths of one config text to the 1-based lines and columns a user can jump to. */
export class JsonLocator {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly tree: JsonNode | undefined,
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  /** The location of the value at `segments`, or of its nearest existing parent. */
  locate(segments: readonly Segment[]): ConfigLocation {
    const jsonPath = formatJsonPath(segments);
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = this.tree && findNodeAtLocation(this.tree, segments.slice(0, depth));
      if (node) return { jsonPath, ...this.positionOf(node.offset) };
    }
    return { jsonPath, line: 1, column: 1 };
  }

  /** The location of a property's key, for problems with the key itself (unknown keys). */
  locateKey(objectSegments: readonly Segment[], key: string): ConfigLocation {
    const object = this.tree && findNodeAtLocation(this.tree, objectSegments as Segment[]);
    const property = object?.children?.find((child) => child.children?.[0]?.value === key);
    const jsonPath = formatJsonPath([...objectSegments, key]);
    if (!property) return this.locate(objectSegments);
    return { jsonPath, ...this.positionOf(property.offset) };
  }

  get length(): number {
    return this.text.length;
  }
}

/** `['symbols', 0, 'legacy', 1]` -> `symbols[0].legacy[1]`. */
export function formatJsonPath(segments: readonly Segment[]): string {
  return segments
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

/** `/symbols/0/legacy` (a JSON pointer, as Ajv reports) -> `['symbols', 0, 'legacy']`. */
export function segmentsFromPointer(pointer: string): Segment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
