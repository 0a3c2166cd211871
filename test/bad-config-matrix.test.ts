import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { goodConfig, repoRoot, restoreConfig, runEslint, writeBadConfigProject } from './helpers/bad-config-project';
import * as ts from 'typescript';
import { InProcessServer } from '../packages/ts-plugin-ssot/tests/helpers/in-process-server';
import { waitFor } from './helpers/wait-for';

interface BadConfig {
  name: string;
  /** What is left at the config's path: text or bytes, or a function that makes it (returns why to skip). */
  config: string | Uint8Array | ((configFile: string) => string | undefined);
  /** The place and problem both tools print: `ssot.config.json:<line>:<column>: <JSON path>: <message>`. */
  problem: RegExp;
  /** Set while the case still fails; the test is then `fails`, and passes again once the bug is fixed. */
  knownBug?: string;
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const symbol = (fields: string) => lines('{', '  "symbols": [', `    { ${fields} }`, '  ]', '}');

const cases: BadConfig[] = [
  // JSON syntax
  {
    name: 'a missing comma',
    config: symbol('"name": "Thing" "module": "./src/canonical"'),
    problem: /ssot\.config\.json:3:23: invalid JSON: comma expected\./,
  },
  {
    name: 'two objects in one file',
    config: lines('{ "symbols": [] }', '{ "ignore": [] }'),
    problem: /ssot\.config\.json:2:1: invalid JSON: end of file expected\./,
  },
  {
    name: 'a string never closed',
    config: lines('{', '  "symbols": [', '    { "name": "Thing', '  ]', '}'),
    problem: /ssot\.config\.json:3:15: invalid JSON: unexpected end of string\./,
  },
  {
    name: 'a file cut off inside an array',
    config: lines('{', '  "symbols": [', '    { "name": "Thing", "module": "./src/canonical" },'),
    problem: /ssot\.config\.json:4:1: invalid JSON: close bracket expected\./,
  },
  {
    name: 'single-quoted strings',
    config: lines("{ 'symbols': [] }"),
    problem: /ssot\.config\.json:1:3: invalid JSON: unexpected character\./,
  },
  {
    name: 'two commas in a row',
    config: lines('{', '  "symbols": [],,', '  "ignore": []', '}'),
    problem: /ssot\.config\.json:2:17: invalid JSON: property name expected\./,
  },
  {
    name: 'a block comment never closed',
    config: lines('{', '  /* the symbols', '  "symbols": []', '}'),
    problem: /ssot\.config\.json:2:3: invalid JSON: unexpected end of comment\./,
  },
  {
    name: 'a file of comments only',
    config: lines('// symbols to come'),
    problem: /ssot\.config\.json:2:1: invalid JSON: value expected\./,
  },
  // Wrong types, missing and unknown keys
  {
    name: 'a top-level array',
    config: lines('[]'),
    problem: /ssot\.config\.json:1:1: expected object, found an array\./,
  },
  {
    name: '"symbols" as an object',
    config: lines('{', '  "symbols": {}', '}'),
    problem: /ssot\.config\.json:2:14: symbols: expected array, found an object\./,
  },
  {
    name: 'a number as a name',
    config: symbol('"name": 7, "module": "./src/canonical"'),
    problem: /ssot\.config\.json:3:15: symbols\[0\]\.name: expected string, found number 7\./,
  },
  {
    name: '"legacy" as a string',
    config: symbol('"name": "Thing", "module": "./src/canonical", "legacy": "./src/legacy"'),
    problem: /ssot\.config\.json:3:63: symbols\[0\]\.legacy: expected array, found string "\.\/src\/legacy"\./,
  },
  {
    name: 'a string for a boolean',
    config: symbol(
      '"name": "Thing", "module": "./src/canonical", "factory": { "module": "./src/canonical", "name": "Thing", "acceptsConstructorArgs": "yes" }',
    ),
    problem: /ssot\.config\.json:3:\d+: symbols\[0\]\.factory\.acceptsConstructorArgs: expected boolean, found string "yes"\./,
  },
  {
    name: 'a missing required key',
    config: symbol('"name": "Thing"'),
    problem: /ssot\.config\.json:3:5: symbols\[0\]: missing required key "module"\./,
  },
  {
    name: 'a name that is not an identifier',
    config: symbol('"name": "Thing-Manager", "module": "./src/canonical"'),
    problem: /ssot\.config\.json:3:15: symbols\[0\]\.name: "Thing-Manager" is not an export name\./,
  },
  {
    name: 'an unknown top-level key',
    config: lines('{', '  "symbol": []', '}'),
    problem: /ssot\.config\.json:2:3: symbol: unknown key "symbol"\./,
  },
  {
    name: 'an unknown key in a symbol',
    config: symbol('"name": "Thing", "module": "./src/canonical", "legasy": []'),
    problem: /ssot\.config\.json:3:53: symbols\[0\]\.legasy: unknown key "legasy"\./,
  },
  // Modules that do not resolve
  {
    name: 'a legacy module that does not resolve',
    config: symbol('"name": "Thing", "module": "./src/canonical", "legacy": [{ "module": "./src/gone" }]'),
    problem: /ssot\.config\.json:3:\d+: symbols\[0\]\.legacy\[0\]\.module: module "\.\/src\/gone" does not resolve/,
  },
  {
    name: 'a canonical package that is not installed',
    config: symbol('"name": "Thing", "module": "no-such-package"'),
    problem: /ssot\.config\.json:3:\d+: symbols\[0\]\.module: module "no-such-package" does not resolve/,
  },
  {
    name: 'a "tsconfig" that does not exist',
    config: lines('{', '  "tsconfig": "./tsconfig.missing.json",', '  "symbols": []', '}'),
    problem: /ssot\.config\.json:2:15: tsconfig: "\.\/tsconfig\.missing\.json" does not exist\./,
  },
  // What the config may not say
  {
    name: 'a canonical export listed as legacy',
    config: symbol('"name": "Thing", "module": "./src/canonical", "legacy": [{ "module": "./src/canonical.ts" }]'),
    problem: /ssot\.config\.json:3:\d+: symbols\[0\]\.legacy\[0\]: "Thing" of "\.\/src\/canonical\.ts" is the canonical export of symbol "Thing"/,
  },
  {
    name: 'the same legacy export under two symbols',
    config: lines(
      '{',
      '  "symbols": [',
      '    { "name": "Thing", "module": "./src/canonical", "legacy": [{ "module": "./src/legacy" }] },',
      '    { "name": "Other", "module": "./src/canonical", "legacy": [{ "module": "./src/legacy.ts", "name": "Thing" }] }',
      '  ]',
      '}',
    ),
    problem: /ssot\.config\.json:4:\d+: symbols\[1\]\.legacy\[0\]: the legacy export "Thing" of "\.\/src\/legacy\.ts" is already claimed by symbol "Thing"/,
  },
  {
    name: 'a chain of module moves',
    config: lines(
      '{',
      '  "modules": [',
      '    { "legacy": "./src/older", "canonical": "./src/old" },',
      '    { "legacy": "./src/old", "canonical": "./src/canonical" }',
      '  ]',
      '}',
    ),
    problem: /ssot\.config\.json:4:17: modules\[1\]\.legacy: "\.\/src\/old" is moved away, but modules\[0\]\.canonical names it/,
  },
  {
    name: 'a cycle of module moves',
    config: lines(
      '{',
      '  "modules": [',
      '    { "legacy": "./src/old", "canonical": "./src/older" },',
      '    { "legacy": "./src/older", "canonical": "./src/old" }',
      '  ]',
      '}',
    ),
    problem: /ssot\.config\.json:3:17: modules\[0\]\.legacy: "\.\/src\/old" is moved away, but modules\[1\]\.canonical names it as a canonical module \(a chain or a cycle\)/,
  },
  {
    name: 'a canonical module moved away',
    config: lines(
      '{',
      '  "symbols": [{ "name": "Thing", "module": "./src/old" }],',
      '  "modules": [{ "legacy": "./src/old", "canonical": "./src/canonical" }]',
      '}',
    ),
    problem: /ssot\.config\.json:3:27: modules\[0\]\.legacy: "\.\/src\/old" is moved away, but symbols\[0\]\.module names it/,
  },
  {
    name: 'a module moved onto itself',
    config: lines('{', '  "modules": [{ "legacy": "./src/old", "canonical": "./src/old.ts" }]', '}'),
    problem: /ssot\.config\.json:2:15: modules\[0\]: legacy "\.\/src\/old" and canonical "\.\/src\/old\.ts" are the same module\./,
  },
  // The file itself
  {
    name: 'an empty file',
    config: '',
    problem: /ssot\.config\.json:1:1: the file is empty\./,
  },
  {
    name: 'a directory named ssot.config.json',
    config: (configFile) => {
      fs.rmSync(configFile);
      fs.mkdirSync(configFile);
      return undefined;
    },
    problem: /ssot\.config\.json:1:1: the file is a directory, not a file\./,
  },
  {
    name: 'a file that cannot be read',
    config: (configFile) => {
      fs.writeFileSync(configFile, goodConfig.replace('Thing', 'Other')); // a new mtime, which the watcher sees
      fs.chmodSync(configFile, 0o000);
      try {
        fs.accessSync(configFile, fs.constants.R_OK);
        return 'the file stays readable after chmod 000 (running as root)';
      } catch {
        return undefined;
      }
    },
    problem: /ssot\.config\.json:1:1: the file cannot be read \(EACCES\)\./,
  },
  {
    name: 'a file over 1 MiB',
    config: `{ "symbols": [] }${' '.repeat(1024 * 1024)}`,
    problem: /ssot\.config\.json:1:1: the file is 1048593 bytes; a config is refused above 1048576 bytes\./,
  },
  {
    name: 'bytes that are not UTF-8',
    config: Buffer.concat([Buffer.from('{ "ignore": ["caf'), Buffer.from([0xe9]), Buffer.from('"] }\n')]),
    problem: /ssot\.config\.json:1:1: the file is not valid UTF-8 \(first bad byte at offset 17\)\./,
  },
  {
    name: 'a file saved as UTF-16',
    config: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "symbols": [] }\n', 'utf16le')]),
    problem: /ssot\.config\.json:1:1: the file is not valid UTF-8 \(first bad byte at offset 0\)\./,
  },
  // Hostile input
  {
    name: 'arrays nested 10,000 deep (20 KB)',
    config: `{ "symbols": ${'['.repeat(10_000)}${']'.repeat(10_000)} }\n`,
    problem: /ssot\.config\.json:1:\d+: the JSON is nested more than 64 levels deep\./,
  },
  {
    name: 'a "__proto__" key',
    config: lines('{', '  "symbols": [],', '  "__proto__": { "ignore": ["**"] }', '}'),
    problem: /ssot\.config\.json:3:3: the key "__proto__" is not allowed\./,
  },
  {
    name: 'a glob of 70,000 characters',
    config: lines('{', `  "ignore": ["${'a'.repeat(70_000)}"]`, '}'),
    problem: /ssot\.config\.json:2:\d+: ignore\[0\]: /,
  },
];

