import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ConfigProblem } from './errors';
import { segmentsFromPointer, type JsonLocator } from './json-location';

/** The published schema, at the package root, for editors. */
export const schemaPath = path.join(__dirname, '..', 'schema.json');

/** The schema compiled ahead of time (scripts/compile-schema.mjs), so no process pays Ajv's compile time. */
const validate = require('../schema-validator.js') as ValidateFunction;

/** Checks a parsed config against schema.json; one problem per schema violation, located in the text. */
export function validateAgainstSchema(value: unknown, locator: JsonLocator): ConfigProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).filter(isInformative).map((error) => toProblem(error, locator));
}

/** Ajv reports a failed `$ref` target and the `if`-style wrappers around it; keep only the leaf errors. */
function isInformative(error: ErrorObject): boolean {
  return error.keyword !== 'if' && error.keyword !== 'anyOf';
}

function toProblem(error: ErrorObject, locator: JsonLocator): ConfigProblem {
  const segments = segmentsFromPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      return {
        ...locator.locateKey(segments, key),
        message: `unknown key "${key}".`,
        fix: `remove it or correct its spelling${allowed ? ` (allowed here: ${allowed})` : ''}.`,
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return {
        ...locator.locate(segments),
        message: `missing required key "${key}".`,
        fix: `add "${key}" to this object.`,
      };
    }
    case 'type':
      return {
        ...locator.locate(segments),
        message: `expected ${String(params.type)}, found ${describeValue(error.data)}.`,
        fix: `write ${article(String(params.type))} here.`,
      };
    case 'pattern':
      return {
        ...locator.locate(segments),
        message: `${JSON.stringify(error.data)} is not an export name.`,
        fix: 'write an identifier such as "WebSocketManager", or "default".',
      };
    case 'minLength':
      return { ...locator.locate(segments), message: 'expected a non-empty string.', fix: 'write a value here.' };
    case 'maxLength':
      return {
        ...locator.locate(segments),
        message: `the value is longer than ${String(params.limit)} characters.`,
        fix: 'shorten it; a glob this long is a mistake.',
      };
    default:
      return {
        ...locator.locate(segments),
        message: `${error.message ?? 'does not match the schema'}.`,
        fix: 'see the schema (node_modules/ssot-config/schema.json) for the expected shape.',
      };
  }
}

function allowedKeys(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties).map((key) => `"${key}"`).join(', ') : '';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
