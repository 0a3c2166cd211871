/**
 * Glob matching in time bounded by (path length x pattern length), whatever the pattern: a config is data from
 * the repository, and a backtracking matcher lets `**\/*a*a*a*a*a*a*a*a*b` hang ESLint and tsserver on a long
 * file name. Patterns are compiled to a small automaton and run over the path once, tracking the set of states
 * (no backtracking). Supported: `*` and `?` (never `/`), `**` as a whole segment (any number of segments,
 * zero included), `[abc]`, `[a-z]`, `[!a]`, `{a,b}` (expanded, at most MAX_EXPANSIONS alternatives), `\`
 * escapes, and a leading `!` (matches what the rest does not). Dot files match like any other (`dot: true`).
 */

/** Beyond this many brace alternatives a glob is rejected: `{a,b}` ten times over is a thousand patterns. */
export const MAX_EXPANSIONS = 256;

type Token =
  /** One character; `literal` when only that character matches. */
  | { readonly kind: 'char'; readonly test: (c: string) => boolean; readonly literal?: string }
  /** `*`: any run of characters within one segment. */
  | { readonly kind: 'star' }
  /** `**\/`: zero or more whole segments. */
  | { readonly kind: 'segments' }
  /** A trailing `/**`: the rest of the path, at least one character. */
  | { readonly kind: 'rest' };

export type GlobTest = (relativePath: string) => boolean;

/** A test for one glob, or a message saying why the glob cannot be used. */
export function compileGlob(glob: string): GlobTest | { readonly error: string } {
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  const body = negated ? glob.slice(1) : glob;
  const alternatives = expandBraces(body);
  if (alternatives === undefined) {
    return { error: `its braces expand to more than ${MAX_EXPANSIONS} patterns` };
  }
  const automata = alternatives.map((alternative) => automatonOf(tokenize(alternative)));
  const test: GlobTest = (path) => automata.some((automaton) => path.includes(automaton.required) && run(automaton, path));
  return negated ? (path) => !test(path) : test;
}

/** `a{b,c{d,e}}` -> [ab, acd, ace]; undefined beyond MAX_EXPANSIONS. */
function expandBraces(glob: string): string[] | undefined {
  const open = findBrace(glob);
  if (open === undefined) return [glob];
  const { start, end, options } = open;
  const results: string[] = [];
  for (const option of options) {
    const expanded = expandBraces(glob.slice(0, start) + option + glob.slice(end + 1));
    if (expanded === undefined) return undefined;
    results.push(...expanded);
    if (results.length > MAX_EXPANSIONS) return undefined;
  }
  return results;
}

/** The first top-level `{...,...}` group (escapes and classes skipped), with its comma-separated options. */
function findBrace(glob: string): { start: number; end: number; options: string[] } | undefined {
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      i = classEnd(glob, i) ?? i;
    } else if (c === '{') {
      let depth = 0;
      let optionStart = i + 1;
      const options: string[] = [];
      for (let j = i; j < glob.length; j++) {
        const d = glob[j];
        if (d === '\\') j++;
        else if (d === '{') depth++;
        else if (d === '}' && --depth === 0) {
          options.push(glob.slice(optionStart, j));
          if (options.length > 1) return { start: i, end: j, options };
          break;
        } else if (d === ',' && depth === 1) {
          options.push(glob.slice(optionStart, j));
          optionStart = j + 1;
        }
      }
    }
  }
  return undefined;
}

/** The index of the `]` that closes the class opened at `open`, or undefined when it is not a class. */
function classEnd(glob: string, open: number): number | undefined {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']') return i;
  }
  return undefined;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  const segments = glob.split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      if (last) {
        // `a/**` (after the `/` already written) or a bare `**`.
        tokens.push(index === 0 ? { kind: 'segments' } : { kind: 'rest' });
        if (index === 0) tokens.push({ kind: 'star' });
      } else {
        tokens.push({ kind: 'segments' });
      }
      return;
    }
    for (let i = 0; i < segment.length; i++) {
      const c = segment.charAt(i);
      if (c === '\\' && i + 1 < segment.length) {
        const escaped = segment.charAt(++i);
        tokens.push({ kind: 'char', test: (x) => x === escaped, literal: escaped });
      } else if (c === '*') {
        if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
      } else if (c === '?') {
        tokens.push({ kind: 'char', test: (x) => x !== '/' });
      } else if (c === '[' && classEnd(segment, i) !== undefined) {
        const end = classEnd(segment, i) as number;
        tokens.push({ kind: 'char', test: classTest(segment.slice(i + 1, end)) });
        i = end;
      } else {
        tokens.push({ kind: 'char', test: (x) => x === c, literal: c });
      }
    }
    if (!last) tokens.push({ kind: 'char', test: (x) => x === '/', literal: '/' });
  });
  return tokens;
}

