// The text of one ordinary module, with the line of every finding it must produce.

/**
 * @returns {{ text: string, expected: { line: number, rule: string, kind: string }[] }}
 */
export function renderModule(module, imports, { factory, protocol, text }) {
  const lines = [];
  const expected = [];
  const push = (line, rule, kind) => {
    lines.push(line);
    if (rule) expected.push({ line: lines.length, rule, kind });
  };
  const { run, value, shape } = module.exports;

  push(`// ${module.id}: written by bench/generator from a fixed seed.`);
  for (const entry of imports) {
    push(renderImport(entry), entry.expected ? 'ssot/canonical-import' : undefined, `${entry.kind}:${entry.spelling}`);
  }
  for (const line of [...(factory?.imports ?? []), ...(protocol?.imports ?? [])]) push(line);
  push('');
  push(`export const ${value} = ${lines.length};`);
  push(`export interface ${shape} {`);
  push('  id: number;');
  push('  label: string;');
  push('}');
  push('');
  if (text?.comment) push(text.comment);
  push(`export function ${run}(input: number): number {`);
  push(`  let total = input + ${value};`);
  let shapes = 0;
  for (const name of imports.flatMap((entry) => entry.names)) {
    if (name.use === 'run') push(`  total += ${name.local}(total);`);
    if (name.use === 'value') push(`  total += ${name.local};`);
    if (name.use === 'shape') {
      shapes++;
      push(`  const shape${shapes}: ${name.local} = { id: total, label: '${name.local}' };`);
      push(`  total += shape${shapes}.id;`);
    }
  }
  push('  return total;');
  push('}');
  const rxjs = imports.find((entry) => entry.specifier === 'rxjs');
  if (rxjs) {
    const [observable, map, filter] = rxjs.names.map((name) => name.local);
    push('');
    push(`export const stream${module.id} = new ${observable}<number>((subscriber) => {`);
    push(`  subscriber.next(${value});`);
    push(`}).pipe(`);
    push(`  ${map}((n) => n * 2),`);
    push(`  ${filter}((n) => n > 0),`);
    push(');');
  }
  for (const line of text?.body ?? []) push(line);
  if (factory) {
    push('');
    for (const line of factory.body) push(line.text, line.expected ? 'ssot/use-factory' : undefined, `factory:${factory.kind}`);
  }
  if (protocol) {
    push('');
    for (const line of protocol.body) push(line);
  }
  // Large modules (for the editor benchmark) are padded with plain functions up to their size.
  for (let step = 1; module.targetLines && lines.length < module.targetLines - 5; step++) {
    push('');
    push(`export function step${module.id}_${step}(input: number): number {`);
    push(`  const doubled = input * 2 + ${step};`);
    push('  return doubled % 1000;');
    push('}');
  }
  return { text: `${lines.join('\n')}\n`, expected };
}

/** `import { runA3, valueA3 as valueA3_2, type ShapeA3 } from './mod-3';` */
function renderImport(entry) {
  const names = entry.names.map((name) => {
    const binding = name.local === name.imported ? name.imported : `${name.imported} as ${name.local}`;
    return name.typeOnly ? `type ${binding}` : binding;
  });
  return `import { ${names.join(', ')} } from '${entry.specifier}';`;
}
