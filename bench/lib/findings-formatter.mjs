// An ESLint formatter that prints what the benchmark compares and nothing else (no source text), so every
// variant pays the same small output cost: one JSON array [file, line, ruleId, message-if-fatal] per line.
import * as path from 'node:path';

export default function formatFindings(results, context) {
  const lines = [];
  for (const result of results) {
    const file = path.relative(context.cwd, result.filePath).replace(/\\/g, '/');
    for (const message of result.messages) {
      lines.push(JSON.stringify(message.fatal ? [file, message.line, null, message.message] : [file, message.line, message.ruleId]));
    }
  }
  return lines.join('\n');
}
