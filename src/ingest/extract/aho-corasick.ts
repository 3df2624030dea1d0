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
  const lengths = patterns.map((p) => p.length);
  // The patterns' own alphabet (a few dozen code units), one class each; any other character
  // is class 0 and leads back to the root.
  const classOf = new Uint16Array(65536);
  let classes = 1;
  let units = 1;
  for (const pattern of patterns) {
    units += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = classes++;
    }
  }
  if (classes > 256) return mapScanner(patterns, lengths);
  const width = classes;
  // The trie in typed arrays (first child, next sibling, the class of the edge into a state):
  // no map per state, which made building the knowledge base's automaton (15,000 patterns,
  // 150,000 states) a fifth of the extraction worker's start. Children keep their insertion order.
  const firstChild = new Int32Array(units);
  const lastChild = new Int32Array(units);
  const sibling = new Int32Array(units);
  const label = new Uint16Array(units);
  // The pattern a state ends (-1: none); a second one only for duplicate patterns.
  const own = new Int32Array(units).fill(-1);
  const moreOwn = new Map<number, number[]>();
  let states = 1;
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = classOf[pattern.charCodeAt(i)]!;
      let to = firstChild[state]!;
      while (to !== 0 && label[to] !== c) to = sibling[to]!;
      if (to === 0) {
        to = states++;
        label[to] = c;
        if (firstChild[state] === 0) firstChild[state] = to;
        else sibling[lastChild[state]!] = to;
        lastChild[state] = to;
      }
      state = to;
    }
    if (own[state] === -1) own[state] = index;
    else moreOwn.set(state, [...(moreOwn.get(state) ?? []), index]);
  });
  // States are numbered breadth first in the table: the shallow states, which running text
  // visits at almost every character, share a few hundred kilobytes at its start instead of
  // being spread over the whole table (a cache miss per character in a large dictionary).
  const order = new Int32Array(states);
  const numberOf = new Int32Array(states);
  for (let head = 0, tail = 1; head < tail; head++) {
    for (let to = firstChild[order[head]!]!; to !== 0; to = sibling[to]!) {
      numberOf[to] = tail;
      order[tail++] = to;
    }
  }
  // A full transition table: scanning is one array read per character, with no failure-link
  // walks. A state goes where its failure state (the longest proper suffix that is also a
  // prefix) goes, except on its own edges; that state is shallower, so its row is complete.
  const delta = new Int32Array(states * width);
  const failOf = new Int32Array(states);
  for (let n = 0; n < states; n++) {
    const row = n * width;
    if (n !== 0) {
      const failRow = failOf[n]! * width;
      delta.copyWithin(row, failRow, failRow + width);
    }
    for (let to = firstChild[order[n]!]!; to !== 0; to = sibling[to]!) {
      // Where the failure row goes on the edge's class, read before the edge is written.
      failOf[numberOf[to]!] = n === 0 ? 0 : delta[row + label[to]!]!;
      delta[row + label[to]!] = numberOf[to]!;
    }
  }
  // The patterns a state ends: its own, then those of its failure state (numbered before it).
  // Built by push, in state order, so the array stays packed.
  const outputList: (number[] | undefined)[] = [];
  // Whether a state ends a pattern: a byte per state, read at every character.
  const ends = new Uint8Array(states);
  for (let n = 0; n < states; n++) {
    const state = order[n]!;
    const mine = own[state] === -1 ? undefined : [own[state]!, ...(moreOwn.get(state) ?? [])];
    const inherited = n === 0 ? undefined : outputList[failOf[n]!];
    const out = mine && inherited ? [...mine, ...inherited] : (mine ?? inherited);
    outputList.push(out);
    ends[n] = out ? 1 : 0;
  }
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
function mapScanner(patterns: readonly string[], lengths: readonly number[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const outputs: number[][] = [[]];
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
  return {
    size: patterns.length,
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