function classTest(body: string): (c: string) => boolean {
  const negated = body.startsWith('!') || body.startsWith('^');
  const members = negated ? body.slice(1) : body;
  const ranges: [string, string][] = [];
  for (let i = 0; i < members.length; i++) {
    let from = members.charAt(i);
    if (from === '\\' && i + 1 < members.length) from = members.charAt(++i);
    if (members[i + 1] === '-' && i + 2 < members.length) {
      let to = members.charAt(i + 2);
      i += 2;
      if (to === '\\' && i + 1 < members.length) to = members.charAt(++i);
      ranges.push([from, to]);
    } else {
      ranges.push([from, from]);
    }
  }
  return (c) => c !== '/' && ranges.some(([from, to]) => c >= from && c <= to) !== negated;
}

/**
 * Runs the automaton: a state is a token index (plus, for `**\/`, whether it is inside a segment). Each
 * character moves every live state at once, so the work is at most (path length x states). The states that need
 * no character to reach (past a `*` or a `**\/` that matches nothing) are worked out once per glob. The state
 * sets live in the automaton's own buffers (matching is synchronous and never re-entered), so a match allocates
 * nothing per character.
 */
function run(automaton: Automaton, path: string): boolean {
  const { tokens, closures, mark } = automaton;
  let current = automaton.current;
  let next = automaton.next;
  let size = 0;
  let generation = 1;
  mark.fill(0);
  for (const reached of closures[0] as number[]) current[size++] = reached;
  let nextSize = 0;
  const add = (state: number): void => {
    for (const reached of closures[state] as number[]) {
      if (mark[reached] === generation) continue;
      mark[reached] = generation;
      next[nextSize++] = reached;
    }
  };
  for (let at = 0; at < path.length; at++) {
    const c = path.charAt(at);
    generation++;
    nextSize = 0;
    for (let k = 0; k < size; k++) {
      const state = current[k] as number;
      const i = state >> 1;
      const token = tokens[i];
      if (!token) continue;
      if (state & 1) {
        // inside a skipped segment: stay until `/` ends it
        add(c === '/' ? 2 * i : state);
        continue;
      }
      switch (token.kind) {
        case 'char':
          if (token.test(c)) add(2 * (i + 1));
          break;
        case 'star':
          if (c !== '/') add(state);
          break;
        case 'segments':
          add(c === '/' ? state : state | 1);
          break;
        case 'rest':
          add(state);
          add(2 * (i + 1));
          break;
      }
    }
    if (nextSize === 0) return false;
    [current, next] = [next, current];
    size = nextSize;
  }
  const accepting = 2 * tokens.length;
  for (let k = 0; k < size; k++) if (current[k] === accepting) return true;
  return false;
}

interface Automaton {
  readonly tokens: readonly Token[];
  /** For each state, the states reachable from it without reading a character (itself included). */
  readonly closures: readonly (readonly number[])[];
  /** Scratch space of `run`: the live states before and after a character, and which are taken already. */
  readonly current: Int32Array;
  readonly next: Int32Array;
  readonly mark: Uint32Array;
  /**
   * The longest run of literal characters in the glob: a path without it cannot match, whatever the rest does,
   * so most paths are answered without running the automaton (`**\/*.test.*` needs `.test.`).
   */
  readonly required: string;
}

function longestLiteralRun(tokens: readonly Token[]): string {
  let longest = '';
  let current = '';
  for (const token of tokens) {
    current = token.kind === 'char' && token.literal !== undefined ? current + token.literal : '';
    if (current.length > longest.length) longest = current;
  }
  return longest;
}

function automatonOf(tokens: readonly Token[]): Automaton {
  const closures: number[][] = [];
  for (let state = 0; state < 2 * tokens.length + 2; state++) {
    const reached: number[] = [];
    for (let at = state; ; at += 2) {
      reached.push(at);
      const token = tokens[at >> 1];
      if (at & 1 || !(token?.kind === 'star' || token?.kind === 'segments')) break;
    }
    closures.push(reached);
  }
  const states = 2 * tokens.length + 2;
  return {
    tokens,
    closures,
    current: new Int32Array(states),
    next: new Int32Array(states),
    mark: new Uint32Array(states),
    required: longestLiteralRun(tokens),
  };
}
