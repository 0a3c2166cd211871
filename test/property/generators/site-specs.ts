import fc from 'fast-check';

/**
 * One specifier site of a generated file, as plain data. Modules, spellings and export names are picked by
 * index (taken modulo what the project offers), so a spec means something in every project and shrinks toward
 * index 0. A spec never holds text: render-site.ts writes it.
 */
export type SiteSpec =
  | NamedImportSpec
  | NamespaceImportSpec
  | ModuleOnlySpec<'side-effect'>
  | ReExportSpec
  | ExportAllSpec
  | DynamicImportSpec
  | RequireSpec
  | ImportEqualsSpec
  | ImportTypeSpec
  | MockSpec
  | ActualSpec;

interface SiteBase {
  /** Index into the project's modules; one past the end is a module that does not exist. */
  readonly module: number;
  readonly spelling: number;
  readonly quote: Quote;
  /** A `// comment` after the statement, on its line. */
  readonly trailingComment: boolean;
  /** A block comment before the statement, or inside it after its first keyword (inside the call's parentheses). */
  readonly comment: 'none' | 'before' | 'inside';
  /** An IIFE statement after the site (`;(() => {})()` in semicolon-free files: an ASI hazard for edits nearby). */
  readonly iife: boolean;
}
/** A backtick is kept only where a template literal may stand (calls); declarations get `'`. */
export type Quote = "'" | '"' | '`';

export interface NameSpec {
  readonly pick: number;
  /** `X as X_local` (for re-exports: `X as X_out`). */
  readonly alias: boolean;
  /** `type X` inside the list; in a destructuring pattern, a default value (`X = undefined`). */
  readonly inlineType: boolean;
  /** The export name as a string: `"X" as x` (ES2022 arbitrary module namespace names; `{ "X": x }` in patterns). */
  readonly stringName: boolean;
  /** A comment before or after the element. */
  readonly comment: 'none' | 'before' | 'after' | 'line';
  /** How the binding is used afterwards: as a value where it can be, as a type, or not at all. */
  readonly use: 'value' | 'type' | 'none';
}

/** `ns.X` (value, or `ns.X`/`typeof ns.X` as a type). */
export interface MemberSpec {
  readonly pick: number;
  readonly position: 'value' | 'type';
}

export interface NamedImportSpec extends SiteBase {
  readonly kind: 'named-import';
  readonly typeOnly: boolean;
  /** `import D, { ... }` when the module has a default export; with no names, `import D from`. */
  readonly withDefault: boolean;
  readonly names: readonly NameSpec[];
  readonly layout: ListLayout;
}
export type ListLayout = 'spaced' | 'tight' | 'multiline' | 'multiline-trailing-comma';

export interface ModuleUseSpec<Kind extends string> extends SiteBase {
  readonly kind: Kind;
  readonly members: readonly MemberSpec[];
  /** The module object itself is used (passed to `__use`), so any export may be. */
  readonly escape: boolean;
  /**
   * A local that has the module binding's name, with the first member's name as a property, in a function's
   * parameter, a `var` hoisted out of a nested block, or a namespace nested in another: a fix must leave its uses alone.
   */
  readonly shadow: 'none' | 'parameter' | 'hoisted-var' | 'namespace';
}
export interface NamespaceImportSpec extends ModuleUseSpec<'namespace-import'> {
  readonly typeOnly: boolean;
  readonly withDefault: boolean;
}
export interface ImportEqualsSpec extends ModuleUseSpec<'import-equals'> {
  /** `import type ns = require('m')`. */
  readonly typeOnly: boolean;
}
export interface ModuleOnlySpec<Kind extends string> extends SiteBase {
  readonly kind: Kind;
}
export interface ReExportSpec extends SiteBase {
  readonly kind: 're-export';
  readonly typeOnly: boolean;
  readonly names: readonly NameSpec[];
  readonly layout: ListLayout;
}
export interface ExportAllSpec extends SiteBase {
  readonly kind: 'export-all';
  /** `export * as ns from`. */
  readonly asNamespace: boolean;
  /** `export type * from`. */
  readonly typeOnly: boolean;
}
export interface DynamicImportSpec extends ModuleUseSpec<'dynamic-import'> {
  readonly form: 'destructured' | 'property' | 'whole' | 'then-param' | 'then-destructured';
  readonly names: readonly NameSpec[];
}
export interface RequireSpec extends ModuleUseSpec<'require'> {
  readonly form: 'destructured' | 'property' | 'whole';
  readonly names: readonly NameSpec[];
}
export interface ImportTypeSpec extends SiteBase {
  readonly kind: 'import-type';
  /** `import('m').X`, or `typeof import('m')` when undefined. */
  readonly member: number | undefined;
  /** `import('m').X.Y` when X is an enum. */
  readonly deep: boolean;
}
export interface MockSpec extends SiteBase {
  readonly kind: 'mock';
  readonly helper: 'vi.mock' | 'jest.mock' | 'vi.doMock' | 'vi.unmock';
  readonly factory: boolean;
}
export interface ActualSpec extends SiteBase {
  readonly kind: 'actual';
  readonly helper: 'vi.importActual' | 'jest.requireActual';
  readonly member: number | undefined;
  /** `jest.requireActual<typeof import('m')>('m')`: a second site inside the first. */
  readonly typeArgument: boolean;
}

