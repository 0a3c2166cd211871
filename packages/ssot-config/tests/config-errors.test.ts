import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCache, loadConfig, loadConfigForFile, type SsotConfigError } from '../src/index';
import { copyFixture, expectConfigError, lines, removeTempDirs, writeFile } from './helpers';

beforeEach(() => clearCache());
afterEach(() => removeTempDirs());

/** Writes `text` as the config of a copy of the fixture project and returns the error loading it throws. */
function configError(text: string | Uint8Array): SsotConfigError {
  const root = copyFixture('project');
  const configFile = writeFile(root, 'ssot.config.json', text);
  return expectConfigError(configFile, () => loadConfig(ts, configFile));
}

function problem(line: number, column: number, jsonPath: string, message: string) {
  return { line, column, jsonPath, message: expect.stringContaining(message), fix: expect.any(String) };
}

describe('syntax errors', () => {
  it('reports a missing comma where the next property starts', () => {
    const error = configError(lines('{', '  "symbols": []', '  "ignore": []', '}'));

    expect(error.problems).toEqual([problem(3, 3, '', 'invalid JSON: comma expected.')]);
  });

  it('reports an empty file', () => {
    const error = configError('');

    expect(error.problems).toEqual([problem(1, 1, '', 'the file is empty.')]);
  });

  it('reports a file of whitespace only as empty', () => {
    const error = configError(' \n\t\n  \n');

    expect(error.problems).toEqual([problem(1, 1, '', 'the file is empty.')]);
  });
});

describe('schema errors', () => {
  it('reports a top-level array', () => {
    const error = configError(lines('[]'));

    expect(error.problems).toEqual([problem(1, 1, '', 'expected object, found an array.')]);
  });

  it('reports a value of the wrong type', () => {
    const error = configError(lines('{', '  "symbols": {}', '}'));

    expect(error.problems).toEqual([problem(2, 14, 'symbols', 'expected array, found an object.')]);
  });

  it('reports a missing required key at the object that lacks it', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "module": "./src/websocket-manager"',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([problem(3, 5, 'symbols[0]', 'missing required key "name".')]);
  });

  it('reports an unknown key at the key, listing the allowed keys', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketManager",',
        '      "module": "./src/websocket-manager",',
        '      "legasy": []',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      {
        line: 6,
        column: 7,
        jsonPath: 'symbols[0].legasy',
        message: expect.stringContaining('unknown key "legasy".'),
        fix: expect.stringContaining('"name", "module", "legacy", "factory", "protocol"'),
      },
    ]);
  });

  it('reports an unknown top-level key, listing the allowed keys', () => {
    const error = configError(lines('{', '  "symbol": []', '}'));

    expect(error.problems).toEqual([
      {
        line: 2,
        column: 3,
        jsonPath: 'symbol',
        message: expect.stringContaining('unknown key "symbol".'),
        fix: expect.stringContaining('"$schema", "tsconfig", "symbols", "modules", "barrels", "ignore"'),
      },
    ]);
  });

  it('reports an export name that is not an identifier', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "1abc",',
        '      "module": "./src/websocket-manager"',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([problem(4, 15, 'symbols[0].name', '"1abc" is not an export name.')]);
  });

  it.each([
    ['a name with a hyphen', 'Web-Socket', 15],
    ['a name with a space', 'Web Socket', 15],
    ['a name starting with a digit (a Unicode one)', '\u0663abc', 15],
  ])('reports %s as no export name', (_, name, column) => {
    const error = configError(lines('{', '  "symbols": [', `    { "name": ${JSON.stringify(name)}, "module": "./src/websocket-manager" }`, '  ]', '}'));

    expect(error.problems).toEqual([problem(3, column, 'symbols[0].name', `${JSON.stringify(name)} is not an export name.`)]);
  });

  it.each([
    ['Angular\'s private-export prefix', '\u0275AbstractPanelHeader'],
    ['letters outside ASCII', 'Gr\u00f6\u00dfe'],
    ['a zero-width joiner after the first character', 'a\u200Db'],
    ['dollar and underscore', '$_manager'],
  ])('loads an export name with %s, as JavaScript allows', (_, name) => {
    const root = copyFixture('project');
    const configFile = writeFile(
      root,
      'ssot.config.json',
      lines('{', '  "symbols": [', `    { "name": "WebSocketManager", "module": "./src/websocket-manager", "legacy": [{ "module": "./src/unified-manager", "name": ${JSON.stringify(name)} }] }`, '  ]', '}'),
    );

    expect(loadConfig(ts, configFile).symbols[0]?.legacy[0]?.name).toBe(name);
  });

  it('reports an empty module string', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketManager",',
        '      "module": ""',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([problem(5, 17, 'symbols[0].module', 'expected a non-empty string.')]);
  });

  it('reports every schema problem at once', () => {
    const error = configError(lines('{', '  "symbols": {},', '  "ignore": [""]', '}'));

    expect(error.problems).toEqual([
      problem(2, 14, 'symbols', 'expected array, found an object.'),
      problem(3, 14, 'ignore[0]', 'expected a non-empty string.'),
    ]);
    expect(error.message).toContain('has 2 errors');
  });
});

