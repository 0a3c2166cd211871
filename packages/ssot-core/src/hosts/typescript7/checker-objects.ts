import type * as TS from 'typescript';
import type { Typescript7NodeHandle, Typescript7Signature, Typescript7Symbol, Typescript7Type } from './api-types';
import type { NodeMap } from './node-map';

/**
 * TypeScript 7's symbols, types and signatures as the type checks read TypeScript 6's: the same names, flags
 * (whose single bits the two compilers share) and methods, declarations as TypeScript 6's nodes of the same
 * text. One object per compiler object, so that the checks' identity tests (`a === b`, sets of symbols) hold.
 */
export interface CheckerObjects {
  readonly symbol: (raw: Typescript7Symbol) => TS.Symbol;
  readonly type: (raw: Typescript7Type) => TS.Type;
  readonly signature: (raw: Typescript7Signature) => TS.Signature;
  /** The compiler's object behind one of these; throws for an object that is not one (a checks' defect). */
  readonly rawSymbol: (symbol: TS.Symbol) => Typescript7Symbol;
  readonly rawType: (type: TS.Type) => Typescript7Type;
  readonly rawSignature: (signature: TS.Signature) => Typescript7Signature;
}

export function createCheckerObjects(nodes: NodeMap): CheckerObjects {
  const symbols = new Map<number, TS.Symbol>();
  const types = new Map<number, TS.Type>();
  const signatures = new Map<number, TS.Signature>();
  const raws = new WeakMap<object, Typescript7Symbol | Typescript7Type | Typescript7Signature>();
  const local = (handle: Typescript7NodeHandle | undefined): TS.Node | undefined => handle && nodes.local(handle);
  /** The one object for `raw`, made on first request. */
  const once = <Wrapper extends object>(
    known: Map<number, Wrapper>,
    raw: Typescript7Symbol | Typescript7Type | Typescript7Signature,
    make: () => object,
  ): Wrapper => {
    let wrapper = known.get(raw.id);
    if (!wrapper) {
      wrapper = make() as Wrapper;
      known.set(raw.id, wrapper);
      raws.set(wrapper, raw);
    }
    return wrapper;
  };

  const symbol = (raw: Typescript7Symbol): TS.Symbol =>
    once(symbols, raw, () => {
      let declarations: TS.Declaration[] | undefined;
      const declarationsOf = () => {
        declarations ??= (raw.declarations ?? []).flatMap((handle) => (local(handle) as TS.Declaration | undefined) ?? []);
        return declarations;
      };
      return {
        name: raw.name,
        escapedName: raw.escapedName,
        flags: raw.flags,
        get declarations() {
          return declarationsOf();
        },
        get valueDeclaration() {
          return local(raw.valueDeclaration) as TS.Declaration | undefined;
        },
        getName: () => raw.name,
        getEscapedName: () => raw.escapedName,
        getFlags: () => raw.flags,
        getDeclarations: () => declarationsOf(),
      };
    });

  const type = (raw: Typescript7Type): TS.Type =>
    once(types, raw, () => {
      const symbolOf = () => {
        const found = raw.getSymbol();
        return found && symbol(found);
      };
      return {
        flags: raw.flags,
        get symbol() {
          return symbolOf();
        },
        getSymbol: symbolOf,
        getFlags: () => raw.flags,
        isClassOrInterface: () => raw.isClassOrInterface(),
        get typeParameters() {
          if (!raw.isClassOrInterface()) return undefined;
          const parameters = raw.getTypeParameters();
          return parameters.length > 0 ? parameters.map(type) : undefined;
        },
        get target() {
          return raw.isTypeReference() ? type(raw.getTarget()) : undefined;
        },
        get types() {
          return raw.getTypes()?.map(type);
        },
      };
    });

  const signature = (raw: Typescript7Signature): TS.Signature =>
    once(signatures, raw, () => ({
      getTypeParameters: () => {
        const parameters = raw.getTypeParameters();
        return parameters.length > 0 ? parameters.map(type) : undefined;
      },
      getParameters: () => raw.getParameters().map(symbol),
      getDeclaration: () => local(raw.declaration) as TS.SignatureDeclaration | undefined,
    }));

  const rawOf = (object: object, what: string) => {
    const raw = raws.get(object);
    if (!raw) throw new Error(`ssot: a ${what} that TypeScript 7's checker did not give was passed to it`);
    return raw;
  };
  return {
    symbol,
    type,
    signature,
    rawSymbol: (object) => rawOf(object, 'symbol') as Typescript7Symbol,
    rawType: (object) => rawOf(object, 'type') as Typescript7Type,
    rawSignature: (object) => rawOf(object, 'signature') as Typescript7Signature,
  };
}
