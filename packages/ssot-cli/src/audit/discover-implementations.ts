import type { ClassImplementation, SharedInterface } from '../report/audit-report';
import { implementationKind, interfaceShape, isTrivialInterface } from './class-implementation';
import { declaredName } from './declared-name';
import type { Project } from './project';
import type { ProjectDeclarations } from './project-declarations';

/**
 * Every non-trivial interface of the project implemented by more than one class, explicitly (`implements`) or
 * structurally (the class's instance type is assignable to it).
 */
export function findSharedInterfaces(project: Project, declarations: ProjectDeclarations): SharedInterface[] {
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
    if (implementations.length < 2) continue;
    implementations.sort(compareImplementations);
    found.push({
      name: declaredName(projectInterface.symbol),
      module: project.relative(projectInterface.file),
      line: projectInterface.line,
      implementations,
    });
  }
  return found.sort(compareSharedInterfaces);
}

/** By module, then line. */
export function compareImplementations(a: ClassImplementation, b: ClassImplementation): number {
  return a.module.localeCompare(b.module) || a.line - b.line;
}

/** The interfaces with the most implementations first. */
export function compareSharedInterfaces(a: SharedInterface, b: SharedInterface): number {
  return b.implementations.length - a.implementations.length || a.name.localeCompare(b.name);
}
