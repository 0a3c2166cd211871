// Preloaded (`node --require`) into the two "file context shared" variants only, to show what ESLint itself
// would charge with one change of its own. ESLint 10 builds every rule's context as
// Object.create(fileContext), so each file's context becomes a prototype; V8 keeps a prototype's object (and
// the file's AST, tokens and scopes that it holds) alive past the scavenges that would otherwise free them, and
// a rule that does nothing makes the whole run 20-35% slower. Here a rule's context takes the shared
// FileContext.prototype and a copy of the file context's own properties instead: the same values, frozen as before.
const path = require('node:path');

const eslintDir = path.dirname(require.resolve('eslint/package.json'));
const { FileContext } = require(path.join(eslintDir, 'lib', 'linter', 'file-context.js'));
if (typeof FileContext?.prototype?.extend !== 'function') {
  throw new Error(`bench: ${eslintDir} has no FileContext#extend to replace; this ESLint version builds rule contexts another way`);
}
FileContext.prototype.extend = function extend(extension) {
  return Object.freeze(Object.assign(Object.create(FileContext.prototype), this, extension));
};
