// ESLint 10's FileContext (lib/linter/file-context.js), its own extend, and a replacement. ESLint builds every
// rule's context as Object.create(fileContext), so each file's context becomes a prototype; V8 keeps a
// prototype's object (and the file's AST, tokens and scopes that it holds) alive past the scavenges that would
// otherwise free them, which makes a rule that does nothing cost 20-35% of the run. sharedExtend gives a rule's
// context the shared FileContext.prototype and a copy of the file context's own properties instead: the same
// values, frozen as before.
const path = require('node:path');

const eslintDir = path.dirname(require.resolve('eslint/package.json'));
const { FileContext } = require(path.join(eslintDir, 'lib', 'linter', 'file-context.js'));
if (typeof FileContext?.prototype?.extend !== 'function') {
  throw new Error(`bench: ${eslintDir} has no FileContext#extend to replace; this ESLint version builds rule contexts another way`);
}

const stockExtend = FileContext.prototype.extend;

function sharedExtend(extension) {
  return Object.freeze(Object.assign(Object.create(FileContext.prototype), this, extension));
}

module.exports = { FileContext, stockExtend, sharedExtend };
