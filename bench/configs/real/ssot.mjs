// The real project's floor plus ssot's recommended rules (no type information).
import ssot from 'eslint-plugin-ssot';
import floor from './floor.mjs';

export default [...floor, ssot.configs.recommended];
