// Summarises a V8 .cpuprofile: self and inclusive time by function, and self time by package.
// `node bench/lib/summarise-profile.mjs <file.cpuprofile> [--top 25] [--match ssot-]`
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGES = [
  ['ssot-core', /packages\/ssot-core\//],
  ['ssot-config', /packages\/ssot-config\//],
  ['eslint-plugin-ssot', /packages\/eslint-plugin-ssot\//],
  ['typescript', /node_modules\/typescript\//],
  ['typescript-eslint', /node_modules\/@typescript-eslint\//],
  ['eslint', /node_modules\/eslint\//],
  ['import-x', /eslint-plugin-import-x|eslint-import-resolver|unrs-resolver/],
  ['node', /^node:|^internal\//],
];

export function summariseProfile(profile, { top = 25, match } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${shorten(url)}:${lineNumber + 1}`;
  };
  const self = new Map();
  const inclusive = new Map();
  const byPackage = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id);
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + ms);
    const pkg = PACKAGES.find(([, pattern]) => pattern.test(node.callFrame.url))?.[0] ?? (node.callFrame.url ? 'other' : node.callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const stackKey = keyOf(byId.get(at));
      if (seen.has(stackKey)) continue;
      seen.add(stackKey);
      inclusive.set(stackKey, (inclusive.get(stackKey) ?? 0) + ms);
    }
  });
  const sorted = (map, filter = () => true) =>
    [...map].filter(([key]) => filter(key)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, ms]) => ({ fn: key, ms: Math.round(ms) }));
  return {
    totalMs: Math.round(total),
    byPackage: sorted(byPackage),
    self: sorted(self),
    inclusive: sorted(inclusive, (key) => !match || key.includes(match)),
  };
}

function shorten(url) {
  return url.replace(/^file:\/\//, '').replace(/^.*\/(packages\/|node_modules\/)/, '$1');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file] = process.argv.slice(2);
  const option = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const summary = summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')), { top: Number(option('top') ?? 25), match: option('match') });
  console.log(`total ${summary.totalMs} ms`);
  for (const section of ['byPackage', 'self', 'inclusive']) {
    console.log(`\n${section}:`);
    for (const row of summary[section]) console.log(`  ${String(row.ms).padStart(7)} ms  ${row.fn}`);
  }
}
