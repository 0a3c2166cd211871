import ts = require('typescript');
import type { ModuleExport } from '../report/audit-report';

/** One hop of a chain, by absolute file. */
export interface ChainStep {
  readonly file: string;
  readonly name: string;
}

const MAX_HOPS = 64;

/**
 * The re-export chain of `name` exported by `file`: each module the export passes through, down to the module
 * that declares it.
 *
 *   manager.ts        export { UnifiedWebSocketManager as WebSocketManager } from './unified-manager'
 *   unified-manager   export { WebSocketManager as UnifiedWebSocketManager } from './websocket-manager'
 *   websocket-manager export class WebSocketManager ...
 *   -> [manager#WebSocketManager, unified-manager#UnifiedWebSocketManager, websocket-manager#WebSocketManager]
 */
export function traceReexportChain(program: ts.Program, file: string, name: string): ChainStep[] {
  const checker = program.getTypeChecker();
  const steps: ChainStep[] = [{ file, name }];
  const seen = new Set([`${file}\0${name}`]);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const current = steps[steps.length - 1] as ChainStep;
    const sourceFile = program.getSourceFile(current.file);
    const next = sourceFile && nextHop(checker, sourceFile, current.name);
    if (!next) break;
    const key = `${next.file}\0${next.name}`;
    if (seen.has(key)) break;
    seen.add(key);
    steps.push(next);
  }
  return steps;
}

export function toModuleExports(steps: readonly ChainStep[], relative: (file: string) => string): ModuleExport[] {
  return steps.map((step) => ({ module: relative(step.file), name: step.name }));
}

/** Where `name` exported by `sourceFile` comes from, or undefined when the file declares it. */
function nextHop(checker: ts.TypeChecker, sourceFile: ts.SourceFile, name: string): ChainStep | undefined {
  const exportAll: ts.ExportDeclaration[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause) {
        if (statement.moduleSpecifier) exportAll.push(statement);
        continue;
      }
      if (ts.isNamespaceExport(clause)) {
        if (clause.name.text === name) return undefined; // `export * as ns`: the module itself, not a re-export of one export
        continue;
      }
      const element = clause.elements.find((specifier) => specifier.name.text === name);
      if (!element) continue;
      const localName = (element.propertyName ?? element.name).text;
      if (statement.moduleSpecifier) {
        const file = moduleFileOf(checker, statement.moduleSpecifier);
        return file === undefined ? undefined : { file, name: localName };
      }
      return importedFrom(checker, sourceFile, localName);
    }
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && name === 'default') {
      return ts.isIdentifier(statement.expression) ? importedFrom(checker, sourceFile, statement.expression.text) : undefined;
    }
  }
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const exported = moduleSymbol && checker.tryGetMemberInModuleExports(name, moduleSymbol);
  if (!exported || exported.declarations?.some((declaration) => declaration.getSourceFile() === sourceFile)) {
    return undefined;
  }
  // Not declared here and not named in an export list: it comes through an `export * from`.
  for (const statement of exportAll) {
    const specifier = statement.moduleSpecifier as ts.Expression;
    const target = checker.getSymbolAtLocation(specifier);
    if (target && checker.tryGetMemberInModuleExports(name, target)) {
      const file = moduleFileOf(checker, specifier);
      if (file !== undefined) return { file, name };
    }
  }
  return undefined;
}

/** `import { a as name }`, `import name from`: the module and export a local name is bound to. */
function importedFrom(checker: ts.TypeChecker, sourceFile: ts.SourceFile, localName: string): ChainStep | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const clause = statement.importClause;
    let importedName: string | undefined;
    if (clause.name?.text === localName) importedName = 'default';
    else if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      const element = clause.namedBindings.elements.find((specifier) => specifier.name.text === localName);
      if (element) importedName = (element.propertyName ?? element.name).text;
    }
    if (importedName === undefined) continue;
    const file = moduleFileOf(checker, statement.moduleSpecifier);
    return file === undefined ? undefined : { file, name: importedName };
  }
  return undefined;
}

function moduleFileOf(checker: ts.TypeChecker, specifier: ts.Expression): string | undefined {
  const declaration = checker.getSymbolAtLocation(specifier)?.valueDeclaration;
  return declaration && ts.isSourceFile(declaration) ? declaration.fileName : undefined;
}
