import * as fs from 'node:fs';
import { parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { SsotConfigError, type ConfigProblem } from './errors';
import { JsonLocator } from './json-location';
import { validateAgainstSchema } from './schema-validation';

/** The config as written, once it is known to be well-formed and to match the schema. */
export interface RawConfig {
  tsconfig?: string;
  symbols?: RawSymbol[];
  modules?: { legacy: string; canonical: string }[];
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
    throw new SsotConfigError(file, [
      wholeFile(`cannot be read (${code}).`, 'make the file readable by the user running ESLint or the editor.'),
    ]);
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
