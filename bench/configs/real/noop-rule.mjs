// The real project's floor plus one rule that does nothing: what ESLint itself charges as soon as any rule runs.
import floor from './floor.mjs';

const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };

export default [...floor, { plugins: { bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } }];
