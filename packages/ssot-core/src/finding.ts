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

/**
 * What a canonical-import finding is about, as data for fronts that count rather than show (the audit): the
 * legacy module file its site loads, and the export names the site takes, or undefined when it takes the
 * module as a whole (a namespace, `export *`, `require()`, `import()`, a mock).
 */
export interface ImportSubject {
  readonly legacyFile: string;
  readonly names: readonly string[] | undefined;
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
  /** canonical-import only: the legacy module and names its site takes. */
  readonly subject?: ImportSubject;
}
