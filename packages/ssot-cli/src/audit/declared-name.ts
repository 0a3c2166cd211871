import ts = require('typescript');

/**
 * The name a declaration gives itself: `Widget` for `export default class Widget`, whose symbol TypeScript names
 * `default`. A declaration with no name of its own (`export default {}`, an anonymous class) keeps the symbol's.
 */
export function declaredName(symbol: ts.Symbol): string {
  const declaration = symbol.declarations?.[0];
  const name = declaration && ts.getNameOfDeclaration(declaration);
  return name && ts.isIdentifier(name) ? name.text : symbol.name;
}
