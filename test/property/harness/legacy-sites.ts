import type { Linter } from 'eslint';
import * as ts from 'typescript';
import type { Project } from '../generators/project-pool';
import { RULE_ID } from './lint-fix';

interface Site {
  readonly specifier: ts.StringLiteralLike;
  readonly mode: ts.ResolutionMode;
  /** The export names the site takes, when it names them (`import { a }`, `export { a } from`). */
  readonly names: readonly string[] | undefined;
  /** The site always stands for the module as a whole: `import 'm'`, `export * from`, mocks. */
  readonly wholeModule: boolean;
}

/**
 * Legacy sites left in a fixed file that ssot/canonical-import does not report. Found without the engine: every
 * specifier site is resolved with TypeScript and checked against the config we wrote. A site must be reported
 * when its module moved whole, when it names a legacy export, or when it loads the module as a whole (a
 * side-effect import, which `import {} from` and `export {} from` also are; `export *`; a mock).
 */
export function unreportedLegacySites(
  sourceFile: ts.SourceFile,
  project: Project,
  messages: readonly Linter.LintMessage[],
): string[] {
  const options = project.compiler.options;
  const reported = new Set(messages.filter((message) => message.ruleId === RULE_ID).map((message) => `${message.line}:${message.column}`));
  const problems: string[] = [];
  for (const site of sitesOf(sourceFile)) {
    const { resolvedModule } = ts.resolveModuleName(site.specifier.text, sourceFile.fileName, options, ts.sys, undefined, undefined, site.mode);
    const legacy = resolvedModule && project.legacy.get(resolvedModule.resolvedFileName);
    if (!legacy) continue;
    const mustReport = legacy.move || site.wholeModule || (site.names ?? []).some((name) => legacy.names.has(name));
    if (!mustReport) continue;
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(site.specifier.getStart(sourceFile));
    if (!reported.has(`${line + 1}:${character + 1}`)) {
      problems.push(`'${site.specifier.text}' (line ${line + 1}) still loads a legacy module and is not reported`);
    }
  }
  return problems;
}

function sitesOf(sourceFile: ts.SourceFile): Site[] {
  const fileMode = sourceFile.impliedNodeFormat;
  const sites: Site[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const names = bindings && ts.isNamespaceImport(bindings) ? undefined : [
        ...(clause?.name ? ['default'] : []),
        ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : []),
      ];
      sites.push({ specifier: node.moduleSpecifier, mode: fileMode, names, wholeModule: names?.length === 0 });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const names = clause && ts.isNamedExports(clause) ? clause.elements.map((e) => (e.propertyName ?? e.name).text) : undefined;
      sites.push({ specifier: node.moduleSpecifier, mode: fileMode, names, wholeModule: names === undefined || names.length === 0 });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      sites.push({ specifier: node.moduleReference.expression, mode: ts.ModuleKind.CommonJS, names: undefined, wholeModule: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      sites.push({ specifier: node.argument.literal, mode: fileMode, names: undefined, wholeModule: false });
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const site = callSite(node, node.arguments[0], fileMode);
      if (site) sites.push(site);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return sites;
}

function callSite(call: ts.CallExpression, specifier: ts.StringLiteralLike, fileMode: ts.ResolutionMode): Site | undefined {
  const callee = call.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return { specifier, mode: ts.ModuleKind.ESNext, names: undefined, wholeModule: false };
  if (ts.isIdentifier(callee) && callee.text === 'require') return { specifier, mode: ts.ModuleKind.CommonJS, names: undefined, wholeModule: false };
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || !['vi', 'jest'].includes(callee.expression.text)) return undefined;
  const method = callee.name.text;
  if (/^(?:do)?[mM]ock$|^(?:do)?[uU]nmock$/.test(method)) return { specifier, mode: fileMode, names: undefined, wholeModule: true };
  if (method === 'importActual') return { specifier, mode: ts.ModuleKind.ESNext, names: undefined, wholeModule: false };
  if (method === 'requireActual') return { specifier, mode: ts.ModuleKind.CommonJS, names: undefined, wholeModule: false };
  return undefined;
}
