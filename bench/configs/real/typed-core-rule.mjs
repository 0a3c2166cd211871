// The typed floor plus the core rule of core-rule.mjs: what users write today, in a type-aware run.
import { coreRule } from './core-rule.mjs';
import floor from './typed-floor.mjs';

export default [...floor, coreRule];
