import type * as TS from 'typescript';
import { NAME_PART } from 'ssot-config';
import { annotationOf, counts, typePair, type ComparisonScope, type Divergence, type WrittenType } from './divergence';
import { typeText } from './signature-text';
import { isAwaitable, isSameType } from './type-identity';

/**
 * How one call signature of a class member differs from the protocol's: type parameter count, then the parameter
 * list (left out, extra required, optionality), then parameter and return types, each identical or reported.
 */
export function compareSignature(scope: ComparisonScope, expected: TS.Signature, actual: TS.Signature): Divergence[] {
  const { ts, checker } = scope;
  const expectedTypeParameters = expected.getTypeParameters()?.length ?? 0;
  const actualTypeParameters = actual.getTypeParameters()?.length ?? 0;
  if (expectedTypeParameters !== actualTypeParameters) {
    return [{ messageId: 'typeParameters', data: counts(expectedTypeParameters, actualTypeParameters) }];
  }
  const same =
    expectedTypeParameters > 0
      ? sameGenericText(scope, expected, actual)
      : (a: TS.Type, b: TS.Type) => isSameType(ts, checker, a, b);
  const shape: Divergence[] = [];
  const types: Divergence[] = [];
  const expectedParameters = expected.getParameters();
  const actualParameters = actual.getParameters();
  const length = Math.max(expectedParameters.length, actualParameters.length);
  for (let index = 0; index < length; index++) {
    const wantSymbol = expectedParameters[index];
    const haveSymbol = actualParameters[index];
    const want = wantSymbol && describeParameter(scope, wantSymbol);
    const have = haveSymbol && describeParameter(scope, haveSymbol);
    if (!have || !want) {
      if (want) shape.push({ messageId: 'fewerParameters', data: { parameter: want.name } });
      else if (have && !have.optional && !have.rest) {
        shape.push({ messageId: 'extraRequiredParameter', data: { parameter: have.name } });
      }
      continue;
    }
    if (have.optional && !want.optional && !have.rest) {
      shape.push({ messageId: 'optionalParameter', data: { parameter: have.name } });
    } else if (!have.optional && want.optional && !want.rest) {
      shape.push({ messageId: 'requiredParameter', data: { parameter: have.name } });
    }
    if (have.rest !== want.rest || !same(want.type, have.type)) {
      const data = { parameter: have.name, ...typePair(scope, want, have) };
      const slot =
        have.rest === want.rest
          ? { kind: 'parameter' as const, index, expected: want.type, actual: have.type }
          : undefined;
      types.push({ messageId: 'parameterType', data, ...(slot && { slot }) });
    }
  }
  const expectedReturn = checker.getReturnTypeOfSignature(expected);
  const actualReturn = checker.getReturnTypeOfSignature(actual);
  if (!same(expectedReturn, actualReturn)) {
    const data = typePair(
      scope,
      { type: expectedReturn, node: annotationOf(ts, expected.getDeclaration()) },
      { type: actualReturn, node: annotationOf(ts, actual.getDeclaration()) },
    );
    const expectedAsync = isAwaitable(checker, expectedReturn);
    if (expectedAsync !== isAwaitable(checker, actualReturn)) {
      types.push({ messageId: expectedAsync ? 'synchronousReturn' : 'asynchronousReturn', data });
    } else {
      types.push({ messageId: 'returnType', data, slot: { kind: 'return', expected: expectedReturn, actual: actualReturn } });
    }
  }
  return [...shape, ...types];
}

/**
 * Each generic signature has type parameters of its own, which no other type shares, so generic signatures are
 * compared by text, with each type parameter renamed by position: `map<U>(f: (t: T) => U)` and
 * `map<V>(f: (t: T) => V)` are the same.
 */
function sameGenericText(
  scope: ComparisonScope,
  expected: TS.Signature,
  actual: TS.Signature,
): (expectedType: TS.Type, actualType: TS.Type) => boolean {
  const { ts, checker } = scope;
  const renamer = (signature: TS.Signature) => {
    const names = (signature.getTypeParameters() ?? []).map((parameter) => parameter.symbol.name);
    return (type: TS.Type) =>
      names.reduce((text, name, i) => text.replace(wholeWord(name), `#${i}`), typeText(ts, checker, type, undefined));
  };
  const expectedText = renamer(expected);
  const actualText = renamer(actual);
  return (expectedType, actualType) => expectedText(expectedType) === actualText(actualType);
}

/** Every occurrence of an identifier that is not part of a longer one (`U`, not the `U` of `ÜU`). */
function wholeWord(name: string): RegExp {
  return new RegExp(`(?<!${NAME_PART})${name.replace(/\$/g, '\\$')}(?!${NAME_PART})`, 'gu');
}

interface ParameterFacts extends WrittenType {
  readonly name: string;
  /** `x?: T` or `x = value`: callers may leave it out. */
  readonly optional: boolean;
  readonly rest: boolean;
}

function describeParameter(scope: ComparisonScope, parameter: TS.Symbol): ParameterFacts {
  const { ts, checker } = scope;
  const declaration = parameter.valueDeclaration;
  const written = declaration && ts.isParameter(declaration) ? declaration : undefined;
  const optional = written ? written.questionToken !== undefined || written.initializer !== undefined : false;
  const type = checker.getTypeOfSymbol(parameter);
  return {
    name: parameter.name,
    // `x?: T` reads as `T | undefined` inside the function; what each side wrote is `T`.
    type: written?.questionToken ? checker.getNonNullableType(type) : type,
    node: written?.type,
    optional,
    rest: written?.dotDotDotToken !== undefined,
  };
}
