import type * as TS from 'typescript';
import { fileLevelBinding, isShadowed } from './scope';

type Typescript = typeof TS;

/**
 * Every kind of place a module specifier can stand:
 * `import {a} from 'm'`, `export {a} from 'm'`, `import 'm'`, `export * from 'm'`, `import('m')`,
 * `require('m')`, `import m = require('m')`, `import('m').T`, `vi.mock('m')`, `vi.importActual('m')`,
 * `require.resolve('m')` / `import.meta.resolve('m')` (resolve), `declare module 'm' {}` (augmentation).
 */
export type SiteKind =
  | 'import'
  | 'export'
  | 'side-effect'
  | 'export-all'
  | 'dynamic-import'
  | 'require'
  | 'import-equals'
  | 'import-type'
  | 'mock'
  | 'actual'
  | 'resolve'
  | 'augmentation';

export interface ModuleSite {
  readonly kind: SiteKind;
  readonly specifier: TS.StringLiteralLike;
  /** The statement, call or type node the specifier belongs to. */
  readonly node: TS.Node;
}

const MOCK_METHODS = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'setMock']);
const ACTUAL_METHODS = new Set(['importActual', 'requireActual', 'importMock', 'requireMock']);
const TEST_OBJECTS = new Set(['vi', 'jest']);

/** Calls and type nodes are found only by a full walk; skip it when the text cannot contain one. */
export const MAY_HAVE_NESTED_SITES = /\bimport\s*\(|\brequire\s*\(|\brequire\s*\.\s*resolve\b|\bmeta\s*\.\s*resolve\b|\b(?:vi|jest)\s*\.\s*(?:(?:do)?[mM]ock|(?:do)?[uU]nmock|setMock|importActual|requireActual|importMock|requireMock)\b/;

/** All module sites of a file, in source order. */
export function findModuleSites(ts: Typescript, sourceFile: TS.SourceFile): ModuleSite[] {
  const sites: ModuleSite[] = [];
  for (const statement of sourceFile.statements) {
    const site = statementSite(ts, statement);
    if (site) sites.push(site);
  }
  if (MAY_HAVE_NESTED_SITES.test(sourceFile.text)) {
    const visit = (node: TS.Node): void => {
      const site = nestedSite(ts, node);
      if (site) sites.push(site);
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(sourceFile, visit);
    sites.sort((a, b) => a.specifier.pos - b.specifier.pos);
  }
  return sites;
}

function statementSite(ts: Typescript, statement: TS.Statement): ModuleSite | undefined {
  if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
    const kind = statement.importClause ? 'import' : 'side-effect';
    return { kind, specifier: statement.moduleSpecifier, node: statement };
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
    const kind = statement.exportClause && ts.isNamedExports(statement.exportClause) ? 'export' : 'export-all';
    return { kind, specifier: statement.moduleSpecifier, node: statement };
  }
  if (
    ts.isImportEqualsDeclaration(statement) &&
    ts.isExternalModuleReference(statement.moduleReference) &&
    ts.isStringLiteral(statement.moduleReference.expression)
  ) {
    return { kind: 'import-equals', specifier: statement.moduleReference.expression, node: statement };
  }
  // In a module, `declare module './m' {}` augments the module './m' resolves to (in a script it declares one).
  if (ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name) && ts.isExternalModule(statement.getSourceFile())) {
    return { kind: 'augmentation', specifier: statement.name, node: statement };
  }
  return undefined;
}

function nestedSite(ts: Typescript, node: TS.Node): ModuleSite | undefined {
  if (ts.isImportTypeNode(node)) {
    const argument = node.argument;
    if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) {
      return { kind: 'import-type', specifier: argument.literal, node };
    }
    return undefined;
  }
  if (!ts.isCallExpression(node)) return undefined;
  const [first] = node.arguments;
  if (!first || !ts.isStringLiteralLike(first)) return undefined;
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return { kind: 'dynamic-import', specifier: first, node };
  if (ts.isIdentifier(callee) && callee.text === 'require' && node.arguments.length === 1) {
    return isUnboundName(ts, callee) ? { kind: 'require', specifier: first, node } : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = callee.expression;
  const method = callee.name.text;
  if (method === 'resolve' && (isImportMeta(ts, receiver) || isGlobalRequire(ts, receiver))) {
    return { kind: 'resolve', specifier: first, node };
  }
  if (!ts.isIdentifier(receiver) || !TEST_OBJECTS.has(receiver.text) || !isTestObject(ts, receiver)) return undefined;
  if (MOCK_METHODS.has(method)) return { kind: 'mock', specifier: first, node };
  if (ACTUAL_METHODS.has(method)) return { kind: 'actual', specifier: first, node };
  return undefined;
}

function isGlobalRequire(ts: Typescript, node: TS.Expression): boolean {
  return ts.isIdentifier(node) && node.text === 'require' && isUnboundName(ts, node);
}

function isImportMeta(ts: Typescript, node: TS.Expression): boolean {
  return ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword && node.name.text === 'meta';
}

/** Where test frameworks export their globals from, when a file imports them instead of using the global. */
const TEST_OBJECT_MODULES: Readonly<Record<string, string>> = { vi: 'vitest', jest: '@jest/globals' };

/** `vi` / `jest` is the test framework's: the global, or imported from the framework, never a local object. */
function isTestObject(ts: Typescript, name: TS.Identifier): boolean {
  const binding = fileLevelBinding(ts, name.getSourceFile(), name.text);
  if (isShadowed(ts, name, name.getSourceFile())) return false;
  return binding === undefined || binding === TEST_OBJECT_MODULES[name.text];
}

/** A global: declared neither in an enclosing scope nor at the top of the file. */
function isUnboundName(ts: Typescript, name: TS.Identifier): boolean {
  return !isShadowed(ts, name, name.getSourceFile()) && fileLevelBinding(ts, name.getSourceFile(), name.text) === undefined;
}

/** How the site loads its module; decides package conditions under node16/nodenext and bundler. */
export function loadModeOfSite(
  ts: Typescript,
  site: ModuleSite,
  fileFormat: 'import' | 'require' | undefined,
): 'import' | 'require' | undefined {
  switch (site.kind) {
    case 'require':
    case 'import-equals':
      return 'require';
    case 'dynamic-import':
      return 'import';
    case 'resolve': {
      const call = site.node as TS.CallExpression;
      return ts.isPropertyAccessExpression(call.expression) && ts.isMetaProperty(call.expression.expression) ? 'import' : 'require';
    }
    case 'actual': {
      const call = site.node as TS.CallExpression;
      const method = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : '';
      return method.startsWith('require') ? 'require' : 'import';
    }
    default:
      return fileFormat;
  }
}

/**
 * The export names a named import or re-export takes from its module: `a` of `{ a as b }`, and `default` for a
 * default import. Empty for every other site.
 */
export function namesTakenBy(ts: Typescript, site: ModuleSite): string[] {
  const node = site.node;
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    const bindings = clause?.namedBindings;
    const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map(importedName) : [];
    return clause?.name ? ['default', ...names] : names;
  }
  if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
    return node.exportClause.elements.map(importedName);
  }
  return [];
}

function importedName(element: TS.ImportSpecifier | TS.ExportSpecifier): string {
  return (element.propertyName ?? element.name).text;
}

/** `import type ...` (TypeScript 5.9+ records it as the clause's phase modifier). */
export function isTypeOnlyImport(ts: Typescript, clause: TS.ImportClause): boolean {
  return clause.phaseModifier === ts.SyntaxKind.TypeKeyword;
}
