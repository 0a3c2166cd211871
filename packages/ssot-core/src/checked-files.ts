/** The files ESLint's `ssot.configs.recommended` lints (.ts, .tsx, .mts, .cts): what the editor fronts check too. */
const TYPESCRIPT_SOURCE = /\.[cm]?tsx?$/;

export function isCheckedSource(fileName: string): boolean {
  return TYPESCRIPT_SOURCE.test(fileName);
}
