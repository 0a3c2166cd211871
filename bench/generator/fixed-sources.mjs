// The modules every generated project has: canonical homes, legacy shims and barrels, near-miss decoys,
// package entry points, and the factory classes with their factories and protocol.

/** @returns {{ path: string, text: string }[]} */
export function fixedSources(plan) {
  const files = [];
  const add = (path, lines) => files.push({ path, text: `${lines.join('\n')}\n` });
  plan.legacy.forEach((entry, i) => {
    add(entry.canonicalPath, [
      `/** The one home of ${entry.canonicalName}. */`,
      `export function ${entry.canonicalName}(input: number): number {`,
      `  return input + ${i + 1};`,
      '}',
    ]);
    add(entry.legacyPath, [
      `/** @deprecated Import ${entry.canonicalName} from '../core/${entry.concept}'. */`,
      `export { ${reexported(entry)} } from '../core/${entry.concept}';`,
    ]);
    add(entry.similarPath, [
      '/** Not legacy: a separate helper whose path only looks like the legacy one. */',
      `export function ${entry.similarName}(input: number): number {`,
      '  return input * 2;',
      '}',
    ]);
    add(entry.sameNamePath, [
      '/** Not legacy: its own declaration, under the export name the legacy module has. */',
      `export function ${entry.legacyName}(input: number): number {`,
      '  return input - 1;',
      '}',
    ]);
  });
  for (const pkg of plan.packages) {
    if (pkg.legacy.length > 0) {
      add(`${pkg.dir}/src/legacy/index.ts`, [
        '/** @deprecated The legacy barrel: import each symbol from its canonical module. */',
        ...pkg.legacy.map((entry) => `export { ${reexported(entry)} } from '../core/${entry.concept}';`),
      ]);
    }
    add(`${pkg.dir}/src/index.ts`, [
      ...plan.rootModules(pkg).map((module) => `export * from '${module.path.replace(`${pkg.dir}/src/`, './').replace(/\.ts$/, '')}';`),
      // The canonical names again, from a module that is not legacy: imports of these are correct.
      ...pkg.legacy.map((entry) => `export { ${entry.canonicalName} } from './core/${entry.concept}';`),
      ...(pkg.letter === 'a'
        ? [
            "export { Connection } from './core/connection';",
            "export { createConnection } from './core/connection-factory';",
            "export type { ConnectionProtocol } from './core/connection-protocol';",
          ]
        : []),
      ...(pkg.letter === 'b'
        ? ["export { Scheduler } from './core/scheduler';", "export { createScheduler } from './core/scheduler-factory';"]
        : []),
    ]);
  }
  add('packages/pkg-a/src/core/connection-protocol.ts', [
    'export interface ConnectionProtocol {',
    '  open(url: string): Promise<void>;',
    '  send(data: string): number;',
    '  close(code?: number): void;',
    '}',
  ]);
  add('packages/pkg-a/src/core/connection.ts', [
    "import type { ConnectionProtocol } from './connection-protocol';",
    '',
    '/** Made by createConnection(); `new` elsewhere is reported. */',
    'export class Connection implements ConnectionProtocol {',
    '  constructor(readonly url: string) {}',
    '  async open(url: string): Promise<void> {',
    '    void url;',
    '  }',
    '  send(data: string): number {',
    '    return data.length;',
    '  }',
    '  close(code?: number): void {',
    '    void code;',
    '  }',
    '}',
  ]);
  add('packages/pkg-a/src/core/connection-factory.ts', [
    "import { Connection } from './connection';",
    '',
    'export function createConnection(url: string): Connection {',
    '  return new Connection(url);',
    '}',
  ]);
  add('packages/pkg-a/src/compat/connection.ts', [
    '/** Not the factory class: another class under the same name. */',
    'export class Connection {',
    '  constructor(readonly url: string) {}',
    '}',
  ]);
  add('packages/pkg-a/src/testing/connection-fixture.ts', [
    "import { Connection } from '../core/connection';",
    '',
    '// Allowed by the factory\'s "allow" glob.',
    "export const fixtureConnection = new Connection('ws://fixture');",
  ]);
  add('packages/pkg-b/src/core/scheduler.ts', [
    '/** Made by createScheduler(); `new` elsewhere is reported. */',
    'export class Scheduler {',
    '  constructor(readonly intervalMs: number) {}',
    '  tick(now: number): number {',
    '    return now + this.intervalMs;',
    '  }',
    '}',
  ]);
  add('packages/pkg-b/src/core/scheduler-factory.ts', [
    "import { Scheduler } from './scheduler';",
    '',
    'export function createScheduler(intervalMs: number): Scheduler {',
    '  return new Scheduler(intervalMs);',
    '}',
  ]);
  return files;
}

/** `formatDate`, or `parseQuery as legacyParseQuery` when the legacy module had an old name. */
function reexported(entry) {
  return entry.legacyName === entry.canonicalName ? entry.canonicalName : `${entry.canonicalName} as ${entry.legacyName}`;
}
