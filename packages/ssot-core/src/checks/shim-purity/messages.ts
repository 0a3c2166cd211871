/** Messages of the shim-purity check. */
export const shimPurityMessages = {
  placeholder: 'ssot/shim-purity is being built.',
};
