import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("armed-group-areas (seventh round)", () => {
  it("the places right after an armed group, a list too", () => {
    const r = extractShipped(
      "The strikes are a warning to militias such as Kataib Hezbollah in Iraq and to ISIS fighters in Syria and Iraq.",
      "en",
    );
    expect(r.has("Kataib Hezbollah", "OPERATES_IN", "Iraq")).toBe(true);
    expect(r.has("ISIS", "OPERATES_IN", "Syria")).toBe(true);
    expect(r.has("ISIS", "OPERATES_IN", "Iraq")).toBe(true);
  });

  it("a verb of holding ground or of attacking from an area in the group's clause", () => {
    const r = extractShipped("Al-Shabaab controlled large parts of Mogadishu until 2011.", "en");
    expect(r.has("al-Shabaab", "OPERATES_IN", "Mogadishu")).toBe(true);
    const nl = extractShipped(
      "Hamas-strijders vuurden zaterdag raketten af op Israël vanuit de Gazastrook.",
      "nl",
    );
    expect(nl.has("Hamas", "OPERATES_IN", "Gaza Strip")).toBe(true);
  });

  it("Dutch places fronted before 'is … actief'", () => {
    const r = extractShipped("In Libië en Syrië is Wagner jarenlang actief geweest.", "nl");
    expect(r.has("Wagner Group", "OPERATES_IN", "Libya")).toBe(true);
    expect(r.has("Wagner Group", "OPERATES_IN", "Syria")).toBe(true);
  });

  it("a group governed by a preposition lends no place: sanctions and talks happen elsewhere", () => {
    const r = extractShipped(
      "De ministers spraken in Brussel over sancties tegen Wagner in Luxemburg. Talks with the Taliban in Doha went on.",
      "nl",
    );
    expect(r.triples.filter((t) => t.includes("-OPERATES_IN->"))).toEqual([]);
  });
});
