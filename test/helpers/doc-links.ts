import * as fs from 'node:fs';
import * as path from 'node:path';
import { headingAnchors, links } from './markdown';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** The repository's web address, from the root package.json (`git+https://github.com/o/r.git` -> `https://github.com/o/r`). */
export const repositoryUrl: string = (() => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { repository: { url: string } };
  return manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
})();

export interface LinkRules {
  /**
   * Only absolute https links and anchors of the same document: a file shipped in a package is read on the
   * registry's page, where a relative link leads nowhere.
   */
  readonly absoluteOnly: boolean;
}

/**
 * What is wrong with the links of a Markdown file in this repository, one line per broken link: a relative link
 * (or a link to this repository's `blob/main` or `tree/main`) must name a file that exists, and an anchor must
 * be a heading of the file it points into. Links to other sites are not fetched.
 */
export function brokenLinks(file: string, rules: LinkRules): string[] {
  const markdown = fs.readFileSync(file, 'utf8');
  const where = (line: number) => `${path.relative(repoRoot, file).split(path.sep).join('/')}:${line}`;
  const problems: string[] = [];
  for (const { url, line } of links(markdown)) {
    const [target = '', anchor] = url.split('#', 2) as [string, string | undefined];
    let targetFile: string;
    if (target === '') {
      targetFile = file;
    } else if (/^https?:\/\//.test(target)) {
      if (!target.startsWith('https://')) problems.push(`${where(line)}: ${url} is not https`);
      const inRepository = repositoryPath(target);
      if (inRepository === undefined) continue;
      targetFile = path.join(repoRoot, inRepository);
    } else if (rules.absoluteOnly) {
      problems.push(`${where(line)}: ${url} is relative; on the registry's page it leads nowhere (write ${repositoryUrl}/blob/main/...)`);
      continue;
    } else {
      targetFile = path.resolve(path.dirname(file), decodeURIComponent(target));
    }
    if (!fs.existsSync(targetFile)) {
      problems.push(`${where(line)}: ${url}: ${path.relative(repoRoot, targetFile)} does not exist`);
      continue;
    }
    if (anchor !== undefined && targetFile.endsWith('.md') && !headingAnchors(fs.readFileSync(targetFile, 'utf8')).has(anchor)) {
      problems.push(`${where(line)}: ${url}: no heading #${anchor} in ${path.relative(repoRoot, targetFile)}`);
    }
  }
  return problems;
}

/** The path inside this repository that a web address names (`README.md` for the repository's own page). */
function repositoryPath(url: string): string | undefined {
  if (url === repositoryUrl) return 'README.md';
  const match = new RegExp(`^${escapeRegExp(repositoryUrl)}/(?:blob|tree)/main/(.+?)/?$`).exec(url);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
