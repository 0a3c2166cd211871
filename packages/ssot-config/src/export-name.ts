/**
 * A name ssot.config.json can give an export: a JavaScript identifier (the letters of any script, as
 * `ɵAbstractPanelHeader`), which includes `default`. Not a string name (`export { x as "a-b" }`): the fixes
 * write the names they import as identifiers. The schema's `exportName` pattern is this expression's source.
 */
export const EXPORT_NAME = /^[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u;

export function isExportName(name: string): boolean {
  return EXPORT_NAME.test(name);
}
