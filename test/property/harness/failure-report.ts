import * as path from 'node:path';
import type { CaseFailure } from './check-batch';

/** How a file's text is shown in a report: CR and the byte order mark made visible. */
export function showText(text: string): string {
  return text.replace(/^\uFEFF/, '⟨BOM⟩').replace(/\r/g, '␍');
}

/** One failing generated file, readable on its own: the invariant, what broke, the input, the config, the output. */
export function describeFailure(failure: CaseFailure): string {
  const { file } = failure;
  const config = JSON.parse(file.project.configText) as { symbols: unknown[]; modules: unknown[] };
  return [
    `Invariant ${failure.invariant} does not hold.`,
    ...failure.problems.map((problem) => `  - ${problem}`),
    `Project: ${file.project.variant.name} (${JSON.stringify(file.project.variant)}); its modules are written by test/property/generators/project-modules.ts.`,
    `ssot.config.json:`,
    ...config.symbols.map((symbol) => `  ${JSON.stringify(symbol)}`),
    ...config.modules.map((move) => `  ${JSON.stringify(move)}`),
    `File: ${path.relative(file.project.root, file.fileName)} (␍ is a carriage return, ⟨BOM⟩ a byte order mark)`,
    '--- input',
    showText(file.text),
    '--- after eslint --fix',
    failure.output === undefined ? '(no output)' : showText(failure.output),
  ].join('\n');
}
