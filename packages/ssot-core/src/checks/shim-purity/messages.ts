/** Messages of the shim-purity check. */
export const shimPurityMessages = {
  implementation:
    "Legacy module declares '{{name}}'; a legacy module may only re-export its canonical module. Move '{{name}}' into the canonical module (or a module of its own) and re-export it from there.",
  chain: "Legacy module re-exports {{targets}} through legacy module '{{specifier}}'; re-export it from the canonical module directly.",
  chainUnsafe:
    "Legacy module re-exports {{targets}} through legacy module '{{specifier}}'; re-export it from the canonical module directly. Not fixed automatically: {{reason}}.",
  code: 'Legacy module runs `{{code}}`; a legacy module may only re-export its canonical module (a deprecation warning aside).',
  notFromCanonical:
    "Legacy module imports '{{specifier}}', which is not a canonical module; a legacy module may only re-export its canonical module.",
  canonicalImportsLegacy:
    "Canonical module imports legacy module '{{specifier}}', which re-exports this module: a cycle. Import from the canonical home instead.",
  canonicalImportsShim:
    "Canonical module imports legacy module '{{specifier}}'; while a canonical module imports it, the shim cannot be deleted. Import from the canonical home instead.",
};
