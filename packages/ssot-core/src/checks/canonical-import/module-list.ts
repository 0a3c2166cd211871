/** The most modules a message names before it says how many more there are. */
const MAX_LISTED = 5;

/** Modules as a message lists them: quoted, at most MAX_LISTED, then how many more (typeorm's error barrel has 59 homes). */
export function listModules(modules: readonly string[]): string {
  const listed = modules.slice(0, MAX_LISTED).map((module) => `'${module}'`).join(', ');
  return modules.length > MAX_LISTED ? `${listed} and ${modules.length - MAX_LISTED} more` : listed;
}
