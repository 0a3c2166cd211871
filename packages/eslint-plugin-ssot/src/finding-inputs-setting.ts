import ts = require('typescript');
import { findingInputsDigest } from 'ssot-core';

/** A digest is computed again when older than this: a long-lived ESLint process sees edits made meanwhile. */
const FRESH_MS = 1000;

/**
 * The value of `settings.ssot.findingInputs` in the plugin's configs. ESLint's `--cache` keys each file's result
 * on the file's text and on a hash of its config, `settings` included; ssot's findings also depend on other
 * files (the configs, the modules they name, the classes that may implement a protocol). This value stands in
 * the config for those files: ESLint serialises it when it hashes the config, which computes the digest of
 * what they hold now (see findingInputsDigest). Without `--cache` it is never serialised and costs nothing.
 */
export function findingInputsSetting(): { toJSON(): string } {
  let last: { root: string; digest: string; at: number } | undefined;
  return {
    toJSON() {
      const root = process.cwd();
      const now = Date.now();
      if (last?.root !== root || now - last.at >= FRESH_MS) {
        last = { root, digest: digestOrUnique(root), at: now };
      }
      return last.digest;
    },
  };
}

/**
 * The digest, or, when it cannot be computed (a directory that cannot be read midway, a bug), a value no other
 * run has: ESLint then lints every file again rather than serve a cached result, and never crashes on it.
 */
function digestOrUnique(root: string): string {
  try {
    return findingInputsDigest(ts, root);
  } catch (error) {
    return `unavailable ${process.pid} ${Date.now()}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
