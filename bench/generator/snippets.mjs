// Code beside the imports: constructions of factory classes (some wrong, some decoys), implementations of the
// protocol (some that differ from it), and legacy-looking text in comments and strings that is no import at all.
import { aliasSpecifier, packageSpecifier } from './specifiers.mjs';

/** Each: imports (lines), body (lines; `expected: true` marks a line ssot/use-factory must report). */
const FACTORY_SNIPPETS = {
  'new-from-root': (id) => ({
    imports: [`import { Connection } from '@bench/pkg-a';`],
    body: [{ text: `export const connection${id} = new Connection('ws://${id}');`, expected: true }],
  }),
  'factory-call': (id) => ({
    imports: [`import { createConnection } from '@bench/pkg-a';`],
    body: [{ text: `export const connection${id} = createConnection('ws://${id}');` }],
  }),
  'new-through-alias': (id) => ({
    imports: [`import { Connection as Link } from '@a/core/connection';`],
    body: [{ text: `export const link${id} = new Link('ws://${id}');`, expected: true }],
  }),
  'same-name-other-class': (id) => ({
    imports: [`import { Connection } from '@a/compat/connection';`],
    body: [{ text: `export const compatConnection${id} = new Connection('ws://${id}');` }],
  }),
  'new-of-namespace-member': (id) => ({
    imports: [`import * as connections from '@bench/pkg-a/core/connection';`],
    body: [{ text: `export const connection${id} = new connections.Connection('ws://${id}');`, expected: true }],
  }),
  'new-scheduler': (id) => ({
    imports: [`import { Scheduler } from '@bench/pkg-b/core/scheduler';`],
    body: [{ text: `export const scheduler${id} = new Scheduler(250);`, expected: true }],
  }),
  'local-class-of-same-name': (id) => ({
    imports: [],
    body: [
      { text: 'class Scheduler {' },
      { text: '  constructor(readonly intervalMs: number) {}' },
      { text: '}' },
      { text: `export const localScheduler${id} = new Scheduler(100);` },
    ],
  }),
  'scheduler-factory-call': (id) => ({
    imports: [`import { createScheduler } from '@b/core/scheduler-factory';`],
    body: [{ text: `export const scheduler${id} = createScheduler(500);` }],
  }),
  subclass: (id) => ({
    imports: [`import { Connection } from '@a/core/connection';`],
    body: [{ text: `export class RetryingConnection${id} extends Connection {}`, expected: true }],
  }),
};
const FACTORY_KINDS = Object.keys(FACTORY_SNIPPETS);

export function createSnippetPicker(plan, random) {
  let factoryTurn = 0;
  let protocolTurn = 0;
  let textTurn = 0;
  return {
    factory(id, force = false) {
      if (!force && !random.chance(0.06)) return undefined;
      const kind = force ? 'new-from-root' : FACTORY_KINDS[factoryTurn++ % FACTORY_KINDS.length];
      return { kind, ...FACTORY_SNIPPETS[kind](id) };
    },
    protocol(id) {
      if (!random.chance(0.015)) return undefined;
      const differs = protocolTurn++ % 2 === 1;
      return {
        imports: [`import type { ConnectionProtocol } from '@bench/pkg-a/core/connection-protocol';`],
        body: [
          `export class PooledConnection${id} implements ConnectionProtocol {`,
          '  async open(url: string): Promise<void> {',
          '    void url;',
          '  }',
          // Wider than the protocol: valid TypeScript, and what protocol-conformance is for.
          differs ? '  send(data: string | Uint8Array): number {' : '  send(data: string): number {',
          '    return data.length;',
          '  }',
          '  close(code?: number): void {',
          '    void code;',
          '  }',
          '}',
        ],
      };
    },
    /** A legacy path in a comment or a string literal: text, not an import. */
    text(id) {
      if (!random.chance(0.1)) return undefined;
      const entry = random.pick(plan.legacy);
      switch (textTurn++ % 3) {
        case 0:
          return { comment: `// Migrated: was import { ${entry.legacyName} } from '${aliasSpecifier(entry.pkg, entry.legacyPath)}'.` };
        case 1:
          return { body: [`export const migrationNote${id} = "import { ${entry.legacyName} } from '${entry.pkg.name}/legacy'";`] };
        default:
          return { body: [`export const loaderHint${id} = "require('${packageSpecifier(entry.pkg, entry.legacyPath)}')";`] };
      }
    },
  };
}
