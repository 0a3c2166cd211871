// Preloaded (`node --require`) into the two "file context shared" variants only, to show what ESLint itself
// would charge with one change of its own (see file-context-patch.cjs).
const { FileContext, sharedExtend } = require('./file-context-patch.cjs');

FileContext.prototype.extend = sharedExtend;
