import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * What every identifier in a project's code (outside import and export declarations) is bound to: for the n-th
 * occurrence of a name in a file, the declaration its symbol leads to after following aliases, as
 * `file#name`. Comparing this map before and after `eslint --fix` proves the rewritten imports still bind
 * each use to the same declaration. The class named in `new X()` is left out: use-factory replaces it.
 */
export function boundDeclarations(projectDir: string): Map<string, string> {
  const configFile = ts.findConfigFile(projectDir, (file) => ts.sys.fileExists(file));
  if (!configFile) throw new Error(`no tsconfig.json in ${projectDir}`);
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as { config: unknown };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile));
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const checker = program.getTypeChecker();
  const bindings = new Map<string, string>();
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || !sourceFile.fileName.startsWith(projectDir)) continue;
    const file = path.relative(projectDir, sourceFile.fileName);
    const occurrences = new Map<string, number>();
    let importTypes = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return;
      if (ts.isImportTypeNode(node)) {
        // `import('m').Name`: the fix may rename the qualifier, so the n-th import type is the key.
        const qualifier = node.qualifier && (ts.isIdentifier(node.qualifier) ? node.qualifier : node.qualifier.right);
        const declaration = qualifier && declarationOf(checker, qualifier, projectDir);
        if (declaration) bindings.set(`${file}:import-type#${++importTypes}`, declaration);
        return;
      }
      // `new X(...)` becomes `factory(...)` by design (use-factory): its class name is not a binding to compare.
      if (ts.isNewExpression(node)) {
        node.arguments?.forEach(visit);
        return;
      }
      if (ts.isIdentifier(node)) {
        const nth = (occurrences.get(node.text) ?? 0) + 1;
        occurrences.set(node.text, nth);
        const declaration = declarationOf(checker, node, projectDir);
        if (declaration) bindings.set(`${file}:${node.text}#${nth}`, declaration);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(sourceFile, visit);
  }
  return bindings;
}

function declarationOf(checker: ts.TypeChecker, node: ts.Identifier, projectDir: string): string | undefined {
  let symbol = checker.getSymbolAtLocation(node);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol.declarations?.[0];
  // A namespace binding (`import * as ns`, `import ns = require()`) names the module itself, which moves by design.
  if (!declaration || ts.isSourceFile(declaration)) return undefined;
  const file = declaration.getSourceFile().fileName;
  const where = file.startsWith(projectDir) ? path.relative(projectDir, file) : file.slice(file.lastIndexOf('node_modules'));
  return `${where}#${symbol.name}`;
}
