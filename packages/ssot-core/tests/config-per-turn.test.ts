import * as fs from 'node:fs';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache } from 'ssot-config';
import { runCheck } from '../src/index';
import { makeTempRoot, writeFile } from './helpers/temp-project';

// ESLint runs ssot's rules over one file one after the other, in one turn of the event loop. They read one
// config, looked up (and stat-ed) once; an edit made meanwhile takes effect from the next turn.

let root: string;

beforeEach(() => {
  clearCache();
  root = makeTempRoot('ssot-core-turn-');
  writeFile(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { module: 'preserve', moduleResolution: 'bundler' } }));
  writeFile(root, 'src/canonical.ts', 'export function format(): string { return ""; }\n');
  writeFile(root, 'src/legacy.ts', "export { format } from './canonical';\n");
  writeFile(root, 'src/things.ts', 'export class Thing {}\nexport function makeThing(): Thing { return new Thing(); }\n');
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const legacyFormat = { name: 'format', module: './src/canonical', legacy: [{ module: './src/legacy' }] };
const thingFromFactory = { name: 'Thing', module: './src/things', factory: { name: 'makeThing', module: './src/things' } };

/** Writes the config with a modification time later than the last one, as an editor's save would. */
function writeConfig(symbols: object[], secondsLater: number): void {
  const file = writeFile(root, 'ssot.config.json', JSON.stringify({ symbols }));
  const later = new Date(Date.now() + secondsLater * 1000);
  fs.utimesSync(file, later, later);
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the config of a file is read once per turn', () => {
  it('gives the checks of one file, run together, the config the first one read; an edit counts from the next turn', async () => {
    writeConfig([legacyFormat], 0);
    const text = "import { format } from './legacy';\nimport { Thing } from './things';\nexport const thing = new Thing();\n";
    const file = writeFile(root, 'src/user.ts', text);
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const messages = (check: 'canonical-import' | 'use-factory') =>
      runCheck(check, { ts, sourceFile }).map((finding) => finding.messageId);

    expect(messages('canonical-import')).toEqual(['legacyImport']);
    writeConfig([legacyFormat, thingFromFactory], 5);
    expect(messages('use-factory')).toEqual([]);

    await nextTurn();
    expect(messages('use-factory')).toEqual(['useFactoryUnsafe']);
  });
});
