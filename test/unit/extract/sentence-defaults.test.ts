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
