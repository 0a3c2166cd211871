/**
 * The characters of a JavaScript name, as classes of a `u`-flag RegExp: one that may start it (letters of any
 * script, `$`, `_`) and one that may continue it (also digits, marks and the two joiners). Every text match of a
 * name in ssot is built from these.
 */
export const NAME_START = String.raw`[$_\p{ID_Start}]`;
export const NAME_PART = String.raw`[$\u200C\u200D\p{ID_Continue}]`;

/**
 * A name ssot.config.json can give an export: a JavaScript identifier (the letters of any script, as
 * `ɵAbstractPanelHeader`), which includes `default`. Not a string name (`export { x as "a-b" }`): the fixes
 * write the names they import as identifiers. The schema's `exportName` pattern is this expression's source.
 */
export const EXPORT_NAME = new RegExp(`^${NAME_START}${NAME_PART}*$`, 'u');

export function isExportName(name: string): boolean {
  return EXPORT_NAME.test(name);
}
