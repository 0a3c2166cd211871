import { messages, requiresTypes, type MessageId } from 'ssot-core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export default createRule<MessageId<'canonical-import'>>({
  name: 'canonical-import',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Import each symbol from its canonical module, not from a legacy path or under a legacy name',
      recommended: true,
      requiresTypeChecking: requiresTypes('canonical-import'),
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: messages['canonical-import'],
    defaultOptions: [],
  },
  create: (context) => reportFindings(context, 'canonical-import'),
});
