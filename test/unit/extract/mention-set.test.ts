import { describe, expect, it } from "vitest";
import { MentionSet } from "../../../src/ingest/extract/mention-set.ts";
import type { Mention } from "../../../src/ingest/extract/model.ts";

const at = (start: number, end: number, key = `k${start}`): Mention => ({
  start,
  end,
  key,
  type: "Country",
  nested: false,
  via: "alias",
});

describe("MentionSet", () => {
  it("answers overlap queries as a scan of the array would, in the array's order", () => {
    const spans = Array.from({ length: 400 }, (_, i) =>
      at((i * 37) % 5000, ((i * 37) % 5000) + 3 + (i % 90)),
    );
    const set = MentionSet.fromMentions(spans);
    for (const [s, e] of [
      [0, 10],
      [100, 300],
      [4990, 5100],
      [2500, 2501],
    ] as const) {
      expect(set.overlapping(s, e)).toEqual(spans.filter((m) => m.start < e && s < m.end));
    }
  });

  it("orders by start, ties as added, and answers filter, map and some as a plain array", () => {
    // Same starts in different buckets' reach, added out of order: ties keep the order of adding.
    const spans = Array.from({ length: 300 }, (_, i) =>
      at((i * 53) % 3000, ((i * 53) % 3000) + 2 + (i % 70), `k${i}`),
    );
    spans.push(at(530, 540, "tie-a"), at(530, 545, "tie-b"));
    const set = MentionSet.fromMentions(spans);
    for (const [s, e] of [
      [0, 200],
      [500, 700],
      [2900, 3100],
    ] as const) {
      const plain = spans.filter((m) => m.start < e && s < m.end);
      expect(set.overlappingByStart(s, e)).toEqual([...plain].sort((a, b) => a.start - b.start));
    }
    const keys = set.overlappingByStart(525, 535).map((m) => m.key);
    expect(keys.indexOf("tie-a")).toBeLessThan(keys.indexOf("tie-b"));
    expect(set.filter((m) => m.end - m.start > 40)).toEqual(
      spans.filter((m) => m.end - m.start > 40),
    );
    expect(
      Array.isArray(set.filter(() => true)) && !(set.filter(() => true) instanceof MentionSet),
    ).toBe(true);
    expect(set.map((m, i) => `${i}:${m.key}`)).toEqual(spans.map((m, i) => `${i}:${m.key}`));
    expect(set.some((m) => m.key === "tie-b")).toBe(true);
    expect(set.some((m) => m.key === "none")).toBe(false);
  });

  it("wraps: adds the outer mention and nests what lies inside it", () => {
    const inner = at(5, 9);
    const across = at(8, 14);
    const set = MentionSet.fromMentions([inner, across]);
    set.wrap(at(0, 10, "outer"));
    expect([inner.nested, across.nested]).toEqual([true, false]);
    expect(set.overlapsOuter(0, 10)).toBe(true); // "across" cuts into it
    expect(set.outerContaining(1, 2)?.key).toBe("outer");
    expect(set.startingAt(5)).toEqual([inner]);
  });

  it("keeps the index in step with splice and setEnd", () => {
    const a = at(0, 4);
    const b = at(10, 14);
    const set = MentionSet.fromMentions([a, b]);
    set.splice(set.indexOf(a), 1);
    expect(set.overlapping(0, 20)).toEqual([b]);
    set.setEnd(b, 400);
    expect(set.overlapping(300, 301)).toEqual([b]);
    expect(set.filter(() => true)).not.toBeInstanceOf(MentionSet);
  });
});
