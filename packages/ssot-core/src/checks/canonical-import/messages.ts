/** Messages of the canonical-import check (ESLint `meta.messages`; tsserver formats them the same way). */
export const canonicalImportMessages = {
  legacyImport: 'Import {{targets}}, not from legacy module \'{{specifier}}\'.',
  legacyImportUnsafe: 'Import {{targets}}, not from legacy module \'{{specifier}}\'. Not fixed automatically: {{reason}}.',
  legacyImportPartly:
    'Import {{targets}}, not from legacy module \'{{specifier}}\'. The fix leaves {{kept}} where it is: {{reason}}.',
  legacyExport: 'Export {{targets}}, not from legacy module \'{{specifier}}\'.',
  legacyNameImport: 'Import {{names}} from \'{{specifier}}\', not the legacy name(s) {{legacyNames}}.',
  legacyNameExport: 'Export {{names}} from \'{{specifier}}\', not the legacy name(s) {{legacyNames}}.',
  legacyExportPartly:
    'Export {{targets}}, not from legacy module \'{{specifier}}\'. The fix leaves {{kept}} where it is: {{reason}}.',
  legacyExportUnsafe: 'Export {{targets}}, not from legacy module \'{{specifier}}\'. Not fixed automatically: {{reason}}.',
  legacyModule: '\'{{specifier}}\' is a legacy module; use \'{{canonical}}\'.',
  legacyModuleUnsafe: '\'{{specifier}}\' is a legacy module; use \'{{canonical}}\'. Not fixed automatically: {{reason}}.',
  legacyModuleSplit:
    '\'{{specifier}}\' is a legacy module whose exports now live in {{count}} modules ({{canonicals}}); there is no single replacement, so pick one.',
  legacyModuleSplitUsed:
    '\'{{specifier}}\' is a legacy module whose exports now live in {{count}} modules ({{canonicals}}); no one of them replaces it at a site that takes the module whole or names from several: take each name from its own module.',
  useCanonical: 'Use \'{{canonical}}\' instead.',
};
