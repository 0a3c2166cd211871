/** Messages of the single-implementation check. */
export const singleImplementationMessages = {
  tooManyImplementations:
    "'{{className}}' is implementation {{position}} of '{{protocol}}' ({{how}}); at most {{max}} {{verb}} allowed. " +
    'The others: {{others}}. Merge it into {{allowed}}, or raise protocol.maxImplementations in ssot.config.json.',
};
