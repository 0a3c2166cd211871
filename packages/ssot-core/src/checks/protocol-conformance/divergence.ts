import type * as TS from 'typescript';
import type { ProtocolConformanceMessageId } from './messages';
import { typeText, writtenText } from './signature-text';

type Typescript = typeof TS;

/** Which annotation of the class member a divergence lives in, when rewriting that annotation would remove it. */
export type AnnotationSlot = (
  | { readonly kind: 'parameter'; readonly index: number }
  | { readonly kind: 'return' | 'property' }
) & {
  /** The protocol's type and the class's, which the fix's proof of safety compares. */
  readonly expected: TS.Type;
  readonly actual: TS.Type;
};

/** One way a class member differs from the protocol's. */
export interface Divergence {
  readonly messageId: ProtocolConformanceMessageId;
  /** `parameter`, `expectedType`, `actualType`, `expectedCount`, `actualCount`, `visibility`, as the message needs. */
  readonly data: Readonly<Record<string, string>>;
  /** Set only when the two sides differ in this one type and nothing else about it. */
  readonly slot?: AnnotationSlot;
}

/** What a comparison needs besides the two members: the checker, and where each side names its types. */
export interface ComparisonScope {
  readonly ts: Typescript;
  readonly checker: TS.TypeChecker;
  readonly protocolAt: TS.Node | undefined;
  readonly classAt: TS.Node | undefined;
}

/** A type, and the annotation that wrote it when there is one. */
export interface WrittenType {
  readonly type: TS.Type;
  readonly node?: TS.TypeNode | undefined;
  readonly rest?: boolean;
}

/** `expectedType` and `actualType` of a message, each as its own side writes it. */
export function typePair(scope: ComparisonScope, expected: WrittenType, actual: WrittenType): Record<string, string> {
  return {
    expectedType: shownType(scope, expected, scope.protocolAt),
    actualType: shownType(scope, actual, scope.classAt),
  };
}

export function counts(expected: number, actual: number): Record<string, string> {
  return { expectedCount: String(expected), actualCount: String(actual) };
}

/** The type annotation of a property, method or function declaration (its return type for the latter two). */
export function annotationOf(ts: Typescript, declaration: TS.Node | undefined): TS.TypeNode | undefined {
  if (!declaration) return undefined;
  if (ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) return declaration.type;
  return ts.isFunctionLike(declaration) ? declaration.type : undefined;
}

/**
 * The annotation as written when it still means the compared type (`CriticalEventType`, where the checker would
 * spell out the union); the checker's text when the type was instantiated (`User` for a protocol's `T`).
 */
function shownType(scope: ComparisonScope, written: WrittenType, enclosing: TS.Node | undefined): string {
  const { ts, checker } = scope;
  const text = writtenText(checker, written.node, written.type) ?? typeText(ts, checker, written.type, enclosing);
  return written.rest ? `...${text}` : text;
}
