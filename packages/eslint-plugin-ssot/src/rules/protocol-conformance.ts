import { messages, requiresTypes, type MessageId } from 'ssot-core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export default createRule<MessageId<'protocol-conformance'>>({
  name: 'protocol-conformance',
  meta: {
    type: 'problem',
    docs: {
      description: 'Keep every implementation of a protocol to its exact signatures',
      recommended: true,
      requiresTypeChecking: requiresTypes('protocol-conformance'),
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: messages['protocol-conformance'],
    defaultOptions: [],
  },
  create: (context) => reportFindings(context, 'protocol-conformance'),
});
