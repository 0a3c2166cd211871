import { displayPath } from '../audit/project';
import type { Proposal, ProposalReasons } from '../init-config';

/** What `--init` prints: each proposed symbol with where its modules were placed and why, then what it left out. */
export function renderInitSummary(configFile: string, proposal: Proposal): string {
  const { config, reasons } = proposal;
  const lines = [`Wrote ${displayPath(configFile)}: ${config.symbols.length} symbol(s) to review.`];
  config.symbols.forEach((symbol, i) => {
    const placed = reasons.symbols[i] as ProposalReasons['symbols'][number];
    const protocol = symbol.protocol ? `, protocol ${symbol.protocol.name}` : '';
    lines.push(`  ${symbol.name} (${symbol.module}): ${symbol.legacy.length} legacy path(s)${protocol}`);
    lines.push(`    canonical ${placed.canonical.module}: ${placed.canonical.reason}`);
    for (const { module, reason } of placed.legacy) lines.push(`    legacy    ${module}: ${reason}`);
    for (const { module, reason } of placed.kept) lines.push(`    kept      ${module}: ${reason}`);
  });
  lines.push(...skippedLines(reasons));
  lines.push(
    '',
    'Review it: keep the symbols you mean to consolidate, choose each canonical module, add factories; then',
    'run `ssot audit` to measure the migration and `eslint --fix` (eslint-plugin-ssot) to move the imports.',
  );
  return `${lines.join('\n')}\n`;
}

/** What `--init` says when no symbol is left to propose. */
export function renderNothingToPropose(proposal: Proposal): string {
  const { skipped } = proposal.reasons;
  const lines =
    skipped.length === 0
      ? ['ssot audit --init: no export is reachable through more than one module path; no config written.']
      : ['ssot audit --init: no symbol to propose; no config written.', ...skippedLines(proposal.reasons)];
  return `${lines.join('\n')}\n`;
}

function skippedLines(reasons: ProposalReasons): string[] {
  if (reasons.skipped.length === 0) return [];
  return ['', `Not proposed (${reasons.skipped.length}):`, ...reasons.skipped.map((skipped) => `  ${skipped.name} (${skipped.module}): ${skipped.reason}`)];
}
