import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAutomaton } from "../../../src/ingest/extract/aho-corasick.ts";

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${i}@${at}`);
  });
  return out.sort();
}

describe("Aho–Corasick automaton", () => {
  it("finds overlapping and nested patterns with their offsets", () => {
    const hits = createAutomaton(["he", "she", "hers", "his"]).scan("ushers");
    expect(hits.map((h) => `${h.pattern}:${h.start}-${h.end}`)).toEqual([
      "1:1-4",
      "0:2-4",
      "2:2-6",
    ]);
  });

  it("falls back to map transitions for a large alphabet, with the same hits", () => {
    const patterns = Array.from({ length: 300 }, (_, i) => `${String.fromCharCode(0x400 + i)}x`);
    const automaton = createAutomaton(patterns);
    const text = `${String.fromCharCode(0x400 + 7)}x ${String.fromCharCode(0x400 + 299)}x`;
    expect(automaton.scan(text).map((h) => `${h.pattern}@${h.start}`)).toEqual(["7@0", "299@3"]);
  });

  it("gives the hits in order of their end, the longest first at one end, in both builds", () => {
    // The dictionary's hits are read in this order (gazetteer.ts), so a faster build of the table
    // must keep it; the map scanner (a large alphabet) is the reference for the same order.
    const wide = String.fromCharCode(0x400);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "c", " "), maxLength: 5 }), {
          maxLength: 10,
        }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", " "), maxLength: 40 }),
        (patterns, text) => {
          const unique = [...new Set(patterns)];
          const hits = createAutomaton(unique)
            .scan(text)
            .map((h) => `${h.pattern}@${h.start}-${h.end}`);
          const expected = naive(unique, text)
            .map((hit) => {
              const [pattern, at] = hit.split("@").map(Number) as [number, number];
              return { pattern, start: at, end: at + unique[pattern]!.length };
            })
            .sort((x, y) => x.end - y.end || x.start - y.start)
            .map((h) => `${h.pattern}@${h.start}-${h.end}`);
          expect(hits).toEqual(expected);
          // 300 extra code units force the map scanner; the same patterns keep their indexes.
          const extra = Array.from(
            { length: 300 },
            (_, i) => `${wide}${String.fromCharCode(0x500 + i)}`,
          );
          const mapped = createAutomaton([...unique, ...extra])
            .scan(text)
            .map((h) => `${h.pattern}@${h.start}-${h.end}`);
          expect(mapped).toEqual(hits);
        },
      ),
    );
  });

  it("agrees with a naive search on arbitrary patterns and text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "c", "-", " "), maxLength: 4 }), {
          maxLength: 8,
        }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "-", " "), maxLength: 40 }),
        (patterns, text) => {
          const unique = [...new Set(patterns)];
          const hits = createAutomaton(unique)
            .scan(text)
            .map((h) => `${h.pattern}@${h.start}`)
            .sort();
          expect(hits).toEqual(naive(unique, text));
        },
      ),
    );
  });
});
