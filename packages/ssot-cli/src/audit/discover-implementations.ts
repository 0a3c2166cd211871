import type { ClassImplementation, SharedInterface } from '../report/audit-report';
import { implementationKind, interfaceShape, isTrivialInterface } from './class-implementation';
import { declaredName } from './declared-name';
import type { Project } from './project';
import type { ProjectDeclarations } from './project-declarations';

/** The interfaces of a list that more than one class implements, those with the most first. */
export function sharedOnly(interfaces: readonly SharedInterface[]): SharedInterface[] {
  return interfaces.filter((found) => found.implementations.length > 1).sort(compareSharedInterfaces);
}

/**
 * Every non-trivial interface the project's classes implement, explicitly (`implements`) or structurally (the
 * class's instance type is assignable to it), with them. Shared are those with more than one (sharedOnly), counted
 * after the programs of a solution's projects are merged: an interface of one project may have an
 * implementation in each.
 */
export function findImplementedInterfaces(project: Project, declarations: ProjectDeclarations): SharedInterface[] {
  const found: SharedInterface[] = [];
  for (const projectInterface of declarations.interfaces) {
    const shape = interfaceShape(project.checker, projectInterface.symbol);
    if (isTrivialInterface(shape)) continue;
    const implementations: ClassImplementation[] = [];
    for (const projectClass of declarations.classes) {
      const how = implementationKind(project.checker, projectClass, shape);
      if (how) {
        implementations.push({ name: declaredName(projectClass.symbol), module: project.relative(projectClass.file), line: projectClass.line, how });
      }
    }
    if (implementations.length === 0) continue;
    implementations.sort(compareImplementations);
    found.push({
      name: declaredName(projectInterface.symbol),
      module: project.relative(projectInterface.file),
      line: projectInterface.line,
      implementations,
    });
  }
  return found;
}

/** By module, then line. */
export function compareImplementations(a: ClassImplementation, b: ClassImplementation): number {
  return a.module.localeCompare(b.module) || a.line - b.line;
}

/** The interfaces with the most implementations first. */
export function compareSharedInterfaces(a: SharedInterface, b: SharedInterface): number {
  return b.implementations.length - a.implementations.length || a.name.localeCompare(b.name);
}