const errorHeader = /^ssot: ssot\.config\.json has (?:an error|\d+ errors); ssot checks cannot run until it is fixed\.$/gm;
const stackFrame = /^\s+at /m;
const RELOAD_TIMEOUT_MS = 20_000;

/** What a diagnostic says, where; without the file, which is always app.ts. */
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ code, source, start, text }) => ({ code, source, line: start.line, offset: start.offset, text }));

describe('a broken ssot.config.json, under the ESLint CLI and in tsserver', () => {
  let dir: string;
  let configFile: string;
  let app: string;
  let server: InProcessServer;
  let healthy: ReturnType<typeof summary>;
  let configIsGood = true;

  const reloads = () => server.logs.filter((line) => line.includes('ssot.config.json changed: reloading')).length;
  const refreshes = () => server.events.filter(({ event }) => event === 'projectsUpdatedInBackground').length;

  /** Runs `edit`, then waits for the plugin's watcher to reload the config and ask the editor to refresh. */
  async function watchedEdit<T>(edit: () => T, during: () => void = () => undefined): Promise<T> {
    const [reloadsBefore, refreshesBefore] = [reloads(), refreshes()];
    const result = edit();
    during();
    await waitFor(
      () => reloads() > reloadsBefore && refreshes() > refreshesBefore,
      RELOAD_TIMEOUT_MS,
      'the plugin to reload ssot.config.json',
    );
    return result;
  }

  beforeAll(() => {
    dir = writeBadConfigProject();
    configFile = path.join(dir, 'ssot.config.json');
    app = path.join(dir, 'src', 'app.ts');
    server = new InProcessServer({ pluginProbeLocations: [repoRoot] });
    server.open(app);
    healthy = summary(semanticDiagnostics(server, app));
  });
  afterEach(async () => {
    if (configIsGood) return;
    await watchedEdit(() => {
      restoreConfig(configFile);
    });
    configIsGood = true;
  });
  afterAll(() => {
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts from a project with one TypeScript error and one ssot finding, in both tools', () => {
    expect(healthy.map(({ code, source }) => ({ code, source }))).toEqual([
      { code: 2322, source: undefined },
      { code: 93001, source: 'ssot' },
    ]);
    const { status, output } = runEslint(dir);
    expect(status).toBe(1);
    expect(output).toContain("Import 'Thing' from './canonical', not from legacy module './legacy'");
  });

  for (const badConfig of cases) {
    const title = `${badConfig.name}${badConfig.knownBug ? ` (known bug: ${badConfig.knownBug})` : ''}`;
    it(title, { fails: badConfig.knownBug !== undefined }, async (context) => {
      configIsGood = false;
      let eslint: ReturnType<typeof runEslint> = { status: null, output: '' };
      const skipReason = await watchedEdit(
        () => {
          const { config } = badConfig;
          if (typeof config === 'function') return config(configFile);
          fs.writeFileSync(configFile, config);
          return undefined;
        },
        // ESLint runs while the watcher's event waits: the CLI blocks this process, the event is handled after.
        () => {
          eslint = runEslint(dir);
        },
      );
      if (skipReason !== undefined) context.skip(skipReason);

      expect(eslint.status, eslint.output).toBe(2);
      expect(eslint.output.match(errorHeader), eslint.output).toHaveLength(1);
      expect(eslint.output).toMatch(badConfig.problem);
      expect(eslint.output).toContain(' Fix: ');
      expect(eslint.output).not.toMatch(stackFrame);

      const diagnostics = summary(semanticDiagnostics(server, app));
      expect(diagnostics.filter((diagnostic) => diagnostic.source !== 'ssot')).toEqual(
        healthy.filter((diagnostic) => diagnostic.source !== 'ssot'),
      );
      const ssot = diagnostics.filter((diagnostic) => diagnostic.source === 'ssot');
      expect(ssot.map(({ code, line, offset }) => ({ code, line, offset }))).toEqual([{ code: 93000, line: 1, offset: 1 }]);
      expect(ssot[0]?.text).toContain(`${configFile} has`);
      expect(ssot[0]?.text).toMatch(badConfig.problem);
      expect(ssot[0]?.text).toContain(' Fix: ');

      await watchedEdit(() => {
        restoreConfig(configFile);
      });
      configIsGood = true;
      expect(summary(semanticDiagnostics(server, app))).toEqual(healthy);
    });
  }

  it('lints normally again once the config is fixed', () => {
    const { status, output } = runEslint(dir);
    expect(status).toBe(1);
    expect(output).toContain("Import 'Thing' from './canonical', not from legacy module './legacy'");
    expect(output).not.toContain('ssot.config.json has');
  });
});

type Diagnostic = ts.server.protocol.Diagnostic;

function semanticDiagnostics(server: InProcessServer, file: string): Diagnostic[] {
  return server.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
}
