import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { eslintBin } from './paths';

export interface EslintFix {
  range: [number, number];
  text: string;
}

export interface EslintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: EslintFix;
  suggestions?: { desc: string; fix: EslintFix }[];
}

/** The ESLint CLI's JSON report of `dir` (its own eslint.config.js), as ssot messages by relative file. */
export function eslintSsotMessages(dir: string): Map<string, EslintMessage[]> {
  const result = spawnSync(process.execPath, [eslintBin, '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { filePath: string; messages: EslintMessage[] }[];
  return new Map(
    report.map((file) => [
      path.relative(dir, file.filePath).split(path.sep).join('/'),
      file.messages.filter((message) => message.ruleId?.startsWith('ssot/')),
    ]),
  );
}
