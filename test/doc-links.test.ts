import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, repoRoot } from './helpers/doc-links';

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.tmp', '.git', 'fixtures']);

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : markdownFiles(path.join(dir, entry.name));
    return entry.name.endsWith('.md') ? [path.join(dir, entry.name)] : [];
  });
}

describe('links in the repository\'s Markdown', () => {
  const files = markdownFiles(repoRoot);

  it('finds the READMEs', () => {
    expect(files).toContain(path.join(repoRoot, 'README.md'));
    expect(files).toContain(path.join(repoRoot, 'bench', 'README.md'));
  });

  // Files shipped in a package are held to absolute links by pack-contents.test.ts; here every link must lead
  // to a file that exists and a heading that exists, as GitHub renders them.
  it.each(files.map((file) => [path.relative(repoRoot, file), file]))('%s: every link leads somewhere', (_name, file) => {
    expect(brokenLinks(file, { absoluteOnly: false })).toEqual([]);
  });
});
