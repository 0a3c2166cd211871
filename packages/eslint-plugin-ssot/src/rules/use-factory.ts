import { messages, requiresTypes, type MessageId } from 'ssot-core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export default createRule<MessageId<'use-factory'>>({
  name: 'use-factory',
  meta: {
    type: 'problem',
    docs: {
      description: 'Construct the class through its factory, not with `new` or a subclass',
      recommended: true,
      requiresTypeChecking: requiresTypes('use-factory'),
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: messages['use-factory'],
    defaultOptions: [],
  },
  create: (context) => reportFindings(context, 'use-factory'),
});
