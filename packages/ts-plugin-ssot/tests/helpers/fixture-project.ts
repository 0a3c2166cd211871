import * as path from 'node:path';
import { makeTempDir, writeFiles } from './paths';

/** A canonical module, a pure shim, a legacy name in a module that still holds code, and files that use them. */
export const fixtureConfig = `{
  "symbols": [
    {
      "name": "Thing",
      "module": "./src/core/thing",
      "legacy": [
        { "module": "./src/legacy-thing" },
        { "module": "./src/core/mixed", "name": "OldThing" }
      ]
    }
  ]
}
`;

/** The same config without the legacy name: an edit that removes one finding from app.ts. */
export const fixtureConfigWithoutOldThing = `{
  "symbols": [
    {
      "name": "Thing",
      "module": "./src/core/thing",
      "legacy": [{ "module": "./src/legacy-thing" }]
    }
  ]
}
`;

export const appText = `import { Thing } from './legacy-thing';
import { OldThing } from './core/mixed';

export const count: number = 'one';
export const things = [new Thing(), new OldThing()];
`;

export const appTextFixed = `import { Thing, Thing as OldThing } from './core/thing';

export const count: number = 'one';
export const things = [new Thing(), new OldThing()];
`;

/** Writes the fixture project; the tsconfig enables the plugin the way a user does. */
export function writeFixtureProject(label: string): { dir: string; file(name: string): string } {
  const dir = makeTempDir(label);
  writeFiles(dir, {
    'package.json': '{ "private": true }\n',
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          module: 'preserve',
          moduleResolution: 'bundler',
          target: 'es2022',
          noEmit: true,
          lib: ['es2023'],
          types: [],
          plugins: [{ name: 'ts-plugin-ssot' }],
        },
        include: ['src'],
      },
      null,
      2,
    ),
    'ssot.config.json': fixtureConfig,
    'src/core/thing.ts': 'export class Thing {\n  readonly size = 1;\n}\n',
    'src/legacy-thing.ts': "export { Thing } from './core/thing';\n",
    'src/core/mixed.ts': "export { Thing as OldThing } from './thing';\nexport class Helper {}\n",
    'src/app.ts': appText,
    'src/complete.ts': 'export const made = new Thin\n',
    'src/complete-helper.ts': 'export const helper = new Help\n',
    'src/missing.ts': 'export const made = new Thing();\n',
    // Not legacy: a module that shares its file name with the legacy shim, and a file that completes its class.
    'src/other/legacy-thing.ts': 'export class Gadget {}\n',
    'src/complete-gadget.ts': 'export const gadget = new Gadg\n',
  });
  return { dir, file: (name) => path.join(dir, name) };
}
