import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, repoRoot, repositoryUrl } from './helpers/doc-links';
import { publishablePackages, runOrThrow } from './helpers/packed-project';

/**
 * What each package's tarball holds, as `npm pack` would publish it (the files are read from the package
 * directory, which is what npm packs): a license, no build state, source maps whose sources ship with them,
 * metadata for the registry's page, and Markdown whose links work there.
 */
function packedFiles(name: string): string[] {
  const { stdout } = runOrThrow('npm', ['pack', '--dry-run', '--json'], path.join(repoRoot, 'packages', name));
  const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack printed nothing for ${name}`);
  return packed.files.map((file) => file.path).sort();
}

interface Manifest {
  license?: string;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  keywords?: string[];
}

const ESLINT_PLUGIN_KEYWORDS = ['eslint', 'eslintplugin', 'eslint-plugin'];

describe.each(publishablePackages)('npm pack of %s', (name) => {
  const dir = path.join(repoRoot, 'packages', name);
  const files = packedFiles(name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;

  it('holds the repository\'s MIT license', () => {
    expect(files).toContain('LICENSE');
    expect(fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toBe(fs.readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8'));
    expect(manifest.license).toBe('MIT');
  });

  it('holds no TypeScript build info', () => {
    expect(files.filter((file) => file.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it('holds the source every source map and declaration map points at', () => {
    const maps = files.filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const missing = maps.flatMap((map) => {
      const { sources } = JSON.parse(fs.readFileSync(path.join(dir, map), 'utf8')) as { sources: string[] };
      return sources
        .map((source) => path.posix.join(path.posix.dirname(map), source))
        .filter((source) => !files.includes(source))
        .map((source) => `${map} -> ${source}`);
    });
    expect(missing).toEqual([]);
  });

  it('names the repository, its page, where to report bugs, and keywords', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${repositoryUrl}.git`, directory: `packages/${name}` });
    expect(manifest.homepage).toBe(`${repositoryUrl}/tree/main/packages/${name}#readme`);
    expect(manifest.bugs).toEqual({ url: `${repositoryUrl}/issues` });
    expect(manifest.keywords?.length).toBeGreaterThan(0);
    if (name.startsWith('eslint-plugin-')) expect(manifest.keywords).toEqual(expect.arrayContaining(ESLINT_PLUGIN_KEYWORDS));
  });

  it('has only links in its Markdown that work on the registry\'s page: absolute, or to a heading of the same file', () => {
    const markdown = files.filter((file) => file.endsWith('.md'));
    expect(markdown).toContain('README.md');
    expect(markdown.flatMap((file) => brokenLinks(path.join(dir, file), { absoluteOnly: true }))).toEqual([]);
  });
});

/** Whether `version` (x.y.z) satisfies a peer range of comparators (`>=5.9.0 <6.1.0`, `^9.0.0 || ^10.0.0`). */
function satisfies(version: string, range: string): boolean {
  const parse = (text: string) => text.split('.').map(Number) as [number, number, number];
  const compare = (a: string, b: string) => {
    const [x, y] = [parse(a), parse(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  return range.split('||').some((alternative) =>
    alternative.trim().split(/\s+/).every((comparator) => {
      const [, operator = '', bound = ''] = /^(>=|<=|>|<|\^|~|=)?(\d+\.\d+\.\d+)$/.exec(comparator) ?? [];
      if (!bound) throw new Error(`unsupported range ${range}`);
      const order = compare(version, bound);
      const [major, minor] = parse(bound);
      if (operator === '^') return order >= 0 && parse(version)[0] === major;
      if (operator === '~') return order >= 0 && parse(version)[0] === major && parse(version)[1] === minor;
      return { '>=': order >= 0, '<=': order <= 0, '>': order > 0, '<': order < 0, '=': order === 0, '': order === 0 }[operator] as boolean;
    }),
  );
}

describe('the README\'s requirements', () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  it('names only TypeScript versions that every package\'s peer range accepts', () => {
    const [, ...versions] = /^- TypeScript (\d+\.\d+) or (\d+\.\d+), as your project's `typescript`\./m.exec(readme) ?? [];
    expect(versions.length).toBe(2);
    for (const name of publishablePackages) {
      const { peerDependencies } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as {
        peerDependencies: { typescript: string };
      };
      for (const version of versions) expect(satisfies(`${version}.0`, peerDependencies.typescript), `${name}: TypeScript ${version}`).toBe(true);
    }
  });

  // One range, true everywhere: every package declares the same one, and CI runs the whole suite on its lowest
  // release (the `typescript-lowest` devDependency, through scripts/with-lowest-typescript.mjs).
  it('declares one TypeScript range in every package, and CI tests its lowest release', () => {
    const ranges = publishablePackages.map(
      (name) => (JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as { peerDependencies: { typescript: string } }).peerDependencies.typescript,
    );
    expect(new Set(ranges).size).toBe(1);
    const [range = ''] = ranges;
    const [, lowestMinor = ''] = /^- TypeScript (\d+\.\d+) or/m.exec(readme) ?? [];
    const lowest = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'typescript-lowest', 'package.json'), 'utf8')) as { version: string }).version;
    expect(lowest.startsWith(`${lowestMinor}.`)).toBe(true);
    expect(satisfies(lowest, range)).toBe(true);
    // The release before the lowest is outside the range: nothing below what CI runs is promised.
    const [major = 0, minor = 0] = lowestMinor.split('.').map(Number);
    expect(satisfies(`${major}.${minor - 1}.99`, range)).toBe(false);
    expect(fs.readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8')).toMatch(/node scripts\/with-lowest-typescript\.mjs npx vitest run/);
  });

  // The TypeScript 7 backend speaks 7.0's unstable API: the optional peer says so, the workspace tests a release
  // inside it, and 7.1 (whose API differs) is outside it, as the loader refuses it (test/ssot-check.test.ts).
  it('declares TypeScript 7 as an optional peer of 7.0.x where the backend lives, and tests a release inside it', () => {
    const tested = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'typescript7', 'package.json'), 'utf8')) as { version: string }).version;
    for (const name of ['ssot-core', 'ssot-cli']) {
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as {
        peerDependencies: Record<string, string>;
        peerDependenciesMeta: Record<string, { optional?: boolean }>;
      };
      const [, range = ''] = /^npm:typescript@(.+)$/.exec(manifest.peerDependencies['@typescript/native'] ?? '') ?? [];
      expect(manifest.peerDependenciesMeta['@typescript/native']?.optional, name).toBe(true);
      expect(satisfies(tested, range), `${name}: ${tested} in ${range}`).toBe(true);
      expect(satisfies('7.1.0', range), `${name}: 7.1.0 outside ${range}`).toBe(false);
    }
    expect(readme).toContain(`"@typescript/native": "npm:typescript@~7.0.2"`);
  });
});
