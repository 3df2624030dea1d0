import { describe, expect, it, vi } from "vitest";
import { largeAnnotatedArticle as large } from "../../../bench/annotated-articles.ts";

/**
 * Validation and planning of a large annotated article are linear in its size: relation ends are
 * resolved through an index of the entities' names built once, and sentences are found once per
 * article. Counted, not timed: the calls of the name normaliser and of the sentence segmenter.
 * (Resolving each end by scanning every entity made 5,000 entities × 2,000 relations take 21 s.)
 */

const calls = vi.hoisted(() => ({ normalise: 0, segment: 0 }));

vi.mock("../../../src/domain/text.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/domain/text.ts")>();
  return {
    ...actual,
    normaliseName: (value: string) => {
      calls.normalise += 1;
      return actual.normaliseName(value);
    },
  };
});

vi.mock("../../../src/ingest/segment.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/ingest/segment.ts")>();
  return {
    ...actual,
    segmentSentences: (...args: Parameters<typeof actual.segmentSentences>) => {
      calls.segment += 1;
      return actual.segmentSentences(...args);
    },
  };
});

const { parseAnnotatedArticle } = await import("../../../src/ingest/annotated-schema.ts");
const { planArticle } = await import("../../../src/ingest/plan.ts");

describe("annotated articles of many entities and relations", () => {
  it("validates 5,000 entities and 2,000 relations with work linear in their number", () => {
    const doc = large(5_000, 2_000);
    calls.normalise = 0;
    const parsed = parseAnnotatedArticle(doc);
    expect(parsed.relations).toHaveLength(2_000);
    // One per name and alias to index them, one per relation end: ~14,000. A scan per end
    // would be 2 × 2,000 × 10,000.
    const linear = 5_000 * 2 + 2_000 * 2;
    expect(calls.normalise).toBeGreaterThan(0);
    expect(calls.normalise).toBeLessThanOrEqual(linear * 1.5);
  });

  it("plans it with one sentence segmentation and one name index", () => {
    const doc = parseAnnotatedArticle(large(5_000, 2_000));
    calls.normalise = 0;
    calls.segment = 0;
    const plan = planArticle(doc);
    expect(plan.relationships).toHaveLength(2_000);
    // Every evidence span was widened to its whole sentence.
    expect(plan.evidence[0]!.sentence).toBe("Person 0 works with Person 1.");
    expect(calls.segment).toBe(1);
    expect(calls.normalise).toBeLessThanOrEqual((5_000 * 2 + 2_000 * 2) * 1.5);
  });

  it("still reports an unknown or ambiguous end with the entities it could mean", () => {
    const doc = large(3, 2);
    doc.entities.push({ type: "Organisation", name: "Person 1" });
    doc.relations.push({ type: "COOPERATES_WITH", source: "Nobody", target: "Person 0" });
    expect(() => parseAnnotatedArticle(doc)).toThrow(
      /relations\[0\]\.target: "person 1" is ambiguous: it names entities\[1\] \(Person "Person 1"\) and entities\[3\] \(Organisation "Person 1"\).*relations\[2\]\.source: "Nobody" is not the name or alias/,
    );
  });
});