describe('module errors', () => {
  it('reports a module that does not resolve, at its JSON path', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketManager",',
        '      "module": "./src/websocket-manager",',
        '      "legacy": [',
        '        { "module": "./src/unified-manager", "name": "UnifiedWebSocketManager" },',
        '        { "module": "./src/missing-manager" }',
        '      ]',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(8, 21, 'symbols[0].legacy[1].module', 'module "./src/missing-manager" does not resolve'),
    ]);
  });

  it('reports a "tsconfig" that does not exist', () => {
    const error = configError(lines('{', '  "tsconfig": "./tsconfig.missing.json",', '  "symbols": []', '}'));

    expect(error.problems).toEqual([problem(2, 15, 'tsconfig', '"./tsconfig.missing.json" does not exist.')]);
  });
});

describe('conflicts', () => {
  it('reports a legacy export that is also the canonical export', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketManager",',
        '      "module": "./src/websocket-manager",',
        '      "legacy": [',
        '        { "module": "./src/websocket-manager.ts" }',
        '      ]',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(
        7,
        9,
        'symbols[0].legacy[0]',
        '"WebSocketManager" of "./src/websocket-manager.ts" is the canonical export of symbol "WebSocketManager" (symbols[0])',
      ),
    ]);
  });

  it('reports a legacy export claimed by two symbols', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketManager",',
        '      "module": "./src/websocket-manager",',
        '      "legacy": [{ "module": "./src/unified-manager", "name": "UnifiedWebSocketManager" }]',
        '    },',
        '    {',
        '      "name": "WebSocketConnection",',
        '      "module": "./src/types",',
        '      "legacy": [{ "module": "./src/unified-manager.ts", "name": "UnifiedWebSocketManager" }]',
        '    }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(
        11,
        18,
        'symbols[1].legacy[0]',
        'the legacy export "UnifiedWebSocketManager" of "./src/unified-manager.ts" is already claimed by symbol "WebSocketManager" (symbols[0].legacy[0])',
      ),
    ]);
  });

  it('accepts one legacy module holding several legacy names with different canonical homes', () => {
    const root = copyFixture('project');
    const configFile = writeFile(
      root,
      'ssot.config.json',
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketManager",',
        '      "module": "./src/websocket-manager",',
        '      "legacy": [{ "module": "./src/unified-manager", "name": "UnifiedWebSocketManager" }]',
        '    },',
        '    {',
        '      "name": "WebSocketConnection",',
        '      "module": "./src/types",',
        '      "legacy": [{ "module": "./src/unified-manager" }]',
        '    }',
        '  ]',
        '}',
      ),
    );

    const config = loadConfig(ts, configFile);
    const legacy = config.symbols.map((symbol) => symbol.legacy.map((ref) => [ref.module.files, ref.name]));
    const unifiedManager = [path.join(root, 'src', 'unified-manager.ts')];
    expect(legacy).toEqual([[[unifiedManager, 'UnifiedWebSocketManager']], [[unifiedManager, 'WebSocketConnection']]]);
  });

  it('reports a module move whose legacy and canonical modules are the same file', () => {
    const error = configError(
      lines('{', '  "modules": [', '    { "legacy": "./src/types", "canonical": "./src/types.ts" }', '  ]', '}'),
    );

    expect(error.problems).toEqual([
      problem(3, 5, 'modules[0]', 'legacy "./src/types" and canonical "./src/types.ts" are the same module.'),
    ]);
  });

  it('reports a chain: a module moved away that another move names as canonical', () => {
    const error = configError(
      lines(
        '{',
        '  "modules": [',
        '    { "legacy": "./src/older-types", "canonical": "./src/old-types" },',
        '    { "legacy": "./src/old-types", "canonical": "./src/types" }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(
        4,
        17,
        'modules[1].legacy',
        '"./src/old-types" is moved away, but modules[0].canonical names it as a canonical module',
      ),
    ]);
  });

  it('reports a chain: a module moved away that a symbol names as canonical', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [{ "name": "WebSocketConnection", "module": "./src/old-types" }],',
        '  "modules": [{ "legacy": "./src/old-types", "canonical": "./src/types" }]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(
        3,
        27,
        'modules[0].legacy',
        '"./src/old-types" is moved away, but symbols[0].module names it as a canonical module',
      ),
    ]);
  });

  it('reports a legacy entry of a module already moved whole', () => {
    const error = configError(
      lines(
        '{',
        '  "symbols": [',
        '    {',
        '      "name": "WebSocketConnection",',
        '      "module": "./src/types",',
        '      "legacy": [{ "module": "./src/old-types" }]',
        '    }',
        '  ],',
        '  "modules": [{ "legacy": "./src/old-types", "canonical": "./src/types" }]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(6, 18, 'symbols[0].legacy[0]', '"./src/old-types" is already moved as a whole module by modules[0].'),
    ]);
  });
  it('reports one legacy module moved twice, whatever its spelling', () => {
    const error = configError(
      lines(
        '{',
        '  "modules": [',
        '    { "legacy": "./src/old-types", "canonical": "./src/types" },',
        '    { "legacy": "./src/old-types.ts", "canonical": "./src/protocols" }',
        '  ]',
        '}',
      ),
    );

    expect(error.problems).toEqual([
      problem(
        4,
        17,
        'modules[1].legacy',
        '"./src/old-types.ts" is the same module as "./src/old-types", already moved by modules[0].',
      ),
    ]);
  });

  it('reports a symbol declared again, at each repeat', () => {
    const symbol = '    { "name": "WebSocketConnection", "module": "./src/types" }';
    const error = configError(lines('{', '  "symbols": [', `${symbol},`, `${symbol},`, symbol, '  ]', '}'));

    expect(error.problems).toEqual([
      problem(4, 5, 'symbols[1]', 'symbol "WebSocketConnection" of "./src/types" is already declared by symbols[0].'),
      problem(5, 5, 'symbols[2]', 'symbol "WebSocketConnection" of "./src/types" is already declared by symbols[0].'),
    ]);
  });
});

