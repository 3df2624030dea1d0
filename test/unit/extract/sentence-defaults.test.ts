import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("sentence defaults: a few kinds of co-mention say the relation (eighth round)", () => {
  it("a person in the sentence of an exercise attends it; a body named with it takes part", () => {
    const r = extractShipped(
      "General Tod Wolters was busy during Trident Juncture 2018, like the Norwegian Armed Forces.",
      "en",
    );
    expect(r.has("Tod Wolters", "PARTICIPATES_IN", "Trident Juncture 2018")).toBe(true);
    expect(r.has("Norwegian Armed Forces", "PARTICIPATES_IN", "Trident Juncture 2018")).toBe(true);
  });

  it("an asset named before a mission serves in it; a mission named before a sea works there", () => {
    const r = extractShipped(
      "HNLMS Tromp and Operation Atalanta were both mentioned. Operation Atalanta, meanwhile, the Gulf of Aden.",
      "en",
    );
    expect(r.has("HNLMS Tromp", "ASSIGNED_TO", "Operation Atalanta")).toBe(true);
    expect(r.has("Operation Atalanta", "OPERATES_IN", "Gulf of Aden")).toBe(true);
  });

  it("no default for other kinds of pair, for the wrong order, or where a rule already related the two", () => {
    const r = extractShipped("Germany and Lithuania were mentioned, as was Vilnius.", "en");
    expect(r.triples.filter((t) => t.includes("default"))).toEqual([]);
    expect(r.has("Germany", "OPERATES_IN", "Vilnius")).toBe(false);
    const order = extractShipped("In the Gulf of Aden, Operation Atalanta was mentioned.", "en");
    expect(order.has("Operation Atalanta", "OPERATES_IN", "Gulf of Aden")).toBe(false);
    const ruled = extractShipped("General Tod Wolters led Trident Juncture 2018.", "en");
    expect(ruled.has("Tod Wolters", "LEADS", "Trident Juncture 2018")).toBe(true);
    expect(ruled.has("Tod Wolters", "PARTICIPATES_IN", "Trident Juncture 2018")).toBe(false);
  });
});

describe("sentence defaults again: re-measured on eight real sets (twelfth round)", () => {
  const rules = (r: ReturnType<typeof extractShipped>, triple: string) =>
    (r.relation(triple)?.evidence ?? []).map((e) => e.rule);

  it("an exercise named in one clause with a place is held there, in either order", () => {
    const after = extractShipped(
      "Trident Juncture 2018 brought thousands of sailors to Trondheim last month.",
      "en",
    );
    expect(rules(after, "Trident Juncture 2018 -LOCATED_IN-> Trondheim")).toContain(
      "default.event-place",
    );
    const before = extractShipped(
      "Trondheim zag vorige maand duizenden mariniers door Trident Juncture 2018.",
      "nl",
    );
    expect(rules(before, "Trident Juncture 2018 -LOCATED_IN-> Trondheim")).toContain(
      "default.event-place",
    );
  });

  it("an exercise and a place in different clauses are not related", () => {
    const r = extractShipped(
      "Trident Juncture 2018 was praised by many; the officers later flew home to Trondheim.",
      "en",
    );
    expect(r.names).toContain("Event:Trident Juncture 2018");
    expect(r.names).toContain("Location:Trondheim");
    expect(r.has("Trident Juncture 2018", "LOCATED_IN", "Trondheim")).toBe(false);
  });

  it("an asset named after a mission serves in it as well", () => {
    const r = extractShipped("Operation Atalanta will again count on HNLMS Tromp this year.", "en");
    expect(rules(r, "HNLMS Tromp -ASSIGNED_TO-> Operation Atalanta")).toContain(
      "default.asset-mission",
    );
  });

  it("a person attends an event only when both share a clause", () => {
    const split = extractShipped(
      "General Tod Wolters was in a good mood; Trident Juncture 2018 was the talk of the town.",
      "en",
    );
    expect(split.names).toContain("Person:Tod Wolters");
    expect(split.names).toContain("Event:Trident Juncture 2018");
    expect(split.has("Tod Wolters", "PARTICIPATES_IN", "Trident Juncture 2018")).toBe(false);
    const joined = extractShipped(
      "General Tod Wolters was in a good mood at Trident Juncture 2018, the talk of the town.",
      "en",
    );
    expect(joined.has("Tod Wolters", "PARTICIPATES_IN", "Trident Juncture 2018")).toBe(true);
  });

  it("a continent or a building named with an exercise is not where it is held", () => {
    const r = extractShipped(
      "Trident Juncture 2018 showed how fast reinforcements reach Europe, a Pentagon spokesperson said.",
      "en",
    );
    expect(r.names).toContain("Location:Europe");
    expect(r.names).toContain("Location:Pentagon");
    expect(r.has("Trident Juncture 2018", "LOCATED_IN", "Europe")).toBe(false);
    expect(r.has("Trident Juncture 2018", "LOCATED_IN", "Pentagon")).toBe(false);
  });

  it("a sentence that denies something gives an asset no mission", () => {
    const r = extractShipped("Operation Atalanta will not count on HNLMS Tromp this year.", "en");
    expect(r.names).toContain("Asset:HNLMS Tromp");
    expect(r.has("HNLMS Tromp", "ASSIGNED_TO", "Operation Atalanta")).toBe(false);
  });

  it("an exercise named as a time is not where the sentence's place is", () => {
    const r = extractShipped(
      "Ahead of Trident Juncture 2018 the sailors spent a week in Trondheim.",
      "en",
    );
    expect(r.names).toContain("Location:Trondheim");
    expect(r.has("Trident Juncture 2018", "LOCATED_IN", "Trondheim")).toBe(false);
  });
});
