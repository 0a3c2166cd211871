// Precision and recall of reported findings against the generator's manifest, matched on file + line + rule.

export const MANIFEST_RULES = ['ssot/canonical-import', 'ssot/use-factory'];

/**
 * @param findings `{ file, line, rule }[]` as reported
 * @param expected `{ file, line, rule }[]` from the manifest
 * @param options.rules the rules compared (others reported are ignored); `options.as` renames a reported rule
 *   to the manifest's (to score another rule against ssot/canonical-import's expectations)
 */
export function compareWithManifest(findings, expected, { rules = MANIFEST_RULES, as } = {}) {
  const key = (finding) => `${finding.file}:${finding.line}:${finding.rule}`;
  const reported = findings
    .map((finding) => (as && finding.rule === as.from ? { ...finding, rule: as.to } : finding))
    .filter((finding) => rules.includes(finding.rule));
  const wanted = expected.filter((finding) => rules.includes(finding.rule));
  const wantedKeys = new Set(wanted.map(key));
  const reportedKeys = new Set(reported.map(key));
  const unexpected = reported.filter((finding) => !wantedKeys.has(key(finding)));
  const missing = wanted.filter((finding) => !reportedKeys.has(key(finding)));
  const truePositives = reported.length - unexpected.length;
  return {
    reported: reported.length,
    expected: wanted.length,
    precision: reported.length === 0 ? (wanted.length === 0 ? 1 : 0) : truePositives / reported.length,
    recall: wanted.length === 0 ? 1 : (wanted.length - missing.length) / wanted.length,
    missing,
    unexpected,
  };
}
