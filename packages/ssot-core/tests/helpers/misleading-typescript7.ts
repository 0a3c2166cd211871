import * as fs from 'node:fs';
import * as path from 'node:path';

const fixture = path.join(__dirname, '..', 'fixtures', 'misleading-typescript7');
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** A specifier written in the file `from` that the stand-in leads to `leadsTo`. */
export interface Lie {
  readonly from: string;
  readonly specifier: string;
  readonly leadsTo: string;
}

/**
 * Installs in `projectRoot` a TypeScript 7 (as `typescript7`, version 7.0.2) that is the workspace's real one,
 * except that its checker leads the specifiers of `lies` elsewhere: a compiler that resolves them otherwise than
 * TypeScript 6's resolver. Returns the package's directory.
 */
export function installMisleadingTypescript7(projectRoot: string, lies: readonly Lie[]): string {
  const directory = path.join(projectRoot, 'node_modules', 'typescript7');
  fs.cpSync(fixture, directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'lies.json'), JSON.stringify({ realFrom: repoRoot, lies }));
  return directory;
}
