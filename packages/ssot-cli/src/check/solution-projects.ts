import * as fs from 'node:fs';
import * as path from 'node:path';
import { tsconfigFileNames, tsconfigReferences } from '../audit/project';

/**
 * The projects `ssot check` runs over for a tsconfig: the tsconfig itself, unless it lists no file and references
 * other projects (a solution-style tsconfig.json, as Vite's, Angular's and Nx's templates have): then each project
 * it references that lists files, depth first through references that list none themselves, each once, as `tsc
 * -b` builds them. The tsconfig itself when none lists a file, so that its error says so.
 */
export function projectsToCheck(tsconfig: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (current: string): void => {
    const key = path.resolve(current);
    if (seen.has(key) || !fs.existsSync(current)) return;
    seen.add(key);
    if (tsconfigFileNames(current).length > 0) {
      found.push(current);
      return;
    }
    for (const reference of tsconfigReferences(current)) visit(reference);
  };
  visit(tsconfig);
  return found.length > 0 ? found : [tsconfig];
}
