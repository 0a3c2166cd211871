import type { Finding } from './finding';

/**
 * The findings an editor's request for `[start, end]` is about: those with exactly that range (an editor asks
 * with a diagnostic's range, and a finding on a class must not bring the fixes of findings on its members), else
 * those that touch it (a cursor).
 */
export function findingsAt(findings: readonly Finding[], start: number, end: number): Finding[] {
  const exact = findings.filter((finding) => finding.start === start && finding.end === end);
  return exact.length > 0 ? exact : findings.filter((finding) => finding.start <= end && finding.end >= start);
}
