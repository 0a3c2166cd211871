import type { FileWriter } from './file-writer';
import type { ExportEntry, Project, ProjectModule } from './project-pool';
import { destructuredUses, memberUses, moduleUses, pattern, pickNames, propertyUses, shadowing } from './render-uses';
import type { SiteSpec } from './site-specs';
import { spellingsOf, type LoadMode } from './specifiers';

/** Where a site is written: the project, the file's directory (from the root) and how the file loads modules. */
export interface SiteContext {
  readonly project: Project;
  readonly dir: string;
  readonly fileMode: LoadMode | undefined;
}

const MISSING_SPECIFIER = './missing-module';

/** Writes one site (its statement and the uses of what it binds) to the file. */
export function renderSite(writer: FileWriter, context: SiteContext, site: SiteSpec): void {
  const { project } = context;
  const module = project.modules[site.module % (project.modules.length + 1)];
  const entries: readonly ExportEntry[] = module?.exports ?? [];
  const values = entries.filter((entry) => entry.value);
  const semi = writer.semicolon;
  const trailing = site.trailingComment ? ' // site' : '';
  const lead = site.comment === 'before' ? '/* lead */ ' : '';
  /** `import /* inside *\/ {`: after a declaration's first keyword. */
  const keyword = (word: string) => `${lead}${word}${site.comment === 'inside' ? ' /* inside */' : ''}`;
  /** The specifier literal; in a call or import type, `/* inside *\/` goes before it. */
  const literal = (where: 'declaration' | 'call' | 'type', mode: LoadMode | undefined = context.fileMode) =>
    (site.comment === 'inside' && where !== 'declaration' ? '/* inside */ ' : '') +
    writer.quoted(specifierOf(context, module, site.spelling, mode), site.quote, where === 'call');
  const callLead = site.comment === 'inside' ? '' : lead;
  const base = module ? module.id : 'missing';
  const out = (...lines: (string | undefined)[]) => writer.lines.push(...lines.filter((line): line is string => line !== undefined));

  switch (site.kind) {
    case 'named-import': {
      const defaultEntry = site.withDefault ? entries.find((entry) => entry.name === 'default') : undefined;
      const named = site.typeOnly && defaultEntry ? [] : pickNames(site.names, entries);
      const uses: (string | undefined)[] = [];
      let clause = '';
      if (defaultEntry) {
        clause = writer.local(`${base}Default`);
        uses.push(writer.bindingUse(clause, defaultEntry, 'value', site.typeOnly));
      }
      if (named.length > 0 || !defaultEntry) {
        const elements = named.map(({ spec, entry }) => {
          const renamed = spec.alias || spec.stringName || entry.name === 'default';
          const local = writer.local(renamed ? `${entry.name}Local` : entry.name);
          const inlineType = spec.inlineType && !site.typeOnly;
          if (module) uses.push(writer.bindingUse(local, entry, spec.use, site.typeOnly || inlineType));
          const imported = spec.stringName ? `"${entry.name}"` : entry.name;
          return { text: `${inlineType ? 'type ' : ''}${imported === local ? local : `${imported} as ${local}`}`, comment: spec.comment };
        });
        const list = writer.list(elements, site.layout);
        clause = clause ? `${clause}, ${list}` : list;
      }
      out(`${keyword('import')}${site.typeOnly ? ' type' : ''} ${clause} from ${literal('declaration')}${semi}${trailing}`, ...uses);
      break;
    }
    case 'namespace-import': {
      const defaultEntry = site.withDefault && !site.typeOnly ? entries.find((entry) => entry.name === 'default') : undefined;
      const defaultLocal = defaultEntry && writer.local(`${base}Default`);
      const ns = writer.local(`${base}Ns`);
      out(`${keyword('import')}${site.typeOnly ? ' type' : ''} ${defaultLocal ? `${defaultLocal}, ` : ''}* as ${ns} from ${literal('declaration')}${semi}${trailing}`);
      if (defaultEntry && defaultLocal) out(writer.bindingUse(defaultLocal, defaultEntry, 'value', false));
      out(...memberUses(writer, ns, site.members, module && entries, site.typeOnly, false));
      if (site.escape && module) out(site.typeOnly ? writer.typeUse(`typeof ${ns}`, 'module') : writer.valueUse(ns, 'module'));
      if (site.shadow !== 'none') out(...shadowing(writer, site.shadow, ns, site.members, entries));
      break;
    }
    case 'side-effect':
      out(`${keyword('import')} ${literal('declaration')}${semi}${trailing}`);
      break;
    case 're-export': {
      const elements = pickNames(site.names, entries).map(({ spec, entry }) => {
        const inlineType = spec.inlineType && !site.typeOnly;
        const type = inlineType ? 'type ' : '';
        if (spec.stringName) {
          const exported = writer.exportName(spec.alias ? `${entry.name} out` : entry.name);
          return { text: `${type}"${entry.name}"${exported === entry.name ? '' : ` as "${exported}"`}`, comment: spec.comment };
        }
        const exported = writer.exportName(spec.alias ? `${entry.name}Out` : entry.name);
        return { text: `${type}${entry.name === exported ? exported : `${entry.name} as ${exported}`}`, comment: spec.comment };
      });
      out(`${keyword('export')}${site.typeOnly ? ' type' : ''} ${writer.list(elements, site.layout)} from ${literal('declaration')}${semi}${trailing}`);
      break;
    }
    case 'export-all': {
      const as = site.asNamespace ? ` as ${writer.exportName(`${base}Ns`)}` : '';
      out(`${keyword('export')}${site.typeOnly ? ' type' : ''} *${as} from ${literal('declaration')}${semi}${trailing}`);
      break;
    }
    case 'dynamic-import': {
      const call = `import(${literal('call', 'import')})`;
      const picked = pickNames(site.names, values);
      if (site.form === 'then-param' || site.form === 'then-destructured') {
        const param = site.form === 'then-param' ? writer.local(`${base}Module`) : pattern(writer, picked);
        const body = site.form === 'then-param' ? moduleUses(writer, param, site, module && values, true) : destructuredUses(writer, picked, module);
        out(`${callLead}${call}.then((${param}) => {${trailing}`, ...writer.indented(body), `})${semi}`);
        if (site.form === 'then-param' && site.shadow !== 'none') out(...shadowing(writer, site.shadow, param, site.members, values));
        break;
      }
      const load = writer.local(`load${site.module}`);
      const loaded = site.form === 'whole' ? writer.local(`module${site.module}`) : '';
      const body =
        site.form === 'destructured'
          ? [`const ${pattern(writer, picked)} = await ${call}${semi}${trailing}`, ...destructuredUses(writer, picked, module)]
          : site.form === 'whole'
            ? [`const ${loaded} = await ${call}${semi}${trailing}`, ...moduleUses(writer, loaded, site, module && values, true)]
            : propertyUses(writer, `(await ${call})`, site.members, module && values, trailing);
      out(`${callLead}async function ${load}() {`, ...writer.indented(body), '}');
      if (loaded && site.shadow !== 'none') out(...shadowing(writer, site.shadow, loaded, site.members, values));
      break;
    }
    case 'require': {
      const call = `require(${literal('call', 'require')})`;
      const picked = pickNames(site.names, values);
      if (site.form === 'destructured') {
        out(`${callLead}const ${pattern(writer, picked)} = ${call}${semi}${trailing}`, ...destructuredUses(writer, picked, module));
      } else if (site.form === 'whole') {
        const loaded = writer.local(`module${site.module}`);
        out(`${callLead}const ${loaded} = ${call}${semi}${trailing}`, ...moduleUses(writer, loaded, site, module && values, true));
        if (site.shadow !== 'none') out(...shadowing(writer, site.shadow, loaded, site.members, values));
      } else {
        out(...propertyUses(writer, call, site.members, module && values, trailing).map((line, i) => (i === 0 ? callLead + line : line)));
      }
      break;
    }
    case 'import-equals': {
      const ns = writer.local(`${base}Required`);
      out(`${keyword('import')}${site.typeOnly ? ' type' : ''} ${ns} = require(${literal('declaration', 'require')})${semi}${trailing}`);
      out(...memberUses(writer, ns, site.members, module && entries, site.typeOnly, false));
      if (site.escape && module) out(site.typeOnly ? writer.typeUse(`typeof ${ns}`, 'module') : writer.valueUse(ns, 'module'));
      if (site.shadow !== 'none') out(...shadowing(writer, site.shadow, ns, site.members, entries));
      break;
    }
    case 'import-type': {
      const type = `import(${literal('type')})`;
      const entry = site.member === undefined ? undefined : entries[site.member % Math.max(entries.length, 1)];
      const deep = site.deep && entry?.name === 'Level' ? '.High' : '';
      if (!module) out(`${lead}type ${writer.local('Missing')} = typeof ${type}${semi}${trailing}`);
      else if (!entry) out(lead + writer.typeUse(`typeof ${type}`, 'module') + trailing);
      else out(lead + writer.typeUse(`${entry.type ? '' : 'typeof '}${type}.${entry.name}${deep}`) + trailing);
      break;
    }
    case 'mock': {
      const factory = site.factory && site.helper !== 'vi.unmock' ? ', () => ({})' : '';
      out(`${callLead}${site.helper}(${literal('call')}${factory})${semi}${trailing}`);
      break;
    }
    case 'actual': {
      const entry = site.member === undefined ? undefined : values[site.member % Math.max(values.length, 1)];
      const mode = site.helper === 'jest.requireActual' ? 'require' : 'import';
      const typeArgument = site.typeArgument ? `<typeof import(${writer.quoted(specifierOf(context, module, site.spelling, context.fileMode), "'", false)})>` : '';
      const call = `${site.helper}${typeArgument}(${literal('call', mode)})`;
      const loaded = site.helper === 'jest.requireActual' ? call : `(await ${call})`;
      const line = module && entry ? writer.valueUse(`${loaded}.${entry.name}`) + trailing : `${loaded}${semi}${trailing}`;
      if (site.helper === 'jest.requireActual') out(callLead + line);
      else out(`${callLead}async function ${writer.local('loadActual')}() {`, ...writer.indented([line]), '}');
      break;
    }
  }
  if (site.iife) out(`${writer.style.semicolons ? '' : ';'}(() => {})()${semi}`);
}

function specifierOf(context: SiteContext, module: ProjectModule | undefined, spelling: number, mode: LoadMode | undefined): string {
  if (!module) return MISSING_SPECIFIER;
  const nodenext = context.project.variant.resolution !== 'bundler';
  const spellings = spellingsOf(context.project, module, context.dir, nodenext ? mode : undefined);
  return spellings[spelling % spellings.length] ?? MISSING_SPECIFIER;
}
