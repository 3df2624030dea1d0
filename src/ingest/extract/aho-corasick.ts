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
   * before a hit is allocated (word boundaries).
   */
  scan(text: string, accept?: (start: number, end: number) => boolean): AutomatonHit[];
}

export function createAutomaton(patterns: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const outputs: number[][] = [[]];
  const lengths = patterns.map((p) => p.length);
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
  const queue: number[] = [];
  for (const to of next[0]!.values()) queue.push(to);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      const inherited = outputs[fail[to]!]!;
      if (inherited.length > 0) outputs[to] = [...outputs[to]!, ...inherited];
      queue.push(to);
    }
  }
  return {
    size: patterns.length,
    scan(text, accept) {
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
