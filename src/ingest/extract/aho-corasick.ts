/**
 * A plain Aho–Corasick automaton over UTF-16 code units.
 *
 * Hand-written on purpose: the matching runs on text folded to one code unit per code unit
 * (fold.ts), so offsets need no grapheme bookkeeping, which the general-purpose libraries do on
 * every character (modern-ahocorasick measured at about a quarter of all extraction time here).
 * This one is a trie with failure links and merged outputs; scanning is one transition per unit.
 */
export interface AutomatonHit {
  pattern: number;
  start: number;
  end: number;
}

export interface Automaton {
  readonly size: number;
  /**
   * Every occurrence of every pattern, overlaps included, in order of their end; `accept` filters
   * before a hit is allocated (word boundaries). `acceptEnd`, asked once per end position before
   * the patterns ending there, spares asking `accept` for each of them (most ends fall inside a
   * word).
   */
  scan(
    text: string,
    accept?: (start: number, end: number) => boolean,
    acceptEnd?: (end: number) => boolean,
  ): AutomatonHit[];
}

export function createAutomaton(patterns: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const outputs: number[][] = [[]];
  const lengths = patterns.map((p) => p.length);
  const codes: number[] = [0];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        fail.push(0);
        outputs.push([]);
        next[state]!.set(code, to);
      }
      state = to;
    }
    outputs[state]!.push(index);
  });
  // Breadth first: a state's failure link is the longest proper suffix that is also a prefix.
  const order: number[] = [0];
  for (const to of next[0]!.values()) order.push(to);
  for (let head = 1; head < order.length; head++) {
    const state = order[head]!;
    for (const [code, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      const inherited = outputs[fail[to]!]!;
      if (inherited.length > 0) outputs[to] = [...outputs[to]!, ...inherited];
      order.push(to);
    }
  }
  // A full transition table over the patterns' own alphabet (a few dozen code units): scanning is
  // then one array read per character, with no failure-link walks. Any other character leads back
  // to the root.
  const classOf = new Uint16Array(65536);
  let classes = 1;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (classOf[code] === 0) {
        classOf[code] = classes++;
        codes.push(code);
      }
    }
  }
  if (classes > 256) return mapScanner(patterns.length, next, fail, outputs, lengths);
  const width = classes;
  // States are numbered breadth first in the table: the shallow states, which running text
  // visits at almost every character, share a few hundred kilobytes at its start instead of
  // being spread over the whole table (a cache miss per character in a large dictionary).
  const numberOf = new Int32Array(next.length);
  order.forEach((state, i) => {
    numberOf[state] = i;
  });
  const delta = new Int32Array(next.length * width);
  for (const state of order) {
    const row = numberOf[state]! * width;
    const failRow = numberOf[fail[state]!]! * width;
    for (const [code, to] of next[state]!) delta[row + classOf[code]!] = numberOf[to]!;
    for (let c = 1; c < width; c++) {
      if (delta[row + c] === 0 && state !== 0 && !next[state]!.has(codeOfClass(c)))
        delta[row + c] = delta[failRow + c]!;
    }
  }
  function codeOfClass(c: number): number {
    return codes[c]!;
  }
  const outputList: (number[] | undefined)[] = new Array(next.length);
  // Whether a state ends a pattern: a byte per state, read at every character.
  const ends = new Uint8Array(next.length);
  order.forEach((state, i) => {
    outputList[i] = outputs[state]!.length > 0 ? outputs[state] : undefined;
    ends[i] = outputs[state]!.length > 0 ? 1 : 0;
  });
  return {
    size: patterns.length,
    scan(text, accept, acceptEnd) {
      const hits: AutomatonHit[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = delta[state * width + classOf[text.charCodeAt(i)]!]!;
        if (ends[state] === 0 || (acceptEnd && !acceptEnd(i + 1))) continue;
        const out = outputList[state]!;
        for (let k = 0; k < out.length; k++) {
          const pattern = out[k]!;
          const start = i + 1 - lengths[pattern]!;
          if (accept && !accept(start, i + 1)) continue;
          hits.push({ pattern, start, end: i + 1 });
        }
      }
      return hits;
    },
  };
}

/**
 * The same automaton without a transition table, for dictionaries with a large alphabet (a
 * knowledge base in many scripts), where the table would take too much memory.
 */
function mapScanner(
  size: number,
  next: Map<number, number>[],
  fail: number[],
  outputs: number[][],
  lengths: number[],
): Automaton {
  return {
    size,
    scan(text, accept, acceptEnd) {
      const hits: AutomatonHit[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let to = next[state]!.get(code);
        while (to === undefined && state !== 0) {
          state = fail[state]!;
          to = next[state]!.get(code);
        }
        state = to ?? 0;
        const out = outputs[state]!;
        if (out.length === 0 || (acceptEnd && !acceptEnd(i + 1))) continue;
        for (let k = 0; k < out.length; k++) {
          const pattern = out[k]!;
          const start = i + 1 - lengths[pattern]!;
          if (accept && !accept(start, i + 1)) continue;
          hits.push({ pattern, start, end: i + 1 });
        }
      }
      return hits;
    },
  };
}
