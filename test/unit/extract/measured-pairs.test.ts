import { beforeAll, describe, expect, it } from "vitest";
import {
  MEASURED_PAIRS,
  measuredRow,
  type PairCue,
} from "../../../src/ingest/extract/relations/measured-pairs.ts";
import { extractShipped, type Result } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

/** The rules whose evidence a relation carries. */
function rulesOf(r: Result, source: string, type: string, target: string): string[] {
  const relation = r.relation(`${source} -${type}-> ${target}`);
  return relation?.evidence?.map((e) => e.rule ?? "") ?? [];
}

describe("relations measured across sets (fourteenth round, measured-pairs)", () => {
  it("a city named before a ship with no preposition of its own is where the ship is", () => {
    const r = extractShipped("Plymouth frigate HMS Somerset sails again after repairs.", "en");
    expect(rulesOf(r, "HMS Somerset (United Kingdom)", "LOCATED_IN", "Plymouth")).toEqual([
      "measured.city-ship",
    ]);
    // Evidence is the sentence.
    expect(
      r.relation("HMS Somerset (United Kingdom) -LOCATED_IN-> Plymouth")?.evidence?.[0]?.sentence,
    ).toBe("Plymouth frigate HMS Somerset sails again after repairs.");
  });

  it("a city and a ship in two clauses are not related", () => {
    const r = extractShipped("Plymouth was quiet; HMS Somerset sails again after repairs.", "en");
    expect(r.has("HMS Somerset (United Kingdom)", "LOCATED_IN", "Plymouth")).toBe(false);
  });

  it("a ship named before a sea it is not governed into works in it", () => {
    const en = extractShipped("HMS Somerset guarded the Mediterranean during the spring.", "en");
    expect(
      rulesOf(en, "HMS Somerset (United Kingdom)", "OPERATES_IN", "Mediterranean Sea"),
    ).toEqual(["measured.ship-sea"]);
    const nl = extractShipped(
      "Het fregat Zr.Ms. Tromp bewaakte de Middellandse Zee en de Zwarte Zee.",
      "nl",
    );
    expect(rulesOf(nl, "HNLMS Tromp", "OPERATES_IN", "Black Sea")).toEqual(["measured.ship-sea"]);
  });

  it("the Dutch ministry named before personnel it deploys provides them", () => {
    const r = extractShipped(
      "Nederland stuurt 100 militairen naar Litouwen. Defensie zet daarnaast maximaal 80 militairen extra in.",
      "nl",
    );
    expect(
      rulesOf(r, "Dutch Ministry of Defence", "PROVIDES", "military personnel (Netherlands)"),
    ).toEqual(["measured.ministry-personnel"]);
  });

  it("personnel named before the ministry do not make it their provider", () => {
    const r = extractShipped(
      "Nederland stuurt 100 militairen naar Litouwen. Die militairen bedanken Defensie voor de voorbereiding.",
      "nl",
    );
    expect(r.has("Dutch Ministry of Defence", "PROVIDES", "military personnel (Netherlands)")).toBe(
      false,
    );
  });

  it("only adds what no other pass found: a relation a verb states keeps that rule alone", () => {
    const r = extractShipped("Defensie stuurt volgende week 60 militairen naar Roemenië.", "nl");
    const rules = r.relations
      .filter((x) => x.source === "Dutch Ministry of Defence" && x.type === "PROVIDES")
      .flatMap((x) => x.evidence?.map((e) => e.rule ?? "") ?? []);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.some((rule) => rule.startsWith("measured."))).toBe(false);
  });

  it("a body right before 'van' and another body is part of it; 'met' says nothing of that", () => {
    const van = extractShipped(
      "Het 13e Infanteriebataljon van de Koninklijke Landmacht oefent in Duitsland.",
      "nl",
    );
    expect(rulesOf(van, "13e Infanteriebataljon", "PART_OF", "Royal Netherlands Army")).toEqual([
      "measured.body-van-body",
    ]);
    const met = extractShipped(
      "Het 13e Infanteriebataljon oefent met de Koninklijke Landmacht in Duitsland.",
      "nl",
    );
    expect(met.has("13e Infanteriebataljon", "PART_OF", "Royal Netherlands Army")).toBe(false);
  });

  it("an asset right before 'van' and a body is provided by that body", () => {
    const r = extractShipped(
      "Nederland stuurt 150 militairen van het Korps Commandotroepen naar Jordanië.",
      "nl",
    );
    expect(
      rulesOf(
        r,
        "Netherlands Special Operations Command",
        "PROVIDES",
        "military personnel (Netherlands)",
      ),
    ).toEqual(["measured.asset-van-body"]);
    const met = extractShipped(
      "Nederland stuurt 150 militairen met het Korps Commandotroepen naar Jordanië.",
      "nl",
    );
    expect(
      met.has(
        "Netherlands Special Operations Command",
        "PROVIDES",
        "military personnel (Netherlands)",
      ),
    ).toBe(false);
  });
});

describe("relations measured across sets: the comma-and-distance rows", () => {
  it("the ministry buying from a company a few words on works with it", () => {
    const r = extractShipped(
      "Defensie koopt twaalf nieuwe patrouilleschepen bij het Franse Naval Group.",
      "nl",
    );
    expect(r.cooperate("Dutch Ministry of Defence", "Naval Group")).toBe(true);
    const apart = extractShipped(
      "Defensie, die vorig jaar al twee schepen kocht, sprak met Naval Group.",
      "nl",
    );
    expect(apart.cooperate("Dutch Ministry of Defence", "Naval Group")).toBe(false);
  });
});

describe("the measured table", () => {
  const cue = (over: Partial<PairCue>): PairCue => ({
    prep: "-",
    between: "",
    last: "-",
    gap: "0",
    sameClause: true,
    listed: false,
    comma: false,
    ...over,
  });

  it("names each row's rule once, under measured.", () => {
    const rules = MEASURED_PAIRS.map((r) => r.rule);
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules.every((rule) => rule.startsWith("measured."))).toBe(true);
  });

  it("a bare type in a row takes any kind; a typed kind only its own; two clauses nothing", () => {
    const van = cue({ between: "van", last: "van", gap: "1-3" });
    expect(
      measuredRow(MEASURED_PAIRS, "Organisation:unit", "Organisation:armed-forces", van)?.rule,
    ).toBe("measured.body-van-body");
    expect(measuredRow(MEASURED_PAIRS, "Location:town", "Asset:ship", cue({}))).toBeUndefined();
    expect(measuredRow(MEASURED_PAIRS, "Location:city", "Asset:ship", cue({}))?.rule).toBe(
      "measured.city-ship",
    );
    expect(
      measuredRow(MEASURED_PAIRS, "Location:city", "Asset:ship", cue({ sameClause: false })),
    ).toBeUndefined();
  });
});
