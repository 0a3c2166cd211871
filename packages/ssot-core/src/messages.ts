import type { CheckName } from './finding';

/**
 * Every message, once, for both adapters. ESLint reads these tables as `meta.messages`; tsserver formats them
 * with `formatMessage`, which fills `{{placeholders}}` the way ESLint does.
 */
export const messages = {
  'canonical-import': {
    legacyImport: 'Import {{targets}}, not from legacy module \'{{specifier}}\'.',
    legacyImportUnsafe: 'Import {{targets}}, not from legacy module \'{{specifier}}\'. Not fixed automatically: {{reason}}.',
    legacyExport: 'Export {{targets}}, not from legacy module \'{{specifier}}\'.',
    legacyExportUnsafe: 'Export {{targets}}, not from legacy module \'{{specifier}}\'. Not fixed automatically: {{reason}}.',
    legacyModule: '\'{{specifier}}\' is a legacy module; use \'{{canonical}}\'.',
    legacyModuleUnsafe: '\'{{specifier}}\' is a legacy module; use \'{{canonical}}\'. Not fixed automatically: {{reason}}.',
    legacyModuleSplit:
      '\'{{specifier}}\' is a legacy module whose exports now live in {{count}} modules ({{canonicals}}); there is no single replacement, so pick one.',
    useCanonical: 'Use \'{{canonical}}\' instead.',
  },
} as const satisfies Record<CheckName, Record<string, string>>;

export type MessageId<C extends CheckName> = keyof (typeof messages)[C] & string;

/** Fills `{{name}}` placeholders as ESLint does; unknown placeholders are left as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? (data[key] ?? whole) : whole,
  );
}

export function messageFor(check: CheckName, messageId: string, data: Readonly<Record<string, string>>): string {
  const template = (messages[check] as Record<string, string>)[messageId];
  if (template === undefined) throw new Error(`ssot: no message "${messageId}" for check "${check}"`);
  return formatMessage(template, data);
}
