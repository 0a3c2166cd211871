import type * as TS from 'typescript';
import { importBindingNames } from '../../binding-uses';
import type { CheckContext } from '../../check-context';
import { applyEdits, spanOf } from '../../edits/apply-edits';
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

/**
 * Why applying `edits` to the file would change what it does, or undefined: the text must still parse, bind the
 * same local names once each, and run modules with side effects in the same order.
 */
export function unitProblem(ctx: CheckContext, edits: readonly TextEdit[]): string | undefined {
  const { ts, sourceFile } = ctx;
  const text = applyEdits(sourceFile.text, edits);
  if (text === undefined) return 'the edits overlap';
  const after = ts.createSourceFile(sourceFile.fileName, text, sourceFile.languageVersion, true);
  if (parseErrors(after) > parseErrors(sourceFile)) return 'the fixed text would not parse';
  const twice = namedTwice(declaredNames(ts, sourceFile), declaredNames(ts, after));
  if (twice !== undefined) return twice;
  return ctx.loadModel.orderChange(after);
}

/** The local names a file's imports bind and the names its re-exports export, each as often as it occurs. */
function declaredNames(ts: typeof TS, file: TS.SourceFile): string[] {
  return file.statements
    .flatMap((statement) => {
      const imported = importBindingNames(ts, statement).map(({ name }) => `import ${name}`);
      const clause = ts.isExportDeclaration(statement) ? statement.exportClause : undefined;
      const exported = clause && ts.isNamedExports(clause) ? clause.elements.map((element) => `export ${element.name.text}`) : [];
      return [...imported, ...exported];
    })
    .sort();
}

function namedTwice(before: readonly string[], after: readonly string[]): string | undefined {
  if (before.join('\0') === after.join('\0')) return undefined;
  const count = (names: readonly string[], name: string) => names.filter((other) => other === name).length;
  const twice = after.find((name) => count(after, name) > count(before, name));
  if (twice) return `the fix would ${twice.startsWith('import') ? 'bind' : 'export'} '${twice.slice(7)}' twice`;
  return 'the fix would change which names the file imports or re-exports';
}

function parseErrors(sourceFile: TS.SourceFile): number {
  return (sourceFile as TS.SourceFile & { parseDiagnostics?: readonly unknown[] }).parseDiagnostics?.length ?? 0;
}
