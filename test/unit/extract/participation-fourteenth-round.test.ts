import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// Building the shipped knowledge base's extractor takes seconds on a busy machine: once, first.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

/**
 * Fourteenth round, who takes part (docs/extraction.md, "Who takes part"): sentences written for
 * these tests, not taken from any corpus.
 */
const extract = (body: string, title = "News") => extractShipped(body, "en", title);
const participants = (triples: string[], event: string) =>
  triples
    .filter((t) => t.endsWith(`-PARTICIPATES_IN-> ${event}`))
    .map((t) => t.split(" -")[0])
    .sort();

describe("a nationality qualifying the occasion taken part in", () => {
  it("does not stand between the verb and 'the Lithuanian exercise'", () => {
    const r = extract(
      "Iron Sword starts in May. Canada will take part in the Lithuanian exercise.",
    );
    expect(participants(r.triples, "Iron Sword")).toEqual(["Canada"]);
  });
});

describe("a list closed by an unnamed rest", () => {
  it("'A, B, C and others' keeps every named member in the list", () => {
    const r = extract(
      "Iron Sword starts in May. Canada, Hungary, Estonia and others will join it.",
    );
    const q = extract("Canada, Hungary, Estonia and other allies will take part in BALTOPS.");
    expect(participants(q.triples, "BALTOPS")).toEqual(["Canada", "Estonia", "Hungary"]);
    expect(r.triples.filter((t) => t.includes("Hungary -"))).not.toContain(
      "Hungary -PARTICIPATES_IN-> Estonia",
    );
  });

  it("a comma list with no conjunction stays open", () => {
    const r = extract("For Canada, Hungary took part in BALTOPS.");
    expect(participants(r.triples, "BALTOPS")).toEqual(["Hungary"]);
  });
});

describe("verbs and nouns of taking part", () => {
  it("'sent forces to', 'will be part of' an exercise or operation", () => {
    expect(participants(extract("Germany sent forces to BALTOPS.").triples, "BALTOPS")).toEqual([
      "Germany",
    ]);
    expect(
      participants(
        extract("Poland will be part of Operation Atlantic Resolve.").triples,
        "Operation Atlantic Resolve",
      ),
    ).toEqual(["Poland"]);
  });

  it("'part of' a body is no taking part in an occasion", () => {
    const r = extract("Poland is part of NATO.");
    expect(r.triples.filter((t) => t.includes("-PARTICIPATES_IN->"))).toEqual([]);
  });
});

describe("an occasion and what it gathers", () => {
  it("'<exercise> brings together A, B and C', 'involves A and B'", () => {
    const r = extract("BALTOPS brings together Poland, Sweden and Germany.");
    expect(participants(r.triples, "BALTOPS")).toEqual(["Germany", "Poland", "Sweden"]);
    const q = extract("Operation Atlantic Resolve involves Poland and Germany.");
    expect(participants(q.triples, "Operation Atlantic Resolve")).toEqual(["Germany", "Poland"]);
  });

  it("says nothing when something else stands between the verb and the states", () => {
    const r = extract("BALTOPS involves patrols in the waters off Poland.");
    expect(participants(r.triples, "BALTOPS")).toEqual([]);
  });
});

describe("a sentence that opens with 'During <exercise>,'", () => {
  it("has the states that start its main clause take part in the exercise", () => {
    const r = extract("During BALTOPS, Poland and Sweden practised mine clearance.");
    expect(participants(r.triples, "BALTOPS")).toEqual(["Poland", "Sweden"]);
  });

  it("says nothing for a summit, nor for a place after the comma", () => {
    const r = extract("During the Vilnius Summit, Russia struck Kyiv.");
    expect(r.triples.filter((t) => t.includes("-PARTICIPATES_IN->"))).toEqual([]);
    const q = extract("During BALTOPS, in Poland, ships sailed.");
    expect(participants(q.triples, "BALTOPS")).toEqual([]);
  });
});
