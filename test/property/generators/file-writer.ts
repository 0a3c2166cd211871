import type { ExportEntry } from './project-pool';
import type { ListLayout, NameSpec, Quote } from './site-specs';

/** How a generated file writes things. */
export interface FileStyle {
  /** `mixed` alternates CRLF and LF line by line. */
  readonly newline: '\n' | '\r\n' | 'mixed';
  readonly bom: boolean;
  readonly semicolons: boolean;
  readonly indent: string;
  readonly header: 'none' | 'comment' | 'directive' | 'shebang';
}

/**
 * A use the property test resolves before and after the fix: `__use("k", expr)` for values, `type __use_k = T`
 * for types. `module` marks uses of a whole module object, compared export by export.
 */
export interface UseMarker {
  readonly key: string;
  /** `local`: a use of something the file declares itself, which a fix must not touch. */
  readonly of: 'declaration' | 'module' | 'local';
}

/** The text of a generated file as it is written, with fresh local names and the uses it marks. */
export class FileWriter {
  readonly lines: string[] = [];
  readonly uses: UseMarker[] = [];
  private readonly locals = new Set<string>(['__use', 'require', 'vi', 'jest', 'Promise']);
  private readonly exported = new Set<string>();
  private counter = 0;

  constructor(readonly style: FileStyle) {}

  get semicolon(): string {
    return this.style.semicolons ? ';' : '';
  }

  /** A local name not used yet in the file: `base`, else `base_2`, `base_3`... */
  local(base: string): string {
    return fresh(this.locals, base);
  }

  exportName(base: string): string {
    return fresh(this.exported, base);
  }

  /** Marks a value use; returns the statement. */
  valueUse(expression: string, of: UseMarker['of'] = 'declaration'): string {
    const key = this.key(of);
    return `__use("${key}", ${expression})${this.semicolon}`;
  }

  typeUse(type: string, of: UseMarker['of'] = 'declaration'): string {
    const key = this.key(of);
    return `type __use_${key} = ${type}${this.semicolon}`;
  }

  /** The statement that uses a binding of `entry`, as the spec asks and the binding allows. */
  bindingUse(local: string, entry: ExportEntry, use: NameSpec['use'], typeOnlyBinding: boolean): string | undefined {
    if (use === 'none') return undefined;
    if (use === 'value' && entry.value && !typeOnlyBinding) return this.valueUse(local);
    return this.typeUse(entry.type ? local : `typeof ${local}`);
  }

  /** `'spec'` with the site's quote; a backtick only where `allowTemplate`. */
  quoted(specifier: string, quote: Quote, allowTemplate: boolean): string {
    const q = quote === '`' && !allowTemplate ? "'" : quote;
    return `${q}${specifier}${q}`;
  }

  /** `{ a, type b as c }` in one of the layouts, with the elements' comments. */
  list(elements: readonly { text: string; comment: NameSpec['comment'] }[], layout: ListLayout): string {
    if (elements.length === 0) return layout === 'tight' ? '{}' : '{ }';
    const multiline = layout === 'multiline' || layout === 'multiline-trailing-comma';
    const rendered = elements.map(({ text, comment }, i) => {
      const last = i === elements.length - 1;
      const comma = !last || layout === 'multiline-trailing-comma' ? ',' : '';
      // Commas and braces in comments: edits that look for the next `,` or `}` must skip them.
      if (comment === 'before') return `/* ${text}, { */ ${text}${comma}`;
      if (comment === 'after' || (comment === 'line' && !multiline)) return `${text} /* after, } */${comma}`;
      if (comment === 'line') return `${text}${comma} // ${text}, }`;
      return `${text}${comma}`;
    });
    const nl = this.style.newline === 'mixed' ? '\r\n' : this.style.newline;
    if (multiline) return `{${nl}${rendered.map((element) => `${this.style.indent}${element}`).join(nl)}${nl}}`;
    const joined = rendered.join(layout === 'tight' ? '' : ' ');
    return layout === 'tight' ? `{${joined}}` : `{ ${joined} }`;
  }

  indented(lines: readonly string[]): string[] {
    return lines.map((line) => `${this.style.indent}${line}`);
  }

  private key(of: UseMarker['of']): string {
    const key = `u${++this.counter}`;
    this.uses.push({ key, of });
    return key;
  }
}

function fresh(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}
