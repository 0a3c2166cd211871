/** Messages of the protocol-conformance check. */
export const protocolConformanceMessages = {
  placeholder: 'ssot/protocol-conformance is being built.',
};
