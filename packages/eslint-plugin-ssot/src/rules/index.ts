import canonicalImport from './canonical-import';

export const rules = {
  'canonical-import': canonicalImport,
};
