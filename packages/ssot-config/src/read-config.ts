import * as fs from 'node:fs';
import { parse, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { SsotConfigError, type ConfigProblem } from './errors';
import { JsonLocator } from './json-location';
import { validateAgainstSchema } from './schema-validation';

/** The config as written, once it is known to be well-formed and to match the schema. */
export interface RawConfig {
  tsconfig?: string;
  symbols?: RawSymbol[];
  modules?: { legacy: string; canonical: string }[];
  barrels?: string[];
  ignore?: string[];
  testFiles?: string[];
}

export interface RawSymbol {
  name: string;
  module: string;
  legacy?: { module: string; name?: string }[];
  factory?: { module: string; name: string; allow?: string[]; acceptsConstructorArgs?: boolean };
  protocol?: {
    module: string;
    name: string;
    implementations?: { module: string; name: string }[];
    maxImplementations?: number;
  };
}

export interface ReadConfig {
  readonly raw: RawConfig;
  readonly locator: JsonLocator;
}

/** Larger than any hand-written config; a file this big is a mistake and is refused before parsing. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads, parses (JSON with comments) and schema-checks one config file; throws SsotConfigError on any problem. */
export function readConfig(file: string): ReadConfig {
  const text = readConfigText(file);
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    const { line, column } = new JsonLocator(text, undefined).positionOf(deep);
    throw new SsotConfigError(file, [
      {
        line,
        column,
        jsonPath: '',
        message: `the JSON is nested more than ${MAX_NESTING} levels deep.`,
        fix: 'flatten it: a config needs a few levels.',
      },
    ]);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const locator = new JsonLocator(text, tree);
  if (errors.length > 0) {
    throw new SsotConfigError(
      file,
      errors.slice(0, 3).map((error) => ({
        ...locator.positionOf(error.offset),
        jsonPath: '',
        message: `invalid JSON: ${describeParseError(printParseErrorCode(error.error))}.`,
        fix: 'correct the JSON syntax at this place (comments and trailing commas are allowed).',
      })),
    );
  }
  if (!tree) {
    throw new SsotConfigError(file, [emptyFileProblem()]);
  }
  const prototypeKey = findKey(tree, '__proto__');
  if (prototypeKey) {
    throw new SsotConfigError(file, [
      {
        ...locator.positionOf(prototypeKey.offset),
        jsonPath: '',
        message: 'the key "__proto__" is not allowed.',
        fix: 'remove it; it is no key of ssot.config.json.',
      },
    ]);
  }
  const value: unknown = parse(text, [], { allowTrailingComma: true });
  const problems = validateAgainstSchema(value, locator);
  if (problems.length > 0) throw new SsotConfigError(file, problems);
  return { raw: value as RawConfig, locator };
}

function readConfigText(file: string): string {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      throw new SsotConfigError(file, [
        wholeFile('is a directory, not a file.', 'rename or remove the directory; the config must be a JSON file.'),
      ]);
    }
    if (!stat.isFile()) {
      // A device or pipe (a symlink to /dev/zero, say) reports no size and never ends: never read it.
      throw new SsotConfigError(file, [
        wholeFile('is not a regular file.', 'make ssot.config.json a plain JSON file (not a link to a device or pipe).'),
      ]);
    }
    if (stat.size > MAX_CONFIG_BYTES) {
      throw new SsotConfigError(file, [
        wholeFile(
          `is ${stat.size} bytes; a config is refused above ${MAX_CONFIG_BYTES} bytes.`,
          'keep only the symbols, modules and ignore globs in it.',
        ),
      ]);
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof SsotConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new SsotConfigError(file, [unreadableProblem(code)]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new SsotConfigError(file, [
      wholeFile(`is not valid UTF-8 (first bad byte at offset ${offset}).`, 'save the file as UTF-8.'),
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SsotConfigError(file, [emptyFileProblem()]);
  return text;
}

/** Deeper than any real config; the JSON parser recurses per level, so a deeper file could exhaust the stack. */
const MAX_NESTING = 64;

/** The offset where nesting first exceeds MAX_NESTING (strings and comments skipped), or -1. */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '"') {
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === '\\') i++;
    } else if (char === '/' && text.charAt(i + 1) === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (char === '/' && text.charAt(i + 1) === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (char === '{' || char === '[') {
      if (++depth > MAX_NESTING) return i;
    } else if (char === '}' || char === ']') {
      depth--;
    }
  }
  return -1;
}

function unreadableProblem(code: string): ConfigProblem {
  if (code === 'ELOOP') {
    return wholeFile('is a symbolic link that loops (ELOOP).', 'replace the link with the JSON file itself, or point it at one.');
  }
  if (code === 'ENOENT') {
    return wholeFile('is a link to a file that does not exist.', 'replace the link with the JSON file itself, or remove it.');
  }
  return wholeFile(`cannot be read (${code}).`, 'make the file readable by the user running ESLint or the editor.');
}

function emptyFileProblem(): ConfigProblem {
  return wholeFile('is empty.', 'write a JSON object such as { "symbols": [] }, or delete the file.');
}

function wholeFile(message: string, fix: string): ConfigProblem {
  return { line: 1, column: 1, jsonPath: '', message: `the file ${message}`, fix };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.replace(/^invalid symbol$/, 'unexpected character');
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (the lead byte, not the one after it). */
function firstInvalidUtf8Byte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

/** The first property node named `key` anywhere in the tree (JSON.parse-like parsers turn `__proto__` into a prototype). */
function findKey(node: JsonNode, key: string): JsonNode | undefined {
  if (node.type === 'property' && node.children?.[0]?.value === key) return node;
  for (const child of node.children ?? []) {
    const found = findKey(child, key);
    if (found) return found;
  }
  return undefined;
}
