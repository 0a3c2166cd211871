/** The checks the engine runs; each is one ESLint rule and one tsserver diagnostic code. */
export type CheckName =
  | 'canonical-import'
  | 'use-factory'
  | 'protocol-conformance'
  | 'single-implementation'
  | 'shim-purity';

/** Replace `[start, end)` of the file's text with `text`. Offsets are UTF-16 indices into the full text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Suggestion {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/** One problem in one file, with the edits that fix it when they are proven safe. */
export interface Finding {
  readonly check: CheckName;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly start: number;
  readonly end: number;
  /** Present only when the edits are proven to keep every import bound to the same declaration. */
  readonly fix?: readonly TextEdit[];
  readonly suggestions?: readonly Suggestion[];
}
