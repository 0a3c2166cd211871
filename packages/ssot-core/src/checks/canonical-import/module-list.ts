import { listNames } from './named-move';

/** Modules as a message lists them: quoted, capped as names are (typeorm's error barrel has 59 homes). */
export function listModules(modules: readonly string[]): string {
  return listNames(modules.map((module) => `'${module}'`));
}
