import type * as TS from 'typescript';

type LanguageService = TS.LanguageService;

/** The language-service methods a plugin can wrap. */
export type LanguageServiceMethod = {
  [K in keyof LanguageService]-?: LanguageService[K] extends (...args: never[]) => unknown ? K : never;
}[keyof LanguageService];

export interface LanguageServiceProxy {
  /** The decorated service: every method of the wrapped one, forwarding every argument, unless wrapped. */
  readonly languageService: LanguageService;
  /** Replaces one method with `build(delegate)`, where `delegate` calls the wrapped service's own method. */
  wrap<K extends LanguageServiceMethod>(method: K, build: (delegate: LanguageService[K]) => LanguageService[K]): void;
}

/**
 * Marks a service this plugin decorated, across copies of the plugin module (`Symbol.for`), so a project
 * reload that hands the decorated service back to `create()` does not decorate it twice.
 */
const decoratedMarker = Symbol.for('ts-plugin-ssot.decorated');

export function isDecorated(languageService: LanguageService): boolean {
  return Reflect.get(languageService, decoratedMarker) === true;
}

export function createProxy(target: LanguageService): LanguageServiceProxy {
  const languageService = Object.create(null) as LanguageService;
  for (const key of Object.keys(target)) {
    const member: unknown = Reflect.get(target, key);
    Reflect.set(languageService, key, typeof member === 'function' ? member.bind(target) : member);
  }
  Object.defineProperty(languageService, decoratedMarker, { value: true });
  return {
    languageService,
    wrap(method, build) {
      const own = Reflect.get(target, method) as (...args: unknown[]) => unknown;
      Reflect.set(languageService, method, build(own.bind(target) as LanguageService[typeof method]));
    },
  };
}
