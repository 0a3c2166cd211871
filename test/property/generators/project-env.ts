/**
 * `src/env.d.ts` of every generated project. The projects compile with `noLib` so that type-checking a batch
 * takes milliseconds: this is the little of the standard library the generated files need, plus the globals they
 * call (`__use` marks a use the property test compares, `require`, and the test runners' module helpers).
 */
export const projectEnvText = `interface Array<T> { length: number; [n: number]: T; }
interface Boolean {}
interface CallableFunction {}
interface Function {}
interface IArguments {}
interface NewableFunction {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface ImportMeta {}
interface PromiseLike<T> { then<R>(onfulfilled: (value: T) => R | PromiseLike<R>): PromiseLike<R>; }
interface Promise<T> { then<R>(onfulfilled: (value: T) => R | PromiseLike<R>): Promise<R>; }
interface PromiseConstructor {}
declare var Promise: PromiseConstructor;
interface ImportCallOptions {}
interface ImportAttributes {}
declare function require(id: string): any;
/** A use of an imported binding, keyed so the property test can find it again after the fix. */
declare function __use(key: string, value: unknown): void;
interface ModuleHelpers {
  mock(path: string, factory?: () => unknown): void;
  doMock(path: string, factory?: () => unknown): void;
  unmock(path: string): void;
  importActual<T = any>(path: string): Promise<T>;
  requireActual<T = any>(path: string): T;
}
declare const vi: ModuleHelpers;
declare const jest: ModuleHelpers;
`;
