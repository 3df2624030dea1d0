import { describe, expect, it } from "vitest";
import { formatScore, scoreArticle, scoreSet } from "../../../src/ingest/evaluate.ts";

const gold = {
  entities: [
    { type: "Organisation", name: "NATO", aliases: ["NAVO"] },
    { type: "Country", name: "Iraq", aliases: ["Irak"] },
    { type: "Country", name: "Canada" },
    { type: "Mission", name: "NATO Mission Iraq", aliases: ["NAVO-missie"] },
    { type: "Event", name: "meeting", optional: true },
  ],
  relations: [
    {
      type: "LEADS",
      source: "NATO",
      target: "NATO Mission Iraq",
      alternatives: [{ type: "PART_OF", source: "NATO Mission Iraq", target: "NATO" }],
    },
    { type: "OPERATES_IN", source: "NATO Mission Iraq", target: "Iraq" },
    { type: "COOPERATES_WITH", source: "Canada", target: "Iraq" },
    { type: "LEADS", source: "Canada", target: "meeting", optional: true },
  ],
};

describe("scoreArticle (the matching rules of ONTOLOGY.md)", () => {
  it("matches entities by type and any name or alias, folded", () => {
    const s = scoreArticle(gold, {
      entities: [
        { type: "Organisation", name: "navo" },
        { type: "Country", name: "Irák" },
        { type: "Location", name: "Canada" },
        { type: "Mission", name: "Mission", aliases: ["NAVO-missie"] },
        { type: "Organisation", name: "NATO" },
      ],
      relations: [],
    });
    // Canada as a Location is wrong; the second NATO duplicates a taken gold entity.
    expect(s.entities).toEqual({ tp: 3, fp: 2, fn: 1 });
    expect(s.missedEntities).toEqual(["Canada"]);
  });

  it("counts optional gold as neither gain nor loss", () => {
    const withOptional = scoreArticle(gold, {
      entities: [{ type: "Event", name: "Meeting" }],
      relations: [],
    });
    expect(withOptional.entities).toEqual({ tp: 0, fp: 0, fn: 3 + 1 });
  });

  it("matches relations by alternatives and symmetric types, ignores unknown ends", () => {
    const s = scoreArticle(gold, {
      entities: [
        { type: "Organisation", name: "NATO" },
        { type: "Mission", name: "NMI", aliases: ["NATO Mission Iraq"] },
        { type: "Country", name: "Iraq" },
        { type: "Country", name: "Canada" },
        { type: "Person", name: "Somebody" },
      ],
      relations: [
        { type: "PART_OF", source: "NMI", target: "NATO" },
        { type: "COOPERATES_WITH", source: "Iraq", target: "Canada" },
        { type: "SUPPORTS", source: "Canada", target: "NATO" },
        { type: "SUPPORTS", source: "Somebody", target: "NATO" },
      ],
    });
    expect(s.relations).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.wrongRelations).toEqual(["canada -SUPPORTS-> nato"]);
    expect(s.missedRelations).toEqual(["NATO Mission Iraq -OPERATES_IN-> Iraq"]);
  });

  it("micro-averages over articles and prints the shared tool's lines", () => {
    const set = scoreSet([
      {
        name: "a.json",
        gold,
        pred: { entities: [{ type: "Country", name: "Iraq" }], relations: [] },
      },
      { name: "b.json", gold, pred: undefined },
    ]);
    expect(set.entities.tp).toBe(1);
    expect(set.entities.fn).toBe(7);
    expect(formatScore(set).split("\n").pop()).toBe("entities F1=0.222 relations F1=0.000");
  });
});
