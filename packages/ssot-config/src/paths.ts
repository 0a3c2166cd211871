import * as path from 'node:path';

/** Forward slashes everywhere, as TypeScript writes resolved file names, so paths compare equal. */
export function normalizePath(file: string): string {
  return file.replace(/\\/g, '/');
}

/** Each directory from `dir` up to the file system root. */
export function* ancestorDirectories(dir: string): Generator<string> {
  let current = path.resolve(dir);
  for (;;) {
    yield current;
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
