/** Messages of the use-factory check. */
export const useFactoryMessages = {
  placeholder: 'ssot/use-factory is being built.',
};