describe('barrels', () => {
  it('reports a barrel that holds no legacy name', () => {
    const error = configError(lines('{', '  "symbols": [],', '  "barrels": ["./src/types"]', '}'));
    expect(error.problems).toEqual([problem(3, 15, 'barrels[0]', '"./src/types" is no legacy home of any symbol')]);
  });

  it('reports a barrel that is moved as a whole module', () => {
    const error = configError(
      lines('{', '  "modules": [{ "legacy": "./src/old-types", "canonical": "./src/types" }],', '  "barrels": ["./src/old-types"]', '}'),
    );
    expect(error.problems).toEqual([problem(3, 15, 'barrels[0]', '"./src/old-types" is moved as a whole module by modules[0]')]);
  });
});

describe('the "tsconfig" key', () => {
  const withTsconfig = (root: string, tsconfig: string) =>
    writeFile(root, 'ssot.config.json', lines('{', `  "tsconfig": "${tsconfig}",`, '  "symbols": []', '}'));

  it.each([
    ['a directory', (root: string) => fs.mkdirSync(path.join(root, 'configs')), './configs', '"./configs" is a directory.'],
    [
      'a JSON file that is no tsconfig',
      (root: string) => writeFile(root, 'package.json', '{ "name": "app" }'),
      './package.json',
      '"./package.json" is not a tsconfig: it has none of "compilerOptions", "extends"',
    ],
    [
      'a broken tsconfig',
      (root: string) => writeFile(root, 'tsconfig.broken.json', '{ "compilerOptions": { '),
      './tsconfig.broken.json',
      '"./tsconfig.broken.json" cannot be read as a tsconfig:',
    ],
    [
      'a tsconfig whose "extends" is a cycle',
      (root: string) => {
        writeFile(root, 'tsconfig.a.json', '{ "extends": "./tsconfig.b.json" }');
        writeFile(root, 'tsconfig.b.json', '{ "extends": "./tsconfig.a.json" }');
      },
      './tsconfig.a.json',
      '"./tsconfig.a.json" cannot be used: Circularity detected',
    ],
  ])('reports %s at the key', (_, arrange, tsconfig, message) => {
    const root = copyFixture('project');
    arrange(root);
    const configFile = withTsconfig(root, tsconfig);
    const error = expectConfigError(configFile, () => loadConfig(ts, configFile));
    expect(error.problems).toEqual([problem(2, 15, 'tsconfig', message)]);
  });

  it('reports a broken nearest tsconfig.json, which the config did not name, at the top of the file', () => {
    const root = copyFixture('project');
    writeFile(root, 'tsconfig.json', '{ "extends": "./tsconfig.json" }');
    const configFile = writeFile(root, 'ssot.config.json', '{ "symbols": [] }');
    const error = expectConfigError(configFile, () => loadConfig(ts, configFile));
    expect(error.problems).toEqual([problem(1, 1, '', '"tsconfig.json" cannot be used: Circularity detected')]);
  });
});

