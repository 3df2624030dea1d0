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
