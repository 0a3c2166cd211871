/**
 * Just enough Markdown for the docs tests: fenced code blocks with their info strings, links, and the anchors
 * GitHub gives headings. Not a renderer: links and headings inside code (fenced or inline) are not counted.
 */

export interface CodeBlock {
  /** The first word of the info string, as GitHub and npm read it: ```ts incorrect file=src/app.ts -> 'ts'. */
  readonly lang: string;
  /** The words after it: bare words map to `true`, `key=value` to the value. */
  readonly attributes: Readonly<Record<string, string | true>>;
  readonly text: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

export interface MarkdownLink {
  readonly url: string;
  readonly line: number;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] as string;
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    const [lang = '', ...words] = info.trim().split(/\s+/).filter(Boolean);
    const attributes = Object.fromEntries(
      words.map((word) => {
        const equals = word.indexOf('=');
        return equals < 0 ? [word, true] : [word.slice(0, equals), word.slice(equals + 1)];
      }),
    );
    blocks.push({ lang, attributes, text: body.length > 0 ? `${body.join('\n')}\n` : '', line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The lines outside fenced code blocks, each in its place (the lines of code blocks blanked). */
function proseLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  for (const block of codeBlocks(markdown)) {
    const bodyLines = block.text === '' ? 0 : block.text.split('\n').length - 1;
    for (let k = block.line - 1; k <= block.line + bodyLines && k < lines.length; k++) lines[k] = '';
  }
  return lines;
}

const withoutInlineCode = (line: string): string => line.replace(/(`+)[^`]*?\1/g, '');

/** Inline links and images, reference definitions and autolinks, outside code. */
export function links(markdown: string): MarkdownLink[] {
  const found: MarkdownLink[] = [];
  proseLines(markdown).forEach((lineText, index) => {
    const line = index + 1;
    const text = withoutInlineCode(lineText);
    for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ url: match[1] as string, line });
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
    if (definition) found.push({ url: definition[1] as string, line });
    for (const match of text.matchAll(/<(https?:\/\/[^>\s]+)>/g)) found.push({ url: match[1] as string, line });
    for (const match of text.matchAll(/href="([^"]+)"/g)) found.push({ url: match[1] as string, line });
  });
  return found;
}

/** The anchors GitHub gives the headings of a document (`## The config: \`ssot.config.json\`` -> `the-config-ssotconfigjson`). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const text of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text.replace(/`([^`]*)`/g, '$1'));
    if (!heading) continue;
    const slug = (heading[1] as string)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