describe('file errors', () => {
  it('reports a directory named ssot.config.json', () => {
    const root = copyFixture('project');
    fs.rmSync(path.join(root, 'ssot.config.json'));
    const configDir = path.join(root, 'ssot.config.json');
    fs.mkdirSync(configDir);

    const error = expectConfigError(configDir, () => loadConfigForFile(ts, path.join(root, 'src', 'types.ts')));
    expect(error.problems).toEqual([problem(1, 1, '', 'the file is a directory, not a file.')]);
  });

  it('reports an ssot.config.json that is a link loop instead of taking the config as absent', () => {
    const root = copyFixture('project');
    fs.rmSync(path.join(root, 'ssot.config.json'));
    fs.symlinkSync('ssot.config.json', path.join(root, 'ssot.config.json'));

    const error = expectConfigError(path.join(root, 'ssot.config.json'), () =>
      loadConfigForFile(ts, path.join(root, 'src', 'types.ts')),
    );
    expect(error.problems).toEqual([problem(1, 1, '', 'the file is a symbolic link that loops (ELOOP).')]);
  });

  it('reports an ssot.config.json that is a link to nothing', () => {
    const root = copyFixture('project');
    fs.rmSync(path.join(root, 'ssot.config.json'));
    fs.symlinkSync('gone.json', path.join(root, 'ssot.config.json'));

    const error = expectConfigError(path.join(root, 'ssot.config.json'), () =>
      loadConfigForFile(ts, path.join(root, 'src', 'types.ts')),
    );
    expect(error.problems).toEqual([problem(1, 1, '', 'the file is a link to a file that does not exist.')]);
  });

  it('reports a file that cannot be read', (context) => {
    const root = copyFixture('project');
    const configFile = path.join(root, 'ssot.config.json');
    fs.chmodSync(configFile, 0o000);
    try {
      fs.accessSync(configFile, fs.constants.R_OK);
      context.skip('the file stays readable (running as root)');
    } catch {
      // Not readable: the case under test.
    }

    const error = expectConfigError(configFile, () => loadConfig(ts, configFile));
    expect(error.problems).toEqual([problem(1, 1, '', 'the file cannot be read (EACCES).')]);
  });

  it('reports a file over 1 MiB', () => {
    const text = '{ "symbols": [] }' + ' '.repeat(1024 * 1024);

    const error = configError(text);
    expect(error.problems).toEqual([
      problem(1, 1, '', `the file is ${text.length} bytes; a config is refused above 1048576 bytes.`),
    ]);
  });

  it('accepts a file of exactly 1 MiB', () => {
    const root = copyFixture('project');
    const json = '{ "symbols": [] }';
    const configFile = writeFile(root, 'ssot.config.json', json + ' '.repeat(1024 * 1024 - json.length));

    expect(loadConfig(ts, configFile).symbols).toEqual([]);
  });

  it('reports bytes that are not UTF-8, with the offset of the first', () => {
    const bytes = Buffer.concat([Buffer.from('{ "ignore": ["caf'), Buffer.from([0xff]), Buffer.from('"] }\n')]);

    const error = configError(bytes);
    expect(error.problems).toEqual([problem(1, 1, '', 'the file is not valid UTF-8 (first bad byte at offset 17).')]);
  });

  // A file saved as Latin-1: 0xE9 ("é") starts a multi-byte sequence that the next byte, '"', breaks.
  it('reports the lead byte of a broken UTF-8 sequence as the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('{ "ignore": ["caf'), Buffer.from([0xe9]), Buffer.from('"] }\n')]);

    const error = configError(bytes);
    expect(error.problems).toEqual([problem(1, 1, '', 'the file is not valid UTF-8 (first bad byte at offset 17).')]);
  });
});
