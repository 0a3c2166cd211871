import type { DuplicateName, NamedDeclaration } from '../report/audit-report';
import { declaredName } from './declared-name';
import type { ProjectDeclarations } from './project-declarations';

/** A top-level class or function, by the name its declaration gives itself. */
export interface NameDeclared {
  readonly name: string;
  /** Absolute file. */
  readonly file: string;
  readonly line: number;
  readonly kind: NamedDeclaration['kind'];
}

/**
 * The names a project's classes and functions give themselves: two `export default class` declarations share
 * the export name `default`, not a name.
 */
export function namesDeclared(declarations: ProjectDeclarations): NameDeclared[] {
  return [
    ...declarations.classes.map(({ symbol, file, line }) => ({ name: declaredName(symbol), file, line, kind: 'class' as const })),
    ...declarations.functions.map(({ name, file, line }) => ({ name, file, line, kind: 'function' as const })),
  ];
}

/**
 * Classes and functions of the same name declared at the top level of two or more modules. The names may come
 * from several programs (a solution's projects): a declaration listed twice counts once.
 */
export function findDuplicateNames(names: readonly NameDeclared[], relative: (file: string) => string): DuplicateName[] {
  const byName = new Map<string, Map<string, NamedDeclaration & { file: string }>>();
  for (const { name, file, line, kind } of names) {
    let list = byName.get(name);
    if (!list) {
      list = new Map();
      byName.set(name, list);
    }
    const key = `${file}:${line}:${kind}`;
    if (!list.has(key)) list.set(key, { file, module: relative(file), line, kind });
  }
  const found: DuplicateName[] = [];
  for (const [name, declared] of byName) {
    const list = [...declared.values()];
    if (new Set(list.map((declaration) => declaration.file)).size < 2) continue;
    const sorted = list.sort((a, b) => a.module.localeCompare(b.module) || a.line - b.line);
    found.push({ name, declarations: sorted.map(({ module, line, kind }) => ({ module, line, kind })) });
  }
  return found.sort((a, b) => b.declarations.length - a.declarations.length || a.name.localeCompare(b.name));
}
