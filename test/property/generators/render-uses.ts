import type { FileWriter } from './file-writer';
import type { ExportEntry, ProjectModule } from './project-pool';
import type { MemberSpec, NameSpec } from './site-specs';

// The names a site takes and the uses written after it (render-site.ts writes the site itself).

/** One export a site takes, and the spec that asked for it. */
export interface Picked {
  readonly spec: NameSpec;
  readonly entry: ExportEntry;
  /** Filled in by `pattern`. */
  local?: string;
}

export function pickNames(specs: readonly NameSpec[], entries: readonly ExportEntry[]): Picked[] {
  if (entries.length === 0) return specs.map((spec, i) => ({ spec, entry: { name: `Missing${i}`, value: true, type: true } }));
  return specs.map((spec) => ({ spec, entry: entries[spec.pick % entries.length] as ExportEntry }));
}

/** `{ A, B: b, "C": c }` for destructuring; records each element's local name. */
export function pattern(writer: FileWriter, picked: Picked[]): string {
  if (picked.length === 0) return '{}';
  const elements = picked.map((item) => {
    const { name } = item.entry;
    const local = writer.local(item.spec.alias || item.spec.stringName || name === 'default' ? `${name}Local` : name);
    item.local = local;
    const fallback = item.spec.inlineType ? ' = undefined' : '';
    if (item.spec.stringName) return `"${name}": ${local}${fallback}`;
    return `${local === name ? local : `${name}: ${local}`}${fallback}`;
  });
  return `{ ${elements.join(', ')} }`;
}

export function destructuredUses(writer: FileWriter, picked: readonly Picked[], module: ProjectModule | undefined): string[] {
  if (!module) return [];
  return picked.flatMap(({ spec, local }) => (spec.use === 'none' || !local ? [] : [writer.valueUse(local)]));
}

/**
 * `ns.X` as a value, or as a type: `ns.X` through a namespace import, `typeof ns.X` through a module object held
 * in a variable (`valueBound`: `const ns = await import('m')`), which has no types in it.
 */
export function memberUses(
  writer: FileWriter,
  ns: string,
  members: readonly MemberSpec[],
  entries: readonly ExportEntry[] | undefined,
  typeOnly: boolean,
  valueBound: boolean,
): string[] {
  if (!entries || entries.length === 0) return [];
  return members.map((member) => {
    const entry = entries[member.pick % entries.length] as ExportEntry;
    if (member.position === 'value' && entry.value && !typeOnly) return writer.valueUse(`${ns}.${entry.name}`);
    return writer.typeUse(entry.type && !valueBound ? `${ns}.${entry.name}` : `typeof ${ns}.${entry.name}`);
  });
}

export function moduleUses(
  writer: FileWriter,
  ns: string,
  site: { members: readonly MemberSpec[]; escape: boolean },
  entries: readonly ExportEntry[] | undefined,
  valueBound: boolean,
): string[] {
  const lines = memberUses(writer, ns, site.members, entries, false, valueBound);
  if (site.escape && entries) lines.push(writer.valueUse(ns, 'module'));
  return lines;
}

/**
 * A local named like the module binding, with a member named like an export: a fix must leave its uses alone.
 *   function shadow(unifiedNs: { UnifiedManager: number }) { __use("u3", unifiedNs.UnifiedManager) }
 *   function shadow() { { var unifiedNs = { UnifiedManager: 1 } } __use("u3", unifiedNs.UnifiedManager) }
 *   namespace Shadow { namespace unifiedNs { export const UnifiedManager = 1 } __use("u3", unifiedNs.UnifiedManager) }
 */
export function shadowing(
  writer: FileWriter,
  form: 'none' | 'parameter' | 'hoisted-var' | 'namespace',
  ns: string,
  members: readonly MemberSpec[],
  entries: readonly ExportEntry[],
): string[] {
  const entry = entries[(members[0]?.pick ?? 0) % Math.max(entries.length, 1)];
  if (!entry || form === 'none') return [];
  const member = entry.name === 'default' ? 'value' : entry.name;
  const use = writer.valueUse(`${ns}.${member}`, 'local');
  const semi = writer.semicolon;
  if (form === 'parameter') return [`function ${writer.local('shadow')}(${ns}: { ${member}: number }) {`, ...writer.indented([use]), '}'];
  if (form === 'hoisted-var') {
    return [`function ${writer.local('shadow')}() {`, ...writer.indented([`{ var ${ns} = { ${member}: 1 }${semi} }`, use]), '}'];
  }
  return [
    `namespace ${writer.local('Shadow')} {`,
    ...writer.indented([`namespace ${ns} { export const ${member} = 1${semi} }`, use]),
    '}',
  ];
}

export function propertyUses(writer: FileWriter, load: string, members: readonly MemberSpec[], entries: readonly ExportEntry[] | undefined, trailing: string): string[] {
  if (!entries || entries.length === 0 || members.length === 0) return [`${load}${writer.semicolon}${trailing}`];
  return members.map((member, i) => {
    const entry = entries[member.pick % entries.length] as ExportEntry;
    return writer.valueUse(`${load}.${entry.name}`) + (i === 0 ? trailing : '');
  });
}
