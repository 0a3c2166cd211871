import canonicalImport from './canonical-import';
import protocolConformance from './protocol-conformance';
import shimPurity from './shim-purity';
import singleImplementation from './single-implementation';
import useFactory from './use-factory';

export const rules = {
  'canonical-import': canonicalImport,
  'use-factory': useFactory,
  'protocol-conformance': protocolConformance,
  'single-implementation': singleImplementation,
  'shim-purity': shimPurity,
};
