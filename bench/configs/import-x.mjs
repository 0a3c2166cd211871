// The resolving peer: import-x/no-restricted-paths on the same legacy files, resolved with
// eslint-import-resolver-typescript (tsconfig paths, package exports, symlinked workspaces).
import { importPeer } from '../lib/peer-tools.mjs';
import floor from './floor.mjs';
import { restrictions } from './restrictions.mjs';

const { createTypeScriptImportResolver } = await importPeer('eslint-import-resolver-typescript');
const importX = (await importPeer('eslint-plugin-import-x')).default;

export default [
  ...floor,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './packages', from: restrictions.files, message: 'Import from the canonical module.' }] },
      ],
    },
  },
];
