import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizePath, schemaPath } from 'ssot-config';

const INSTALLED_SCHEMA = './node_modules/ssot-config/schema.json';

/**
 * The `$schema` of a new config in `configDir`: a relative path to the schema ssot-config ships, when that file
 * belongs to the project (installed in its node_modules, or this repository's packages/ssot-config); else the
 * path it will have once ssot-config is installed next to the config.
 */
export function schemaReference(configDir: string): string {
  let schema: string;
  try {
    schema = normalizePath(fs.realpathSync(schemaPath));
  } catch {
    return INSTALLED_SCHEMA;
  }
  const dir = normalizePath(fs.realpathSync(configDir));
  const nodeModules = schema.lastIndexOf('/node_modules/');
  // Installed: the project above node_modules; in this repository: the root above packages/ssot-config.
  const owner = nodeModules >= 0 ? schema.slice(0, nodeModules) : path.posix.resolve(schema, '..', '..', '..');
  if (dir !== owner && !dir.startsWith(`${owner}/`)) return INSTALLED_SCHEMA;
  const relative = path.posix.relative(dir, schema);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
