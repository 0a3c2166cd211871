// The typed floor plus one rule that does nothing: what ESLint itself charges as soon as any rule runs.
import floor from './typed-floor.mjs';

const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };

export default [
  ...floor,
  { files: ['**/*.ts'], plugins: { bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } },
];
