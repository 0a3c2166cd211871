// The typed floor plus ssot's rules, type-aware ones included.
import ssot from 'eslint-plugin-ssot';
import floor from './typed-floor.mjs';

export default [...floor, ssot.configs['recommended-type-checked']];
