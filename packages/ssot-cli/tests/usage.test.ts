import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, removeCopy, runSsot, writeProject } from './helpers';

const STACK_FRAME = /^\s+at /m;

describe('ssot usage and exit codes', () => {
  it('ssot --help and ssot audit --help print usage and exit 0', () => {
    const main = runSsot(['--help']);
    const audit = runSsot(['audit', '--help']);

    expect(main.status).toBe(0);
    expect(main.stdout).toContain('ssot audit [dir] [options]');
    expect(audit.status).toBe(0);
    expect(audit.stdout).toMatch(/^ {2}--baseline <file>/m);
    expect(audit.stdout).toMatch(/^Exit codes: 0 .*; 1 .*; 2 /m);
  });

  it.each([
    { args: [], message: 'ssot: no command given. Run `ssot --help` for usage.' },
    { args: ['lint'], message: 'ssot: unknown command "lint".' },
    { args: ['audit', '--jsn'], message: "ssot audit: Unknown option '--jsn'." },
    { args: ['audit', '--json', '--markdown'], message: 'ssot audit: --json and --markdown exclude each other.' },
    { args: ['audit', '--max-legacy', 'ten'], message: 'ssot audit: --max-legacy takes a whole number of imports, got "ten".' },
    { args: ['audit', '--force'], message: 'ssot audit: --force only applies to --init.' },
    { args: ['audit', '--init', '--json'], message: 'ssot audit: --init writes a config; it takes no --json' },
    { args: ['audit', 'a', 'b'], message: 'ssot audit: one directory at most, got a, b.' },
    { args: ['audit', 'no/such/dir'], message: 'ssot: no/such/dir is not a directory.' },
  ])('exits 2 on $args with a message and no stack trace', ({ args, message }) => {
    const result = runSsot(args);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).toBe('');
  });

  it('exits 2 when --max-legacy is given and no config governs the project', () => {
    const result = runSsot(['audit', 'packages/ssot-cli/tests/fixtures/discovery', '--max-legacy', '0']);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no ssot.config.json governs');
  });

  it('exits 2 on a baseline that is not an audit report, before auditing', () => {
    const result = runSsot(['audit', 'examples/websocket-app', '--baseline', 'package.json']);

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'ssot: the baseline package.json is not an ssot audit report (schemaVersion 1 with "figures"). Fix: write it with `ssot audit --json`.\n',
    );
  });

  it.each([
    ['audit', ['audit', '.']],
    ['check', ['check']],
  ])('ssot %s exits 2 on a referenced tsconfig that is not JSON or is missing, naming it, its place and the fix', (_name, args) => {
    const dir = writeProject('broken-reference', {
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tools' }, { path: './gone' }] }),
      'tsconfig.app.json': JSON.stringify({ include: ['src'] }),
      'src/a.ts': 'export const a = 1;\n',
      // The syntax error comes after `include`, which TypeScript still reads: it must not pass for a project.
      'tools/tsconfig.json': '{ "include": ["*.ts"],\n',
      'tools/b.ts': 'export const b = 1;\n',
    });
    try {
      const broken = runSsot(args, { cwd: dir });
      expect(broken.status).toBe(2);
      // (ssot check may first say that TypeScript 7, where installed, cannot read it either.)
      expect(broken.stderr.slice(broken.stderr.indexOf('ssot: '))).toBe(
        "ssot: tools/tsconfig.json cannot be used to build the program:\ntools/tsconfig.json(2,1): error TS1005: '}' expected.\n" +
          'Fix: correct the tsconfig (`tsc -p tools/tsconfig.json` reports the same), or, if a solution\'s reference leads to it, the reference.\n',
      );
      fs.writeFileSync(path.join(dir, 'tools/tsconfig.json'), '{ "include": ["*.ts"] }\n');
      const missing = runSsot(args, { cwd: dir });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/(^|\n)ssot: gone\/tsconfig\.json cannot be used to build the program:\nerror TS5083: Cannot read file '.*\/gone\/tsconfig\.json'\.\nFix: /);
    } finally {
      removeCopy(dir);
    }
  });

  it('exits 2 on a solution-style tsconfig whose projects include no files, naming them', () => {
    const dir = writeProject('no-files', {
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './lib' }] }),
      'lib/tsconfig.json': JSON.stringify({ compilerOptions: { composite: true }, include: ['src'] }),
      'lib/src/.gitkeep': '',
    });
    try {
      const result = runSsot(['audit', '.'], { cwd: dir });

      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        'ssot: tsconfig.json includes no files (it only references other projects). Fix: point ssot at a project whose tsconfig lists its sources: one of its references, lib/tsconfig.json.\n',
      );
    } finally {
      removeCopy(dir);
    }
  });
});

describe('ssot audit with a broken config', () => {
  let copy: string;

  beforeAll(() => {
    copy = copyExample('websocket-app', 'broken');
    const configFile = path.join(copy, 'ssot.config.json');
    const text = fs.readFileSync(configFile, 'utf8').replace('"./src/websocket-core/websocket-manager"', '"./src/gone"');
    fs.writeFileSync(configFile, text);
  });
  afterAll(() => removeCopy(copy));

  it('exits 2 naming the file, line, column, JSON path and the fix, without a stack trace', () => {
    const result = runSsot(['audit', copy]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ssot\.config\.json:6:17: symbols\[0\]\.module: module "\.\/src\/gone" does not resolve/);
    expect(result.stderr).toContain('Fix: ');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stdout).toBe('');
  });
});
