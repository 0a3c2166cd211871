import type { CheckName } from './finding';

/** A check that needs the type checker ran without one; printed by ESLint without a stack trace. */
export class TypeInformationRequiredError extends Error {
  override readonly name = 'TypeInformationRequiredError';

  constructor(
    readonly check: CheckName,
    readonly fileName: string,
  ) {
    super(
      `ssot/${check} needs type information, and ${fileName} was linted without it. ` +
        'Fix: set languageOptions.parserOptions.projectService to true (and tsconfigRootDir) for these files, ' +
        'or use ssot.configs["recommended-type-checked"] only where type information is configured.',
    );
    this.stack = this.message;
  }
}