const rarely = fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 });
const base = {
  module: fc.nat({ max: 16 }),
  spelling: fc.nat({ max: 7 }),
  quote: fc.constantFrom<Quote>("'", '"', '`'),
  trailingComment: fc.boolean(),
  comment: fc.oneof(
    { arbitrary: fc.constant('none' as const), weight: 4 },
    { arbitrary: fc.constantFrom('before' as const, 'inside' as const), weight: 1 },
  ),
  iife: rarely,
};
const shadow = fc.oneof(
  { arbitrary: fc.constant('none' as const), weight: 3 },
  { arbitrary: fc.constantFrom('parameter' as const, 'hoisted-var' as const, 'namespace' as const), weight: 1 },
);
const nameSpec: fc.Arbitrary<NameSpec> = fc.record({
  pick: fc.nat({ max: 7 }),
  alias: fc.boolean(),
  inlineType: rarely,
  stringName: fc.oneof({ arbitrary: fc.constant(false), weight: 7 }, { arbitrary: fc.constant(true), weight: 1 }),
  comment: fc.oneof(
    { arbitrary: fc.constant('none' as const), weight: 4 },
    { arbitrary: fc.constantFrom('before' as const, 'after' as const, 'line' as const), weight: 1 },
  ),
  use: fc.constantFrom('value' as const, 'type' as const, 'none' as const),
});
const names = fc.array(nameSpec, { maxLength: 4 });
const members = fc.array(fc.record({ pick: fc.nat({ max: 7 }), position: fc.constantFrom('value' as const, 'type' as const) }), { maxLength: 3 });
const layout = fc.constantFrom<ListLayout>('spaced', 'tight', 'multiline', 'multiline-trailing-comma');

export const siteSpec: fc.Arbitrary<SiteSpec> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('named-import' as const), ...base, typeOnly: rarely, withDefault: rarely, names, layout }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('namespace-import' as const), ...base, typeOnly: rarely, withDefault: rarely, members, escape: rarely, shadow }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('side-effect' as const), ...base }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('re-export' as const), ...base, typeOnly: rarely, names, layout }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('export-all' as const), ...base, asNamespace: fc.boolean(), typeOnly: rarely }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('dynamic-import' as const),
      ...base,
      form: fc.constantFrom('destructured' as const, 'property' as const, 'whole' as const, 'then-param' as const, 'then-destructured' as const),
      names,
      members,
      escape: rarely,
      shadow,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('require' as const),
      ...base,
      form: fc.constantFrom('destructured' as const, 'property' as const, 'whole' as const),
      names,
      members,
      escape: rarely,
      shadow,
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('import-equals' as const), ...base, typeOnly: rarely, members, escape: rarely, shadow }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('import-type' as const), ...base, member: fc.option(fc.nat({ max: 7 }), { nil: undefined }), deep: fc.boolean() }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('mock' as const), ...base, helper: fc.constantFrom('vi.mock' as const, 'jest.mock' as const, 'vi.doMock' as const, 'vi.unmock' as const), factory: fc.boolean() }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('actual' as const), ...base, helper: fc.constantFrom('vi.importActual' as const, 'jest.requireActual' as const), member: fc.option(fc.nat({ max: 7 }), { nil: undefined }), typeArgument: rarely }),
    weight: 1,
  },
);
