import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { EXPORT_NAME, schemaPath } from '../src/index';

type Schema = { [keyword: string]: unknown };

const schemaText = fs.readFileSync(path.join(__dirname, '..', 'schema.json'), 'utf8');

function readSchema(): Schema {
  return JSON.parse(schemaText) as Schema;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every subschema with its JSON pointer, the root included. */
function* subschemas(schema: Schema, pointer = '#'): Generator<[string, Schema]> {
  yield [pointer, schema];
  for (const keyword of ['properties', 'definitions', '$defs', 'patternProperties']) {
    const map = schema[keyword];
    if (!isSchema(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      if (isSchema(child)) yield* subschemas(child, `${pointer}/${keyword}/${name}`);
    }
  }
  for (const keyword of ['items', 'additionalProperties', 'not', 'if', 'then', 'else']) {
    const child = schema[keyword];
    if (isSchema(child)) yield* subschemas(child, `${pointer}/${keyword}`);
  }
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    for (const [i, child] of list.entries()) {
      if (isSchema(child)) yield* subschemas(child, `${pointer}/${keyword}/${i}`);
    }
  }
}

describe('schema.json', () => {
  it('is the file schemaPath points at', () => {
    expect(schemaPath).toBe(path.resolve(__dirname, '..', 'schema.json'));
  });

  it('is valid JSON for JSON Schema draft-07', () => {
    expect(() => readSchema()).not.toThrow();
    expect(readSchema()['$schema']).toBe('http://json-schema.org/draft-07/schema#');
  });

  it("gives export names the pattern isExportName tests, so that what --init writes is what loads", () => {
    const definitions = readSchema()['definitions'] as { exportName: { pattern: string } };

    expect(definitions.exportName.pattern).toBe(EXPORT_NAME.source);
  });

  it('describes every property', () => {
    const properties = [...subschemas(readSchema())].flatMap(([pointer, schema]) =>
      Object.entries(isSchema(schema['properties']) ? schema['properties'] : {}).map(
        ([name, property]) => [`${pointer}/properties/${name}`, property] as const,
      ),
    );
    const undescribed = properties
      .filter(([, property]) => !isSchema(property) || typeof property['description'] !== 'string')
      .map(([pointer]) => pointer);

    expect(properties.length).toBeGreaterThan(0);
    expect(undescribed).toEqual([]);
  });

  it('closes every object schema with "additionalProperties": false', () => {
    const objectSchemas = [...subschemas(readSchema())].filter(
      ([, schema]) => schema['type'] === 'object' || isSchema(schema['properties']),
    );
    const open = objectSchemas.filter(([, schema]) => schema['additionalProperties'] !== false).map(([pointer]) => pointer);

    expect(objectSchemas.length).toBeGreaterThan(0);
    expect(open).toEqual([]);
  });

  it('compiles in Ajv strict mode', () => {
    expect(() => new Ajv({ strict: true, allErrors: true }).compile(readSchema())).not.toThrow();
  });

  it.each(['websocket-app', 'rxjs-migration'])('accepts the config of examples/%s', (example) => {
    const configFile = path.resolve(__dirname, '../../../examples', example, 'ssot.config.json');
    const validate = new Ajv({ strict: true, allErrors: true }).compile(readSchema());

    expect(validate(parse(fs.readFileSync(configFile, 'utf8')))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });
});
