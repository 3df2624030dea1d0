import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("known wars: the aggressor opposes the victim wherever the article refers to the war (ninth round)", () => {
  it("an act of war by the aggressor named in passing (EN)", () => {
    const r = extractShipped(
      "The batteries will shield Ukraine's cities from Russian missiles and drones.",
      "en",
    );
    expect(r.has("Russia", "OPPOSES", "Ukraine")).toBe(true);
  });

  it("Dutch: missile strikes by the aggressor, the victim named in the headline", () => {
    const r = extractShipped(
      "Vorige week voerde Rusland opnieuw raketaanvallen uit op energiecentrales.",
      "nl",
      "Minister bezoekt Oekraïne",
    );
    expect(r.has("Russia", "OPPOSES", "Ukraine")).toBe(true);
  });

  it("both sides named without any act of war: nothing", () => {
    const r = extractShipped(
      "Russia and Ukraine signed a grain deal in Istanbul with Turkey as a mediator.",
      "en",
    );
    expect(r.has("Russia", "OPPOSES", "Ukraine")).toBe(false);
  });

  it("an act of war by a state that wages no known war: nothing", () => {
    const r = extractShipped(
      "France carried out air strikes last year. Ukraine was also discussed.",
      "en",
    );
    expect(r.has("France", "OPPOSES", "Ukraine")).toBe(false);
  });
});
