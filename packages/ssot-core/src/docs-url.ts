import type { CheckName } from './finding';

/** Where each check is documented: the ESLint rule's page, which every front links to (rules, SARIF, help). */
export function docsUrl(check: CheckName): string {
  return `https://github.com/ssot-tools/ssot/blob/main/packages/eslint-plugin-ssot/docs/rules/${check}.md`;
}
