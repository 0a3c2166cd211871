import { messages, requiresTypes, type MessageId } from 'ssot-core';
import { createRule } from '../create-rule';
import { reportFindings } from '../report-findings';

export default createRule<MessageId<'shim-purity'>>({
  name: 'shim-purity',
  meta: {
    type: 'problem',
    docs: {
      description: 'Keep legacy modules pure re-exports of the canonical module, and the canonical module free of legacy imports',
      recommended: true,
      requiresTypeChecking: requiresTypes('shim-purity'),
    },
    fixable: 'code',
    schema: [],
    messages: messages['shim-purity'],
    defaultOptions: [],
  },
  create: (context) => reportFindings(context, 'shim-purity'),
});
