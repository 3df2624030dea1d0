import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("equipment of a state's armed force (seventh round)", () => {
  it("'X of the <air force>' names the state's X, provided by the force", () => {
    const r = extractShipped(
      "The United Kingdom said that six Tornado GR4 aircraft of the Royal Air Force took off from Akrotiri.",
      "en",
    );
    expect(r.entity("Tornado (United Kingdom)")).toBeDefined();
    expect(r.has("Royal Air Force", "PROVIDES", "Tornado (United Kingdom)")).toBe(true);
    expect(r.names).not.toContain("Asset:Tornado (Royal Air Force)");
  });

  it("a determiner does not hide a state force's ownership: 'de verouderde Tornado's van de Luftwaffe'", () => {
    const r = extractShipped(
      "Duitsland koopt 35 F-35's. Ze vervangen de verouderde Tornado's van de Luftwaffe.",
      "nl",
    );
    expect(r.has("Luftwaffe", "PROVIDES", "Tornado (Germany)")).toBe(true);
    expect(r.names).not.toContain("Asset:Tornado (Luftwaffe)");
  });

  it("a possessor with 'own': 'the Royal Air Force's own P-8 fleet'", () => {
    const r = extractShipped(
      "German P-8 aircraft will fly from Lossiemouth in the United Kingdom alongside the Royal Air Force's own P-8 fleet.",
      "en",
    );
    expect(r.entity("P-8 Poseidon (United Kingdom)")).toBeDefined();
    expect(r.entity("P-8 Poseidon (Germany)")).toBeDefined();
  });

  it("a state's agency names its equipment by the state; the nationality naming the agency provides nothing", () => {
    const r = extractShipped(
      "Patrouillevliegtuigen van de Amerikaanse kustwacht zagen een verdachte boot bij Curaçao.",
      "nl",
    );
    expect(r.has("U.S. Coast Guard", "PROVIDES", "maritime patrol aircraft (United States)")).toBe(
      true,
    );
    expect(r.has("United States", "PROVIDES", "maritime patrol aircraft (United States)")).toBe(
      false,
    );
  });

  it("'of' an organisation that is no state force owns no equipment", () => {
    const r = extractShipped(
      "Ministers discussed the F-16s of the European Union on Monday.",
      "en",
    );
    expect(r.names).toContain("Organisation:European Union");
    expect(r.names.filter((n) => n.startsWith("Asset:F-16"))).toEqual([]);
  });
});

describe("a possessive pronoun's antecedent owns the equipment (seventh round)", () => {
  it("'Poland moved its Patriot batteries', 'de Slowaakse luchtmacht, die haar S-300-systeem …'", () => {
    const r = extractShipped("Poland moved its Patriot batteries closer to the border.", "en");
    expect(r.has("Poland", "PROVIDES", "Patriot (Poland)")).toBe(true);
    const nl = extractShipped(
      "Nederland werkt samen met de Slowaakse luchtmacht, die haar verouderde S-300-systeem aan Oekraïne heeft overgedragen.",
      "nl",
    );
    expect(nl.entity("S-300 (Slovakia)")).toBeDefined();
  });

  it("a pronoun before a generic noun names no asset", () => {
    const r = extractShipped("Poland said its soldiers would stay home.", "en");
    expect(r.names.some((n) => n.startsWith("Asset:"))).toBe(false);
  });
});

describe("a force present with its equipment (seventh round)", () => {
  it("'De luchtmacht is aanwezig met F-16's': the force's state provides them", () => {
    const r = extractShipped(
      "Nederland oefent mee in Noorwegen. De luchtmacht is aanwezig met F-16's en met Chinook-transporthelikopters.",
      "nl",
    );
    expect(r.has("Netherlands", "PROVIDES", "F-16 (Netherlands)")).toBe(true);
    expect(r.entity("CH-47 Chinook (Netherlands)")).toBeDefined();
  });

  it("a place 'present with' nothing sent provides nothing", () => {
    const r = extractShipped("Journalists were present with cameras at Volkel.", "en");
    expect(r.triples.filter((t) => t.includes("-PROVIDES->"))).toEqual([]);
  });
});
