/** Messages of the use-factory check. */
export const useFactoryMessages = {
  useFactory: "Construct '{{className}}' with '{{factory}}()' from '{{factoryModule}}', not with `new`.",
  useFactoryUnsafe:
    "Construct '{{className}}' with '{{factory}}()' from '{{factoryModule}}', not with `new`. Not fixed automatically: {{reason}}.",
  noSubclass:
    "'{{subclass}}' extends '{{className}}', which only '{{factory}}()' may construct; use the instances the factory makes instead of a subclass.",
  callFactory: "Call '{{factory}}()' instead.",
};
