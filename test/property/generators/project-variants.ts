/**
 * The fixed pool of generated projects the property tests lint files in. Each variant is one temp project with
 * the same logical modules (see project-modules.ts), laid out and resolved differently.
 */
export interface ProjectVariant {
  readonly name: string;
  /**
   * bundler: `module: preserve`; nodenext-esm: `"type": "module"`, relative specifiers need `.js`, no
   * `moduleResolution` (`module` implies it); nodenext-cjs.
   */
  readonly resolution: 'bundler' | 'nodenext-esm' | 'nodenext-cjs';
  /** tsconfig `paths`: `"@app/*": ["./src/*"]`. */
  readonly alias: boolean;
  /** The canonical Manager module is `src/core/manager/index.ts`, not `src/core/manager.ts`. */
  readonly managerAsIndex: boolean;
  /** How the pure shims re-export: `export { X } from` or `import { X } from` then `export { X }`. */
  readonly shimStyle: 'export-from' | 'import-then-export';
}

export const projectVariants: readonly ProjectVariant[] = [
  { name: 'bundler-alias', resolution: 'bundler', alias: true, managerAsIndex: false, shimStyle: 'export-from' },
  { name: 'nodenext-esm', resolution: 'nodenext-esm', alias: false, managerAsIndex: true, shimStyle: 'import-then-export' },
  { name: 'nodenext-cjs-alias', resolution: 'nodenext-cjs', alias: true, managerAsIndex: false, shimStyle: 'import-then-export' },
  { name: 'bundler-index', resolution: 'bundler', alias: false, managerAsIndex: true, shimStyle: 'export-from' },
];

/** Whether relative specifiers must carry a runtime extension (`./x.js`) to resolve. */
export function needsExtension(variant: ProjectVariant): boolean {
  return variant.resolution === 'nodenext-esm';
}
