import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Edits of a copy of examples/websocket-app that change findings in files they leave alone: ssot.config.json,
 * the protocol, a canonical module, a shim, a new class. Applied in this order, one after another; the ESLint
 * cache test and the editor test both check that what they report after each equals a cold ESLint run.
 */
export interface Edit {
  readonly name: string;
  apply(dir: string): void;
}

const CORE = 'src/websocket-core';

function editJson(file: string, change: (json: { symbols: { name: string; legacy: object[] }[] }) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit found nothing to replace in ${file}`);
  fs.writeFileSync(file, next);
}

export const FINDING_INPUT_EDITS: Edit[] = [
  {
    name: 'a symbol removed from ssot.config.json',
    apply: (dir) =>
      editJson(path.join(dir, 'ssot.config.json'), (json) => {
        json.symbols = json.symbols.filter((symbol) => symbol.name !== 'WebSocketConnection');
      }),
  },
  {
    name: 'a legacy entry added to ssot.config.json',
    apply: (dir) =>
      editJson(path.join(dir, 'ssot.config.json'), (json) => {
        json.symbols.find((symbol) => symbol.name === 'WebSocketManager')?.legacy.push({ module: `./${CORE}/migration-adapter`, name: 'WebSocketManagerAdapter' });
      }),
  },
  {
    name: 'a member added to the protocol',
    apply: (dir) => replaceIn(path.join(dir, CORE, 'protocols.ts'), '  getConnectionCount(): number;', '  getConnectionCount(): number;\n  drain(): Promise<void>;'),
  },
  {
    name: 'a canonical export renamed',
    apply: (dir) => replaceIn(path.join(dir, CORE, 'types.ts'), 'export function serializeMessageSafely(', 'export function serializeMessage('),
  },
  {
    // The config names every shim, and a module it names must resolve: the entry goes with the file.
    name: 'a legacy shim deleted, and its entry',
    apply: (dir) => {
      fs.rmSync(path.join(dir, CORE, 'manager.ts'));
      editJson(path.join(dir, 'ssot.config.json'), (json) => {
        for (const symbol of json.symbols) {
          symbol.legacy = symbol.legacy.filter((entry) => (entry as { module: string }).module !== `./${CORE}/manager`);
        }
      });
    },
  },
  {
    name: 'a new file implementing the protocol',
    apply: (dir) =>
      fs.writeFileSync(
        path.join(dir, CORE, 'aaa-extra-manager.ts'),
        [
          "import { WebSocketManager } from './websocket-manager';",
          '',
          '/** One more manager, through a base class: the protocol allows one implementation outside tests. */',
          'export class ExtraManager extends WebSocketManager {}',
          '',
        ].join('\n'),
      ),
  },
];
