// The project around the modules: workspace package.json files (with `exports`) linked into node_modules/@bench,
// a root tsconfig with `paths` aliases, ssot.config.json, and the same legacy paths as the other rules take them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aliasSpecifier, legacyBarrelPath, packageSpecifier } from './specifiers.mjs';

/** Writes everything but the modules; returns the ssot config it wrote. */
export function writeProjectFiles(dir, plan) {
  const write = (file, value) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  };
  write('package.json', { name: 'bench-project', private: true, workspaces: ['packages/*'] });
  write('tsconfig.json', {
    compilerOptions: {
      target: 'es2022',
      lib: ['es2023'],
      module: 'preserve',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: Object.fromEntries(plan.packages.map((pkg) => [`${pkg.alias}/*`, [`./${pkg.dir}/src/*`]])),
    },
    include: ['packages/*/src'],
  });
  for (const pkg of plan.packages) {
    write(`${pkg.dir}/package.json`, {
      name: pkg.name,
      version: '0.0.0',
      private: true,
      type: 'module',
      exports: { '.': './src/index.ts', './legacy': './src/legacy/index.ts', './*': './src/*.ts' },
    });
    // What `npm install` does for a workspace: the package, linked under its name.
    const link = path.join(dir, 'node_modules', pkg.name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(link), path.join(dir, pkg.dir)), link, 'dir');
  }
  const config = ssotConfig(plan);
  write('ssot.config.json', config);
  write('bench-restrictions.json', restrictions(plan));
  return config;
}

function ssotConfig(plan) {
  const local = (file) => `./${file.replace(/\.ts$/, '')}`;
  return {
    $schema: '../../packages/ssot-config/schema.json',
    symbols: [
      ...plan.legacy.map((entry) => {
        const name = entry.legacyName === entry.canonicalName ? {} : { name: entry.legacyName };
        return {
          name: entry.canonicalName,
          module: local(entry.canonicalPath),
          legacy: [
            { module: local(entry.legacyPath), ...name },
            { module: `${entry.pkg.name}/legacy`, ...name },
          ],
        };
      }),
      {
        name: 'Connection',
        module: './packages/pkg-a/src/core/connection',
        factory: {
          module: './packages/pkg-a/src/core/connection-factory',
          name: 'createConnection',
          acceptsConstructorArgs: true,
          allow: ['packages/*/src/testing/**'],
        },
        protocol: { module: './packages/pkg-a/src/core/connection-protocol', name: 'ConnectionProtocol', maxImplementations: 4 },
      },
      {
        name: 'Scheduler',
        module: './packages/pkg-b/src/core/scheduler',
        factory: { module: './packages/pkg-b/src/core/scheduler-factory', name: 'createScheduler' },
      },
    ],
  };
}

/**
 * The legacy modules as string patterns (core `no-restricted-imports`: every spelling of each) and as files
 * (`import-x/no-restricted-paths`), read by bench/configs from the project directory.
 */
function restrictions(plan) {
  return {
    patterns: [
      ...plan.legacy.flatMap((entry) => [
        `**/legacy/${entry.concept}`,
        aliasSpecifier(entry.pkg, entry.legacyPath),
        packageSpecifier(entry.pkg, entry.legacyPath),
      ]),
      ...plan.packages.filter((pkg) => pkg.legacy.length > 0).map((pkg) => `${pkg.name}/legacy`),
    ],
    files: [
      ...plan.legacy.map((entry) => `./${entry.legacyPath}`),
      ...plan.packages.filter((pkg) => pkg.legacy.length > 0).map((pkg) => `./${legacyBarrelPath(pkg)}`),
    ],
  };
}
