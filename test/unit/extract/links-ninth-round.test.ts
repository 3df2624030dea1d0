import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

/** "SOURCE -TYPE-> TARGET [rule]" for an article with a date (offices are held at a date). */
function datedTriples(body: string, language: "en" | "nl", publishedAt: string): string[] {
  return shippedExtractor()
    .extractDetailed({ title: "Bericht", body, language, publishedAt })
    .relations.map((r) => `${r.source} -${r.type}-> ${r.target} [${r.evidence?.[0]?.rule}]`);
}

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

describe("head offices: a known holder of an office that heads a body leads it (ninth round)", () => {
  it("a secretary general named without a title leads the body of the office held at the date", () => {
    expect(
      datedTriples("Jens Stoltenberg said NATO would stay united.", "en", "2019-05-02"),
    ).toContain("Jens Stoltenberg -LEADS-> NATO [leads.kb-head-office]");
    // Before or after the office: nothing.
    expect(
      datedTriples("Jens Stoltenberg said NATO would stay united.", "en", "2025-05-02").filter(
        (t) => t.includes("-LEADS->"),
      ),
    ).toEqual([]);
  });

  it("a chief of defence leads the armed forces of the state (NL)", () => {
    expect(
      datedTriples(
        "Generaal Onno Eichelsheim bezocht vorige week de Nederlandse krijgsmacht in Litouwen.",
        "nl",
        "2023-03-01",
      ),
    ).toContain("Onno Eichelsheim -LEADS-> Netherlands Armed Forces [leads.kb-head-office]");
  });

  it("a minister leads no armed forces; an unnamed body or an undated article: nothing", () => {
    const minister = datedTriples(
      "Ruben Brekelmans visited the Dutch armed forces in Lithuania.",
      "en",
      "2024-09-01",
    );
    expect(minister.filter((t) => t.includes("-LEADS->"))).toEqual([]);
    const unnamed = datedTriples(
      "Onno Eichelsheim visited Lithuania on Monday.",
      "en",
      "2023-03-01",
    );
    expect(unnamed.filter((t) => t.includes("-LEADS->"))).toEqual([]);
    const undated = extractShipped("Mark Rutte said NATO would stay united.", "en");
    expect(undated.has("Mark Rutte", "LEADS", "NATO")).toBe(false);
  });
});
