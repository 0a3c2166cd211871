import { spanOf } from '../../edits/apply-edits';
import type { TextEdit } from '../../finding';
import type { ModuleSite } from '../../module-sites';

/** Edits that belong to one or more legacy sites. */
export interface SiteEdits {
  readonly sites: readonly ModuleSite[];
  readonly edits: readonly TextEdit[];
}

/**
 * Edits that must be applied together, and fix every site they name. Units never overlap, and never touch
 * (ESLint skips a fix that starts where the previous one ended), so one pass of `eslint --fix` or one fix-all
 * applies every unit of a file.
 */
export interface FixUnit {
  readonly sites: ReadonlySet<ModuleSite>;
  readonly edits: readonly TextEdit[];
}

/** Joins pieces that share a site, then units whose ranges overlap or touch. */
export function formUnits(pieces: readonly SiteEdits[]): FixUnit[] {
  const parent = new Map<ModuleSite, ModuleSite>();
  const find = (site: ModuleSite): ModuleSite => {
    let root = site;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as ModuleSite;
    parent.set(site, root);
    return root;
  };
  for (const piece of pieces) {
    for (const site of piece.sites) if (!parent.has(site)) parent.set(site, site);
    const [first, ...rest] = piece.sites;
    if (first) for (const site of rest) parent.set(find(site), find(first));
  }
  const byRoot = new Map<ModuleSite, { sites: Set<ModuleSite>; edits: TextEdit[] }>();
  for (const piece of pieces) {
    const first = piece.sites[0];
    if (!first) continue;
    const root = find(first);
    let unit = byRoot.get(root);
    if (!unit) {
      unit = { sites: new Set(), edits: [] };
      byRoot.set(root, unit);
    }
    for (const site of piece.sites) unit.sites.add(site);
    unit.edits.push(...piece.edits.filter((edit) => edit.start !== edit.end || edit.text !== ''));
  }
  return mergeOverlapping([...byRoot.values()].filter((unit) => unit.edits.length > 0));
}

function mergeOverlapping(units: readonly FixUnit[]): FixUnit[] {
  const sorted = [...units].sort((a, b) => spanOf(a.edits).start - spanOf(b.edits).start);
  const merged: { sites: Set<ModuleSite>; edits: TextEdit[]; end: number }[] = [];
  for (const unit of sorted) {
    const span = spanOf(unit.edits);
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      for (const site of unit.sites) last.sites.add(site);
      last.edits.push(...unit.edits);
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ sites: new Set(unit.sites), edits: [...unit.edits], end: span.end });
    }
  }
  return merged.map(({ sites, edits }) => ({ sites, edits }));
}
