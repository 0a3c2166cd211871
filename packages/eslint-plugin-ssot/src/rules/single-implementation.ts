import { messages, requiresTypes, type MessageId } from 'ssot-core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export default createRule<MessageId<'single-implementation'>>({
  name: 'single-implementation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Allow at most the configured number of classes implementing a protocol',
      recommended: true,
      requiresTypeChecking: requiresTypes('single-implementation'),
    },
    schema: [],
    messages: messages['single-implementation'],
    defaultOptions: [],
  },
  create: (context) => reportFindings(context, 'single-implementation'),
});
