// The typed floor plus one rule that does nothing: what a type-aware ESLint run charges as soon as any rule runs.
import floor from './typed-floor.mjs';

const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };

export default [...floor, { plugins: { bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } }];
