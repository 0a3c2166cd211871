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

/**
 * The symbols left out, with why. Symbols left out for one same reason (in a library, every export its entry
 * points keep) are listed once under that reason, their names wrapped, rather than a line each.
 */
function skippedLines(reasons: ProposalReasons): string[] {
  if (reasons.skipped.length === 0) return [];
  const byReason = new Map<string, ProposalReasons['skipped'][number][]>();
  for (const skipped of reasons.skipped) {
    const same = byReason.get(skipped.reason);
    if (same) same.push(skipped);
    else byReason.set(skipped.reason, [skipped]);
  }
  const lines = ['', `Not proposed (${reasons.skipped.length}):`];
  for (const [reason, symbols] of byReason) {
    const [only] = symbols;
    if (only && symbols.length === 1) {
      lines.push(`  ${only.name} (${only.module}): ${reason}`);
      continue;
    }
    lines.push(`  ${symbols.length} symbols: ${reason}`, ...wrapped(symbols.map((skipped) => `${skipped.name} (${skipped.module})`), '    '));
  }
  return lines;
}

/** Items joined with commas, in lines of at most 120 characters after the indent (a longer item gets its own). */
function wrapped(items: readonly string[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [i, item] of items.entries()) {
    const text = i < items.length - 1 ? `${item},` : item;
    if (line !== '' && indent.length + line.length + 1 + text.length > 120) {
      lines.push(indent + line);
      line = text;
    } else {
      line = line === '' ? text : `${line} ${text}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}
