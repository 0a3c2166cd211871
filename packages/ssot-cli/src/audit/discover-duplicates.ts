import type { DuplicateName, NamedDeclaration } from '../report/audit-report';
import { declaredName } from './declared-name';
import type { Project } from './project';
import type { ProjectDeclarations } from './project-declarations';

/**
 * Classes and functions of the same name declared at the top level of two or more modules, by the name each
 * declaration gives itself: two `export default class` declarations share the export name `default`, not a name.
 */
export function findDuplicateNames(project: Project, declarations: ProjectDeclarations): DuplicateName[] {
  const byName = new Map<string, (NamedDeclaration & { file: string })[]>();
  const add = (name: string, file: string, line: number, kind: NamedDeclaration['kind']): void => {
    let list = byName.get(name);
    if (!list) {
      list = [];
      byName.set(name, list);
    }
    list.push({ file, module: project.relative(file), line, kind });
  };
  for (const projectClass of declarations.classes) add(declaredName(projectClass.symbol), projectClass.file, projectClass.line, 'class');
  for (const fn of declarations.functions) add(fn.name, fn.file, fn.line, 'function');
  const found: DuplicateName[] = [];
  for (const [name, list] of byName) {
    if (new Set(list.map((declaration) => declaration.file)).size < 2) continue;
    const sorted = list.sort((a, b) => a.module.localeCompare(b.module) || a.line - b.line);
    found.push({ name, declarations: sorted.map(({ module, line, kind }) => ({ module, line, kind })) });
  }
  return found.sort((a, b) => b.declarations.length - a.declarations.length || a.name.localeCompare(b.name));
}
