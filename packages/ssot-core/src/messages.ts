import type { CheckName } from './finding';
import { canonicalImportMessages } from './checks/canonical-import/messages';
import { protocolConformanceMessages } from './checks/protocol-conformance/messages';
import { shimPurityMessages } from './checks/shim-purity/messages';
import { singleImplementationMessages } from './checks/single-implementation/messages';
import { useFactoryMessages } from './checks/use-factory/messages';

/**
 * Every message, once, for both adapters: one table per check, kept beside the check. ESLint reads them as
 * `meta.messages`; tsserver formats them with `formatMessage`, which fills `{{placeholders}}` as ESLint does.
 */
export const messages = {
  'canonical-import': canonicalImportMessages,
  'use-factory': useFactoryMessages,
  'protocol-conformance': protocolConformanceMessages,
  'single-implementation': singleImplementationMessages,
  'shim-purity': shimPurityMessages,
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
