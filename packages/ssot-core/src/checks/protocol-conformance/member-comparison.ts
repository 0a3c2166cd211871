import type * as TS from 'typescript';
import { annotationOf, counts, typePair, type ComparisonScope, type Divergence } from './divergence';
import type { ProtocolMember } from './protocol-members';
import { compareSignature } from './signature-comparison';
import { isSameType } from './type-identity';

type Typescript = typeof TS;

/**
 * Every divergence of a class member from a protocol member, most fundamental first: visibility, shape (method
 * or not, overloads), then each signature (see compareSignature), or for a property its optionality and type.
 * Types are compared as identical (see COMPARISON_MODE): no method bivariance, no wider or narrower types.
 */
export function compareMember(scope: ComparisonScope, expected: ProtocolMember, actual: TS.Symbol): Divergence[] {
  const { ts, checker } = scope;
  const visibility = hiddenVisibility(ts, actual);
  if (visibility) return [{ messageId: 'hiddenMember', data: { visibility } }];
  const actualOptional = (actual.flags & ts.SymbolFlags.Optional) !== 0;
  // An optional member's type includes `undefined`; what matters is its type when it is there.
  const expectedType = withoutOptionality(checker, checker.getTypeOfSymbol(expected.symbol), expected.optional);
  const actualType = withoutOptionality(checker, checker.getTypeOfSymbol(actual), expected.optional || actualOptional);
  const divergences: Divergence[] = [];
  if (actualOptional && !expected.optional) divergences.push({ messageId: 'optionalProperty', data: {} });
  const expectedSignatures = checker.getSignaturesOfType(expectedType, ts.SignatureKind.Call);
  if (expectedSignatures.length === 0) {
    if (!isSameType(ts, checker, expectedType, actualType)) {
      const data = typePair(
        scope,
        { type: expectedType, node: annotationOf(ts, expected.declaration) },
        { type: actualType, node: annotationOf(ts, actual.valueDeclaration) },
      );
      divergences.push({
        messageId: 'propertyType',
        data,
        slot: { kind: 'property', expected: expectedType, actual: actualType },
      });
    }
    return divergences;
  }
  const actualSignatures = checker.getSignaturesOfType(actualType, ts.SignatureKind.Call);
  if (actualSignatures.length === 0) return [{ messageId: 'notCallable', data: {} }];
  if (actualSignatures.length !== expectedSignatures.length) {
    return [{ messageId: 'overloads', data: counts(expectedSignatures.length, actualSignatures.length) }];
  }
  expectedSignatures.forEach((signature, i) => {
    divergences.push(...compareSignature(scope, signature, actualSignatures[i] as TS.Signature));
  });
  return divergences;
}

/** `private` or `protected` members cannot be called through the protocol. */
function hiddenVisibility(ts: Typescript, member: TS.Symbol): string | undefined {
  for (const declaration of member.declarations ?? []) {
    const flags = ts.getCombinedModifierFlags(declaration);
    if (flags & ts.ModifierFlags.Private) return 'private';
    if (flags & ts.ModifierFlags.Protected) return 'protected';
  }
  return undefined;
}

function withoutOptionality(checker: TS.TypeChecker, type: TS.Type, optional: boolean): TS.Type {
  return optional ? checker.getNonNullableType(type) : type;
}
