// npm run demo: lint the WebSocket example and show its findings, fix a temporary copy, show what changed,
// and confirm the copy type-checks and has nothing left to fix.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import {
  changedFiles,
  copyExample,
  lintJson,
  messagesOf,
  removeCopy,
  runEslint,
  snapshotTree,
  typecheck,
} from './lib/example-runner.mjs';

const RULE = 'ssot/canonical-import';
const examples = ['websocket-app', 'rxjs-migration'];
let failed = false;

for (const example of examples) {
  const copy = copyExample(example, { label: `demo-${example}` });
  try {
    heading(`examples/${example}: what ssot finds`);
    const found = ssotMessages(lintJson(copy), copy);
    for (const message of found) {
      console.log(`  ${message.file}:${message.line}:${message.column}  ${message.message}  (${message.ruleId})`);
    }
    console.log('');
    for (const [ruleId, messages] of byRule(found)) {
      console.log(`  ${messages.length} ${ruleId} problems, ${messages.filter((m) => m.fix).length} with a safe autofix.`);
    }

    heading(`examples/${example}: eslint --fix on a copy (${path.relative(process.cwd(), copy)})`);
    const before = snapshotTree(copy);
    const pristine = copyExample(example, { label: `demo-${example}-before` });
    runEslint(['--fix', '.'], { cwd: copy });
    const changed = changedFiles(before, snapshotTree(copy));
    for (const file of changed) {
      const diff = spawnSync('diff', ['-u', '--label', `a/${file}`, '--label', `b/${file}`, path.join(pristine, file), path.join(copy, file)], {
        encoding: 'utf8',
      });
      console.log(diff.stdout || `  changed: ${file}`);
    }
    removeCopy(pristine);
    console.log(`  ${changed.length} files changed.`);

    heading(`examples/${example}: checks on the fixed copy`);
    const leftReport = lintJson(copy);
    const left = messagesOf(leftReport, RULE, copy);
    for (const [ruleId, messages] of byRule(ssotMessages(leftReport, copy))) {
      if (ruleId !== RULE) console.log(`  ${messages.length} ${ruleId} problems left (no mechanical fix exists for them)`);
    }
    const types = typecheck(copy);
    const again = snapshotTree(copy);
    runEslint(['--fix', '.'], { cwd: copy });
    const secondPass = changedFiles(again, snapshotTree(copy));
    report(left.length === 0, `${left.length} ${RULE} problems left`);
    report(types.status === 0, `tsc --noEmit: ${types.status === 0 ? 'passes' : `fails\n${types.output}`}`);
    report(secondPass.length === 0, `a second eslint --fix changes ${secondPass.length} files`);
  } finally {
    removeCopy(copy);
  }
}

process.exitCode = failed ? 1 : 0;

/** Every ssot problem of a report, each with its file relative to `dir`. */
function ssotMessages(report, dir) {
  return report.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith('ssot/'))
      .map((message) => ({ ...message, file: path.relative(dir, result.filePath) })),
  );
}

function byRule(messages) {
  const groups = new Map();
  for (const message of messages) groups.set(message.ruleId, [...(groups.get(message.ruleId) ?? []), message]);
  return groups;
}

function heading(text) {
  console.log(`\n== ${text}\n`);
}

function report(ok, text) {
  if (!ok) failed = true;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${text}`);
}
