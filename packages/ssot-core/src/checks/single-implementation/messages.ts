/** Messages of the single-implementation check. */
export const singleImplementationMessages = {
  placeholder: 'ssot/single-implementation is being built.',
};
