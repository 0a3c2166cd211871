import * as path from 'node:path';
import * as ts from 'typescript';
import type { Project, ProjectModule } from './project-pool';

/** How a site loads its module: decides whether an extensionless or `.js` spelling resolves under nodenext. */
export type LoadMode = 'import' | 'require';

/**
 * Every way a file in `fromDir` (relative to the project root) can write a module's specifier that TypeScript
 * resolves to that module in `mode`: relative or through the `@app/*` alias, with or without `.js`, a
 * directory index as the directory, `index` or `index.js`.
 */
export function spellingsOf(project: Project, module: ProjectModule, fromDir: string, mode: LoadMode | undefined): string[] {
  const key = `${project.root}\0${module.id}\0${fromDir}\0${mode ?? ''}`;
  let spellings = cache.get(key);
  if (!spellings) {
    const containingFile = path.join(project.root, fromDir, '__spelling.ts');
    const resolutionMode = mode === 'import' ? ts.ModuleKind.ESNext : mode === 'require' ? ts.ModuleKind.CommonJS : undefined;
    spellings = candidates(project, module, fromDir).filter((specifier) => {
      const { resolvedModule } = ts.resolveModuleName(specifier, containingFile, project.compiler.options, ts.sys, undefined, undefined, resolutionMode);
      return resolvedModule?.resolvedFileName === module.file;
    });
    cache.set(key, spellings);
  }
  return spellings;
}

const cache = new Map<string, string[]>();

function candidates(project: Project, module: ProjectModule, fromDir: string): string[] {
  let relative = path.posix.relative(fromDir, module.path);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  const bases = [relative];
  if (project.variant.alias) bases.push(`@app/${module.path.slice('src/'.length)}`);
  const forms = bases.flatMap((base) => {
    const directory = base === './index' ? ['.', './'] : base.endsWith('/index') ? [base.slice(0, -'/index'.length)] : [];
    return [base, `${base}.js`, ...directory];
  });
  return [...new Set(forms)];
}
